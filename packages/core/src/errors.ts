// The closed error taxonomy every connector call is classified into (mirrors gRPC status codes).

export type ErrorCode =
  | 'unavailable'
  | 'deadline-exceeded'
  | 'rate-limited'
  | 'not-found'
  | 'unauthenticated'
  | 'permission-denied'
  | 'invalid-argument'
  | 'already-exists'
  | 'failed-precondition'
  | 'unimplemented'
  | 'cancelled'
  | 'invalid-data'
  | 'internal';

export interface RateLimit {
  limit?: number;
  remaining?: number;
  /** Absolute time (ms since epoch) when the limit resets. */
  resetAt?: number;
}

export interface BatonErrorOptions {
  cause?: unknown;
  rateLimit?: RateLimit;
  /** Explicit wait the server asked for (Retry-After), in milliseconds. */
  retryAfterMs?: number;
  /**
   * A lower layer (the connector's HTTP client) already applied its retry policy to this failure,
   * so no caller retries it again: retries never nest.
   */
  retriesSpent?: boolean;
}

/** An error that says what failed, where, and what to do; `code` decides retry/skip/abort. */
export class BatonError extends Error {
  readonly code: ErrorCode;
  readonly rateLimit: RateLimit | undefined;
  readonly retryAfterMs: number | undefined;
  readonly retriesSpent: boolean;

  constructor(code: ErrorCode, message: string, options: BatonErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'BatonError';
    this.code = code;
    this.rateLimit = options.rateLimit;
    this.retryAfterMs = options.retryAfterMs;
    this.retriesSpent = options.retriesSpent === true;
  }
}

const RETRYABLE: ReadonlySet<ErrorCode> = new Set(['unavailable', 'deadline-exceeded', 'rate-limited']);

export function errorCode(err: unknown): ErrorCode {
  if (err instanceof BatonError) return err.code;
  if (err instanceof Error && err.name === 'AbortError') return 'cancelled';
  return 'internal';
}

export function isRetryable(err: unknown): boolean {
  return RETRYABLE.has(errorCode(err)) && !retriesSpent(err);
}

/** True when this error, or one it wraps, was already through a retry policy. */
export function retriesSpent(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 8; e = e.cause, depth += 1) {
    if (e instanceof BatonError && e.retriesSpent) return true;
  }
  return false;
}

export function isNotFound(err: unknown): boolean {
  return errorCode(err) === 'not-found';
}
