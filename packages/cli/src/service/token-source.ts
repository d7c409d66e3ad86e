// Access tokens for BatonService calls: fetched with a signed client assertion, cached until shortly before
// they expire, shared by concurrent callers, and dropped when the server rejects one. The request goes
// through the environment's HTTPS proxy when there is one, like the gRPC calls.
import { Agent, ProxyAgent, request, type Dispatcher } from 'undici';
import { BatonError } from '@baton-scim/core';
import { clientAssertion } from './client-assertion.js';
import type { ClientCredentials } from './credentials.js';
import type { C1Endpoint } from './endpoint.js';
import type { ProxySetting } from './proxy.js';

export interface AccessToken {
  readonly type: string;
  readonly value: string;
  readonly expiresAtMs: number;
}

export interface TokenSourceOptions {
  readonly credentials: ClientCredentials;
  readonly endpoint: C1Endpoint;
  readonly ca: string;
  readonly userAgent: string;
  /** The HTTPS proxy to tunnel through, from proxyFor(). */
  readonly proxy?: ProxySetting | undefined;
  readonly now?: () => number;
}

/** A token this close to expiry is renewed rather than sent, so it cannot expire in flight. */
export const RENEW_BEFORE_EXPIRY_MS = 60_000;
const REQUEST_TIMEOUT_MS = 30_000;
const MAX_BODY = 64 * 1024;

export class TokenSource {
  private cached: AccessToken | undefined;
  private pending: Promise<AccessToken> | undefined;
  private readonly now: () => number;
  private readonly dispatcher: Dispatcher;

  constructor(private readonly options: TokenSourceOptions) {
    this.now = options.now ?? Date.now;
    this.dispatcher = dispatcherFor(options);
  }

  /** Closes the kept-alive connection (and tunnel). */
  async close(): Promise<void> {
    await this.dispatcher.close();
  }

  get url(): string {
    return `https://${this.options.endpoint.authority}/auth/v1/token`;
  }

  async token(signal: AbortSignal): Promise<AccessToken> {
    const cached = this.cached;
    if (cached && cached.expiresAtMs - RENEW_BEFORE_EXPIRY_MS > this.now()) return cached;
    // One request serves every caller waiting at the same time.
    this.pending ??= this.fetch(signal).finally(() => { this.pending = undefined; });
    const fresh = await this.pending;
    this.cached = fresh;
    return fresh;
  }

  /** Forgets a token the server refused, so the next call fetches a new one. */
  invalidate(token: AccessToken): void {
    if (this.cached === token) this.cached = undefined;
  }

  private async fetch(signal: AbortSignal): Promise<AccessToken> {
    const { credentials, endpoint } = this.options;
    const body = new URLSearchParams({
      client_id: credentials.clientId,
      grant_type: 'client_credentials',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: await clientAssertion(credentials, endpoint.audience, this.now()),
    }).toString();
    const started = this.now();
    const reply = await this.post(body, signal);
    return this.parse(reply, started);
  }

  private parse(reply: { status: number; text: string }, startedMs: number): AccessToken {
    if (reply.status !== 200) {
      const code = reply.status === 429 || reply.status >= 500 ? 'unavailable' : 'unauthenticated';
      throw new BatonError(code, `token request to ${this.url} failed with HTTP ${reply.status}${errorDetail(reply.text)}`);
    }
    let json: { access_token?: unknown; token_type?: unknown; expires_in?: unknown };
    try {
      json = JSON.parse(reply.text) as typeof json;
    } catch {
      throw new BatonError('unauthenticated', `token request to ${this.url} returned a body that is not JSON`);
    }
    if (typeof json.access_token !== 'string' || json.access_token === '') {
      throw new BatonError('unauthenticated', `token request to ${this.url} returned no access_token`);
    }
    const expiresIn = typeof json.expires_in === 'number' && json.expires_in > 0 ? json.expires_in : 0;
    const type = typeof json.token_type === 'string' && json.token_type !== '' ? json.token_type : 'Bearer';
    return { type, value: json.access_token, expiresAtMs: startedMs + expiresIn * 1000 };
  }

  private async post(body: string, signal: AbortSignal): Promise<{ status: number; text: string }> {
    try {
      const res = await request(this.url, {
        method: 'POST', body, signal, dispatcher: this.dispatcher,
        headersTimeout: REQUEST_TIMEOUT_MS, bodyTimeout: REQUEST_TIMEOUT_MS,
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': this.options.userAgent, accept: 'application/json' },
      });
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of res.body) {
        const c = chunk as Buffer;
        size += c.length;
        if (size <= MAX_BODY) chunks.push(c);
      }
      return { status: res.statusCode, text: Buffer.concat(chunks).toString('utf8') };
    } catch (err) {
      throw this.networkError(err as Error, signal);
    }
  }

  private networkError(err: Error, signal: AbortSignal): BatonError {
    if (signal.aborted) return new BatonError('cancelled', `token request to ${this.url} was cancelled`, { cause: err });
    const via = this.options.proxy ? ` (through the proxy ${this.options.proxy.url} from ${this.options.proxy.variable})` : '';
    return new BatonError('unavailable', `token request to ${this.url}${via} failed: ${describeNetworkError(err)}`, { cause: err });
  }
}

/** OAuth error responses carry `error` and `error_description`; anything else is left out. */
function errorDetail(text: string): string {
  try {
    const json = JSON.parse(text) as { error?: unknown; error_description?: unknown };
    const parts = [json.error, json.error_description].filter((p): p is string => typeof p === 'string' && p !== '');
    return parts.length > 0 ? `: ${parts.join(': ').slice(0, 300)}` : '';
  } catch {
    return '';
  }
}

/** A kept-alive connection to the token endpoint, tunnelled through the proxy when there is one. */
function dispatcherFor(options: TokenSourceOptions): Dispatcher {
  const tls = { ca: options.ca, timeout: REQUEST_TIMEOUT_MS };
  const proxy = options.proxy;
  if (!proxy) return new Agent({ connect: tls });
  return new ProxyAgent({
    uri: proxy.url,
    // TLS to ConductorOne inside the tunnel; the connection to the proxy itself is plain HTTP.
    requestTls: tls,
    proxyTls: { timeout: REQUEST_TIMEOUT_MS },
    ...(proxy.credentials ? { token: `Basic ${Buffer.from(proxy.credentials).toString('base64')}` } : {}),
  });
}

/** undici wraps the socket error; its code (ECONNREFUSED, a certificate failure) is what a person needs. */
function describeNetworkError(err: Error): string {
  const cause = err.cause instanceof Error ? err.cause : undefined;
  const code = (cause as NodeJS.ErrnoException | undefined)?.code ?? (err as NodeJS.ErrnoException).code;
  const message = cause && cause.message !== err.message ? `${err.message}: ${cause.message}` : err.message;
  return code && !message.includes(code) ? `${message} (${code})` : message;
}
