// The SCIM HTTP error type, and the one place an HTTP status becomes an error code.
import { BatonError, type ErrorCode, type RateLimit } from '@baton-scim/core';
import type { ErrorBody } from './error-body.js';

export interface ScimHttpErrorInit {
  readonly code: ErrorCode;
  readonly method: string;
  /** Request path without the query. */
  readonly path: string;
  /** What went wrong, without the "METHOD path" prefix or the advice. */
  readonly problem: string;
  readonly advice: string;
  readonly status?: number;
  readonly scimType?: string;
  readonly detail?: string;
  /** False only when the failure happened before any byte of the request left this process. */
  readonly requestSent: boolean;
  readonly retryAfterMs?: number;
  readonly rateLimit?: RateLimit;
  readonly attempts?: number;
  /** True when resolving or connecting failed, so the server was not reached. */
  readonly connecting?: boolean;
  /** Why retrying stopped before maxAttempts (a budget ran out), shown in the message. */
  readonly gaveUp?: string;
  /** Set once the client's retry policy has run on this failure; callers then never retry it again. */
  readonly retriesSpent?: boolean;
  readonly cause?: unknown;
}

function triesNote(init: ScimHttpErrorInit): string {
  const notes: string[] = [];
  if ((init.attempts ?? 1) > 1) notes.push(`gave up after ${init.attempts} attempts`);
  if (init.gaveUp !== undefined) notes.push(init.gaveUp);
  return notes.length === 0 ? '' : ` (${notes.join('; ')})`;
}

/** A failed SCIM request: says which request, what the server said, and what to do. */
export class ScimHttpError extends BatonError {
  readonly method: string;
  readonly path: string;
  readonly status: number | undefined;
  readonly scimType: string | undefined;
  readonly detail: string | undefined;
  readonly requestSent: boolean;
  readonly attempts: number;
  readonly connecting: boolean;
  readonly #init: ScimHttpErrorInit;

  constructor(init: ScimHttpErrorInit) {
    super(init.code, `${init.method} ${init.path} ${init.problem}${triesNote(init)}; ${init.advice}`, {
      cause: init.cause,
      retriesSpent: init.retriesSpent === true,
      ...(init.retryAfterMs === undefined ? {} : { retryAfterMs: init.retryAfterMs }),
      ...(init.rateLimit === undefined ? {} : { rateLimit: init.rateLimit }),
    });
    this.name = 'ScimHttpError';
    this.#init = init;
    this.method = init.method;
    this.path = init.path;
    this.status = init.status;
    this.scimType = init.scimType;
    this.detail = init.detail;
    this.requestSent = init.requestSent;
    this.attempts = init.attempts ?? 1;
    this.connecting = init.connecting === true;
  }

  /** The same failure, reported as the last of `attempts` tries, with the retry policy spent on it. */
  afterAttempts(attempts: number, gaveUp?: string): ScimHttpError {
    return new ScimHttpError({ ...this.#init, attempts, retriesSpent: true, ...(gaveUp === undefined ? {} : { gaveUp }) });
  }
}

/** HTTP status → error code. Every non-2xx response is classified here and nowhere else. */
export function codeForStatus(status: number, throttled: boolean): ErrorCode {
  switch (status) {
    case 400:
      return 'invalid-argument';
    case 401:
      return 'unauthenticated';
    case 403: // GitHub and others signal secondary rate limits as 403 + Retry-After.
      return throttled ? 'rate-limited' : 'permission-denied';
    case 404:
      return 'not-found';
    case 408:
    case 504:
      return 'deadline-exceeded';
    case 409:
      return 'already-exists';
    case 412:
      return 'failed-precondition';
    case 429:
      return 'rate-limited';
    case 501:
      return 'unimplemented';
  }
  if (status >= 500) return 'unavailable';
  if (status >= 400) return 'invalid-argument';
  return 'invalid-data';
}

const ADVICE: Partial<Record<ErrorCode, string>> = {
  'invalid-argument': 'the server rejected the request; check the filter, attribute names and body the provider config produces',
  unauthenticated: 'check the token/API key (or client id and secret): it may be wrong, expired or revoked',
  'permission-denied': 'the credential lacks the scope or admin role this operation needs; grant it in the provider and retry',
  'not-found': 'check the base URL and that the resource still exists',
  'already-exists': 'a resource with the same unique attribute (userName, displayName) already exists on the server',
  'failed-precondition': 'the resource changed since it was read (ETag mismatch); read it again and retry',
  'rate-limited': 'the server is throttling requests; lower the concurrency or wait before the next sync',
  'deadline-exceeded': 'the server or a gateway timed out; retry later or raise the timeouts',
  unimplemented: 'the server does not implement this operation; disable it in the provider config',
  unavailable: 'the server failed or is unavailable; retry later',
  'invalid-data': 'the server answered with an unexpected status; check the base URL',
};

export interface StatusFailure {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly statusText: string;
  readonly body: ErrorBody;
  readonly waitMs: number | undefined;
  readonly rateLimit: RateLimit | undefined;
  /** The body names a rate or quota reason the config lists (`http.retryOn403Reasons`). */
  readonly rateReason?: boolean;
}

export function statusError(f: StatusFailure): ScimHttpError {
  const code = codeForStatus(f.status, f.waitMs !== undefined || f.rateReason === true);
  const said = f.body.summary === '' ? '' : `: ${f.body.summary}`;
  const wait = f.waitMs === undefined ? '' : ` (server asked to wait ${Math.ceil(f.waitMs / 1000)} s)`;
  return new ScimHttpError({
    code,
    method: f.method,
    path: f.path,
    problem: `failed with HTTP ${f.status}${f.statusText === '' ? '' : ` ${f.statusText}`}${said}${wait}`,
    advice: ADVICE[code] ?? 'check the request and the server',
    status: f.status,
    requestSent: true,
    ...(f.body.scimType === undefined ? {} : { scimType: f.body.scimType }),
    ...(f.body.detail === undefined ? {} : { detail: f.body.detail }),
    ...(f.waitMs === undefined ? {} : { retryAfterMs: f.waitMs }),
    ...(f.rateLimit === undefined ? {} : { rateLimit: f.rateLimit }),
  });
}

/**
 * A token endpoint's 4xx means the client credentials were refused, whatever the exact
 * status (OAuth servers answer `invalid_client` with 400 or 401); throttling and server
 * failures keep their usual meaning so they are retried.
 */
export function codeForTokenStatus(status: number): ErrorCode {
  const refused = status >= 400 && status < 500 && status !== 408 && status !== 429;
  return refused ? 'unauthenticated' : codeForStatus(status, false);
}

/** A redirect we refuse to follow: to another origin (credentials would leak), for a write, or one hop too many. */
export function redirectError(method: string, path: string, status: number, reason: string, cause?: unknown): ScimHttpError {
  return new ScimHttpError({
    code: 'failed-precondition',
    method,
    path,
    problem: `was redirected (HTTP ${status}) ${reason}`,
    advice: 'set the base URL to the final SCIM location so no redirect is needed',
    status,
    requestSent: true,
    cause,
  });
}
