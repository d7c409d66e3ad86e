// The SCIM HTTP client: keep-alive pool, auth, concurrency limit, retries and typed errors behind get/send.
import { attempt, type AttemptDeps } from './attempt.js';
import { createAuthenticator, secretsOf } from './auth.js';
import type { JsonValue } from './json.js';
import { Limiter } from './limiter.js';
import { Pacer } from './pacing.js';
import { parseRateLimit } from './rate-limit.js';
import { resolveOptions, type ResolvedOptions, type ScimHttpOptions } from './options.js';
import { Redactor } from './redact.js';
import type { ScimResponse } from './response.js';
import { withRetries } from './retry.js';
import { RetryBudget } from './retry-budget.js';
import { ServerPause } from './server-pause.js';
import { Transport } from './transport.js';
import { parseBaseUrl, requestTarget, type BaseUrl, type Query } from './url.js';

export type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  readonly signal?: AbortSignal;
}

export interface SendOptions extends RequestOptions {
  /** Sent as `If-Match`, so the server answers 412 if the resource changed since it was read. */
  readonly ifMatch?: string;
}

export interface ScimHttpClient {
  get(path: string, query?: Query, options?: RequestOptions): Promise<ScimResponse>;
  send(method: WriteMethod, path: string, body: JsonValue | undefined, options?: SendOptions): Promise<ScimResponse>;
  /** Closes pooled connections; in-flight requests finish first. */
  close(): Promise<void>;
}

const SECRET_HEADER = /authorization|cookie|token|secret|key|password/i;

function baseHeaders(o: ResolvedOptions): Record<string, string> {
  const headers: Record<string, string> = { accept: o.mediaType, 'user-agent': o.userAgent };
  for (const [name, value] of Object.entries(o.headers)) headers[name.toLowerCase()] = value;
  return headers;
}

export function createScimHttpClient(options: ScimHttpOptions): ScimHttpClient {
  const o = resolveOptions(options);
  const base: BaseUrl = parseBaseUrl(o.baseUrl);
  const redactor = new Redactor(secretsOf(o.auth));
  for (const [name, value] of Object.entries(o.headers)) if (SECRET_HEADER.test(name)) redactor.add(value);
  const deps: AttemptDeps = {
    origin: base.origin,
    auth: createAuthenticator(o.auth, { now: o.now, timeouts: o.timeouts, logger: o.logger, redactor }),
    transport: new Transport(base.origin, o),
    limiter: new Limiter(o.maxConcurrency),
    timeouts: o.timeouts,
    now: o.now,
    logger: o.logger,
    redactor,
    retryOn403Reasons: o.retryOn403Reasons,
  };
  const common = baseHeaders(o);
  const budget = new RetryBudget(o.retry.syncBudgetMs);

  const pause = new ServerPause(o.now, o.sleep, o.retry.maxDelayMs);
  const pacer = new Pacer(o.rateLimits, o.now, o.sleep);
  const run = (method: string, path: string, target: string, headers: Record<string, string>, body: string | undefined, signal: AbortSignal | undefined) => {
    const request = {};
    return withRetries({ method, retry: o.retry, sleep: o.sleep, random: o.random, now: o.now, logger: o.logger, signal, budget }, async () => {
      await pause.wait(request, signal);
      await pacer.take(method, path, signal);
      try {
        const response = await attempt(deps, { method, target, headers, body }, signal);
        pause.clear(request);
        pause.exhausted(parseRateLimit(response.headers, o.now()));
        return response;
      } catch (err) {
        pause.note(err, request);
        throw err;
      }
    });
  };

  return {
    get: async (path, query, opts = {}) => run('GET', path, requestTarget(base, path, query), common, undefined, opts.signal),
    send: async (method, path, body, opts = {}) => {
      const headers = { ...common };
      if (body !== undefined) headers['content-type'] = o.bodyMediaType;
      if (opts.ifMatch !== undefined) headers['if-match'] = opts.ifMatch;
      const payload = body === undefined ? undefined : JSON.stringify(body);
      return run(method, path, requestTarget(base, path), headers, payload, opts.signal);
    },
    close: async () => {
      await Promise.all([deps.transport.close(), deps.auth.close()]);
    },
  };
}
