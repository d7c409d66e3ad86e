// Options of the SCIM HTTP client, with the defaults and the checks that need no network.
import { setTimeout as delay } from 'node:timers/promises';
import { BatonError, silentLogger, type Logger } from '@baton-scim/core';
import type { Timeouts } from './network-errors.js';
import type { RateLimitRule } from './pacing.js';

export type AuthOptions =
  | { readonly type: 'bearer'; readonly token: string; readonly prefix?: string }
  /** `prefix` '' (the default) sends the key as the raw header value, as Postman expects. */
  | { readonly type: 'apiKey'; readonly key: string; readonly prefix?: string }
  | { readonly type: 'basic'; readonly username: string; readonly password: string }
  | ClientCredentialsAuth
  | { readonly type: 'none' };

export const JWT_BEARER_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

export interface ClientCredentialsAuth {
  readonly type: 'clientCredentials';
  readonly tokenUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Dotted path of the token in the JSON response, e.g. `access_token`. */
  readonly tokenPath: string;
  readonly style: 'form' | 'json';
  readonly clientAuth: 'basic' | 'body';
  /**
   * `account_credentials` is Zoom's server-to-server grant and needs `accountId`; `JWT_BEARER_GRANT` (RFC 7523)
   * sends a fresh signed `assertion` instead of a client id and secret (Google service accounts).
   */
  readonly grantType: 'client_credentials' | 'account_credentials' | typeof JWT_BEARER_GRANT;
  /** Signs a new assertion for each token request of the JWT-bearer grant. */
  readonly assertion?: () => string;
  readonly accountId?: string;
  readonly scope?: string;
  /** Scheme sent before the obtained token; default `Bearer`. */
  readonly prefix?: string;
}

export type BodyMediaType = 'application/scim+json' | 'application/json';

export interface RetryOptions {
  /** Total tries including the first; default 4. */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  /** Upper bound of any single wait, including a server's Retry-After; default 30 000, at most 600 000. */
  readonly maxDelayMs: number;
  /** Time one request may take over all its attempts and waits; default 180 000. */
  readonly requestBudgetMs: number;
  /**
   * Time all requests of this client together may spend waiting to retry without any request succeeding in
   * between; every success starts it again, so a long sync that keeps progressing is never stopped by it.
   * Default 600 000.
   */
  readonly syncBudgetMs: number;
}

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export interface ScimHttpOptions {
  /** SCIM base URL; its path prefix is kept and a trailing slash is ignored. */
  readonly baseUrl: string;
  readonly auth: AuthOptions;
  /** Send `Accept`/`Content-Type: application/scim+json` (provider `hasScimHeader`) rather than `application/json`. */
  readonly scimAccept?: boolean;
  /** Media type of write bodies when it differs from Accept (Zoom: Accept SCIM, bodies JSON); default follows `scimAccept`. */
  readonly bodyMediaType?: BodyMediaType;
  readonly headers?: Readonly<Record<string, string>>;
  /** Keep-alive connections in the pool; default 4. */
  readonly connections?: number;
  /** Requests in flight at once; default `connections`. */
  readonly maxConcurrency?: number;
  readonly timeouts?: Partial<Timeouts>;
  readonly retry?: Partial<RetryOptions>;
  /** Largest response body accepted; default 64 MiB. */
  readonly maxResponseBytes?: number;
  /** Same-origin redirects followed for GET; default 3. */
  readonly maxRedirects?: number;
  readonly sleep?: Sleep;
  readonly now?: () => number;
  readonly random?: () => number;
  readonly logger?: Logger;
  readonly userAgent?: string;
  /** Documented request rates the client keeps to before the server has to refuse (`http.rateLimits`). */
  readonly rateLimits?: readonly RateLimitRule[];
  /** A 403 whose body names one of these reasons is a rate limit and is retried (`http.retryOn403Reasons`). */
  readonly retryOn403Reasons?: readonly string[];
}

export interface ResolvedOptions {
  readonly baseUrl: string;
  readonly auth: AuthOptions;
  readonly mediaType: string;
  readonly bodyMediaType: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly connections: number;
  readonly maxConcurrency: number;
  readonly timeouts: Timeouts;
  readonly retry: RetryOptions;
  readonly maxResponseBytes: number;
  readonly maxRedirects: number;
  readonly sleep: Sleep;
  readonly now: () => number;
  readonly random: () => number;
  readonly logger: Logger;
  readonly userAgent: string;
  readonly rateLimits: readonly RateLimitRule[];
  readonly retryOn403Reasons: readonly string[];
}

