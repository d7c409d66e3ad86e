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
}

/** An error that says what failed, where, and what to do; `code` decides retry/skip/abort. */
export class BatonError extends Error {
  readonly code: ErrorCode;
  readonly rateLimit: RateLimit | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(code: ErrorCode, message: string, options: BatonErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'BatonError';
    this.code = code;
    this.rateLimit = options.rateLimit;
    this.retryAfterMs = options.retryAfterMs;
  }
}

const RETRYABLE: ReadonlySet<ErrorCode> = new Set(['unavailable', 'deadline-exceeded', 'rate-limited']);

export function errorCode(err: unknown): ErrorCode {
  if (err instanceof BatonError) return err.code;
  if (err instanceof Error && err.name === 'AbortError') return 'cancelled';
  return 'internal';
}

export function isRetryable(err: unknown): boolean {
  return RETRYABLE.has(errorCode(err));
}

export function isNotFound(err: unknown): boolean {
  return errorCode(err) === 'not-found';
}
