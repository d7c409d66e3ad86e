// Obtains client-credentials tokens lazily, caches them until shortly before expiry, and shares one request among callers.
import { Agent } from 'undici';
import type { Logger } from '@baton-scim/core';
import { readBody } from './body-reader.js';
import { codeForTokenStatus, ScimHttpError } from './errors.js';
import { readErrorBody } from './error-body.js';
import { isJsonMediaType, parseJsonBody } from './json.js';
import { classifyNetworkFailure, type Timeouts } from './network-errors.js';
import type { ClientCredentialsAuth } from './options.js';
import type { Redactor } from './redact.js';
import { buildTokenRequest, readTokenResponse } from './token-request.js';

export interface TokenSourceDeps {
  readonly now: () => number;
  readonly timeouts: Timeouts;
  readonly logger: Logger;
  readonly redactor: Redactor;
}

/** A token response is a small JSON object; anything this large is not one. */
const MAX_TOKEN_RESPONSE_BYTES = 1024 * 1024;

/** Refresh this long before expiry: a tenth of the lifetime, at most a minute. */
const refreshMargin = (lifetimeMs: number): number => Math.min(60_000, lifetimeMs / 10);

export class TokenSource {
  readonly #auth: ClientCredentialsAuth;
  readonly #deps: TokenSourceDeps;
  readonly #url: URL;
  readonly #agent: Agent;
  #cached: { readonly value: string; readonly refreshAt: number | undefined } | undefined;
  #pending: Promise<string> | undefined;

  constructor(auth: ClientCredentialsAuth, deps: TokenSourceDeps) {
    this.#auth = auth;
    this.#deps = deps;
    this.#url = new URL(auth.tokenUrl);
    // Building the agent opens nothing: the first connection is made by the first token request.
    this.#agent = new Agent({
      connect: { timeout: deps.timeouts.connectMs },
      headersTimeout: deps.timeouts.headersMs,
      bodyTimeout: deps.timeouts.bodyMs,
    });
  }

  /** A valid token; concurrent callers share one token request. */
  async token(): Promise<string> {
    const cached = this.#cached;
    const fresh = cached !== undefined && (cached.refreshAt === undefined || this.#deps.now() < cached.refreshAt);
    if (fresh) return cached.value;
    this.#pending ??= this.#obtain().finally(() => {
      this.#pending = undefined;
    });
    return this.#pending;
  }

  /** Forgets `value` after the server refused it; a newer token obtained meanwhile is kept. */
  invalidate(value: string): void {
    if (this.#cached?.value === value) this.#cached = undefined;
  }

  async close(): Promise<void> {
    await this.#agent.close();
  }

  get #where(): string {
    return `${this.#url.origin}${this.#url.pathname}`;
  }

  async #obtain(): Promise<string> {
    const started = this.#deps.now();
    const { status, contentType, text } = await this.#post();
    if (status < 200 || status >= 300) throw this.#rejected(status, text);
    const looksJson = isJsonMediaType(contentType) || /^\s*\{/.test(text);
    const issued = readTokenResponse(looksJson ? parseJsonBody(text, `POST ${this.#where}`) : undefined, this.#auth.tokenPath);
    if ('missing' in issued) {
      throw this.#failure(`answered HTTP ${status} without a token: ${issued.missing}`, 'check auth.tokenPath against the token endpoint response');
    }
    this.#deps.redactor.add(issued.value);
    const lifetime = issued.lifetimeMs;
    const refreshAt = lifetime === undefined ? undefined : started + lifetime - refreshMargin(lifetime);
    this.#cached = { value: issued.value, refreshAt };
    this.#deps.logger.debug({ tokenUrl: this.#where, expiresInS: lifetime === undefined ? null : lifetime / 1000 }, 'obtained an access token');
    return issued.value;
  }

  async #post(): Promise<{ status: number; contentType: string | undefined; text: string }> {
    const { headers, body, secrets } = buildTokenRequest(this.#auth);
    // A token endpoint may echo the assertion in its error; it is as much a credential as a client secret.
    for (const secret of secrets) this.#deps.redactor.add(secret);
    try {
      const res = await this.#agent.request({
        origin: this.#url.origin,
        path: `${this.#url.pathname}${this.#url.search}`,
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(this.#deps.timeouts.requestMs),
      });
      const type = res.headers['content-type'];
      const limits = {
        maxBytes: MAX_TOKEN_RESPONSE_BYTES,
        minBytesPerSecond: this.#deps.timeouts.minBytesPerSecond,
        graceMs: this.#deps.timeouts.bodyMs,
        now: this.#deps.now,
      };
      const text = await readBody(res.body, 'POST', `${this.#where} (token request)`, limits);
      return { status: res.statusCode, contentType: typeof type === 'string' ? type : undefined, text };
    } catch (err) {
      if (err instanceof ScimHttpError) throw err;
      const failure = classifyNetworkFailure(err, this.#url.origin, this.#deps.timeouts, { name: 'the token URL', keys: 'auth.authUrl or --auth-url' });
      // The SCIM request itself has not been sent yet, so retrying it is safe whatever its method.
      const problem = `(token request) ${failure.problem}`;
      throw new ScimHttpError({ ...failure, method: 'POST', path: this.#where, problem, requestSent: false, cause: err });
    }
  }

  #rejected(status: number, text: string): ScimHttpError {
    const said = readErrorBody(text, this.#deps.redactor).summary;
    return this.#failure(
      `failed with HTTP ${status}${said === '' ? '' : `: ${said}`}`,
      'check the client id and secret (and account id), and that the OAuth app is active and has the SCIM scope',
      status,
    );
  }

  #failure(problem: string, advice: string, status?: number): ScimHttpError {
    return new ScimHttpError({
      code: status === undefined ? 'unauthenticated' : codeForTokenStatus(status),
      method: 'POST',
      path: this.#where,
      problem: `(token request) ${problem}`,
      advice,
      requestSent: false,
      ...(status === undefined ? {} : { status }),
    });
  }
}