const MAX_DELAY_CAP_MS = 600_000;
/**
 * A hung server costs headersMs per attempt, so the defaults give up on one after about two
 * minutes (4 × 30 s); an unreachable host fails within connectMs, as nothing is retried before
 * the server was reached once.
 */
export const DEFAULT_TIMEOUTS: Timeouts = {
  connectMs: 10_000,
  headersMs: 30_000,
  bodyMs: 30_000,
  requestMs: 120_000,
  minBytesPerSecond: 1024,
};
export const DEFAULT_RETRY: RetryOptions = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  requestBudgetMs: 180_000,
  syncBudgetMs: 600_000,
};
/** Large enough for a page of 1,000 users with rich profiles (a few MB) with a wide margin. */
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

function intAtLeast(min: number, name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min) {
    throw new BatonError('invalid-argument', `SCIM HTTP option ${name} must be an integer >= ${min}, got ${value}`);
  }
  return value;
}

const positiveInt = (name: string, value: number | undefined, fallback: number): number =>
  intAtLeast(1, name, value, fallback);

const defaultSleep: Sleep = (ms, signal) => delay(ms, undefined, signal === undefined ? {} : { signal });

export function resolveOptions(o: ScimHttpOptions): ResolvedOptions {
  const connections = positiveInt('connections', o.connections, 4);
  const t = o.timeouts ?? {};
  const timeouts: Timeouts = {
    connectMs: positiveInt('timeouts.connectMs', t.connectMs, DEFAULT_TIMEOUTS.connectMs),
    headersMs: positiveInt('timeouts.headersMs', t.headersMs, DEFAULT_TIMEOUTS.headersMs),
    bodyMs: positiveInt('timeouts.bodyMs', t.bodyMs, DEFAULT_TIMEOUTS.bodyMs),
    requestMs: positiveInt('timeouts.requestMs', t.requestMs, DEFAULT_TIMEOUTS.requestMs),
    minBytesPerSecond: intAtLeast(0, 'timeouts.minBytesPerSecond', t.minBytesPerSecond, DEFAULT_TIMEOUTS.minBytesPerSecond),
  };
  const r = o.retry ?? {};
  const retry: RetryOptions = {
    maxAttempts: positiveInt('retry.maxAttempts', r.maxAttempts, DEFAULT_RETRY.maxAttempts),
    baseDelayMs: positiveInt('retry.baseDelayMs', r.baseDelayMs, DEFAULT_RETRY.baseDelayMs),
    maxDelayMs: Math.min(MAX_DELAY_CAP_MS, positiveInt('retry.maxDelayMs', r.maxDelayMs, DEFAULT_RETRY.maxDelayMs)),
    requestBudgetMs: positiveInt('retry.requestBudgetMs', r.requestBudgetMs, DEFAULT_RETRY.requestBudgetMs),
    syncBudgetMs: intAtLeast(0, 'retry.syncBudgetMs', r.syncBudgetMs, DEFAULT_RETRY.syncBudgetMs),
  };
  const mediaType = o.scimAccept === true ? 'application/scim+json' : 'application/json';
  return {
    baseUrl: o.baseUrl,
    auth: o.auth,
    mediaType,
    bodyMediaType: o.bodyMediaType ?? mediaType,
    headers: o.headers ?? {},
    connections,
    maxConcurrency: positiveInt('maxConcurrency', o.maxConcurrency, connections),
    timeouts,
    retry,
    maxResponseBytes: positiveInt('maxResponseBytes', o.maxResponseBytes, DEFAULT_MAX_RESPONSE_BYTES),
    maxRedirects: intAtLeast(0, 'maxRedirects', o.maxRedirects, 3),
    sleep: o.sleep ?? defaultSleep,
    now: o.now ?? Date.now,
    random: o.random ?? Math.random,
    logger: o.logger ?? silentLogger,
    userAgent: o.userAgent ?? 'baton-scim',
    rateLimits: o.rateLimits ?? [],
    retryOn403Reasons: o.retryOn403Reasons ?? [],
  };
}
