// Reads the server's throttling hints: Retry-After (RFC 9110) and the X-RateLimit-*/RateLimit-* families.
import type { RateLimit } from '@baton-scim/core';

export type HeaderMap = Readonly<Record<string, string>>;

const LIMIT = ['x-ratelimit-limit', 'ratelimit-limit', 'x-rate-limit-limit', 'x-ratelimit-requests-limit'];
const REMAINING = ['x-ratelimit-remaining', 'ratelimit-remaining', 'x-rate-limit-remaining', 'x-ratelimit-requests-remaining'];
const RESET = ['x-ratelimit-reset', 'ratelimit-reset', 'x-rate-limit-reset', 'x-ratelimit-requests-reset'];
const THIRTY_YEARS_S = 30 * 365 * 24 * 3600;

export interface Throttle {
  /** How long the server asked us to wait before the next request, in ms. */
  readonly waitMs: number | undefined;
  /** True when the wait came from an explicit Retry-After header. */
  readonly retryAfter: boolean;
  readonly rateLimit: RateLimit | undefined;
}

/** Retry-After is either delay-seconds or an HTTP-date; anything else is ignored. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  const text = value?.trim();
  if (text === undefined || text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Reset values are seconds from now, epoch seconds or epoch milliseconds, told apart by size. */
function parseReset(value: string, now: number): number | undefined {
  if (/^\d+(\.\d+)?$/.test(value)) {
    const n = Number(value);
    if (n > THIRTY_YEARS_S * 1000) return n;
    if (n > THIRTY_YEARS_S) return n * 1000;
    return now + n * 1000;
  }
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : at;
}

/** Takes the leading integer, so draft values such as `100;w=60` still count. */
function leadingInt(value: string | undefined): number | undefined {
  const match = value === undefined ? null : /^\s*(\d+)/.exec(value);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

function first(headers: HeaderMap, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = headers[name];
    if (value !== undefined && value.trim() !== '') return value.trim();
  }
  return undefined;
}

export function parseRateLimit(headers: HeaderMap, now: number): RateLimit | undefined {
  const limit = leadingInt(first(headers, LIMIT));
  const remaining = leadingInt(first(headers, REMAINING));
  const resetRaw = first(headers, RESET);
  const resetAt = resetRaw === undefined ? undefined : parseReset(resetRaw, now);
  if (limit === undefined && remaining === undefined && resetAt === undefined) return undefined;
  return {
    ...(limit === undefined ? {} : { limit }),
    ...(remaining === undefined ? {} : { remaining }),
    ...(resetAt === undefined ? {} : { resetAt }),
  };
}

/**
 * The wait a response asks for. Retry-After wins; otherwise a reset time counts only when
 * the window is exhausted (a 429, or remaining 0), as a non-zero remaining means "go ahead".
 */
export function readThrottle(status: number, headers: HeaderMap, now: number): Throttle {
  const retryAfterMs = parseRetryAfter(headers['retry-after'], now);
  const rateLimit = parseRateLimit(headers, now);
  if (retryAfterMs !== undefined) return { waitMs: retryAfterMs, retryAfter: true, rateLimit };
  const exhausted = status === 429 || rateLimit?.remaining === 0;
  const resetAt = rateLimit?.resetAt;
  const waitMs = exhausted && resetAt !== undefined ? Math.max(0, resetAt - now) : undefined;
  return { waitMs, retryAfter: false, rateLimit };
}
