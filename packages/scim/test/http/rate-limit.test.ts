import { describe, expect, it } from 'vitest';
import { parseRateLimit, parseRetryAfter, readThrottle } from '../../src/http/rate-limit.js';
import { retryDelay, shouldRetry } from '../../src/http/retry.js';
import { ScimHttpError } from '../../src/http/errors.js';

const NOW = Date.parse('2026-11-28T12:00:00Z');

describe('Retry-After and rate-limit headers', () => {
  it('reads delay-seconds and HTTP-dates, and ignores garbage', () => {
    expect(parseRetryAfter('120', NOW)).toBe(120_000);
    expect(parseRetryAfter('Sat, 28 Nov 2026 12:00:30 GMT', NOW)).toBe(30_000);
    expect(parseRetryAfter('Sat, 28 Nov 2026 11:00:00 GMT', NOW)).toBe(0);
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
    expect(parseRetryAfter(undefined, NOW)).toBeUndefined();
  });

  it('reads reset as relative seconds, epoch seconds or epoch milliseconds', () => {
    expect(parseRateLimit({ 'x-ratelimit-reset': '30' }, NOW)?.resetAt).toBe(NOW + 30_000);
    expect(parseRateLimit({ 'ratelimit-reset': String(NOW / 1000 + 5) }, NOW)?.resetAt).toBe(NOW + 5000);
    expect(parseRateLimit({ 'x-rate-limit-reset': String(NOW + 7000) }, NOW)?.resetAt).toBe(NOW + 7000);
  });

  it('reads draft-style limit values and the Okta header spelling', () => {
    expect(parseRateLimit({ 'ratelimit-limit': '100;w=60', 'x-rate-limit-remaining': '3' }, NOW)).toEqual({ limit: 100, remaining: 3 });
    expect(parseRateLimit({ 'x-ratelimit-limit': 'n/a' }, NOW)).toBeUndefined();
  });

  it('uses a reset time only when the window is exhausted', () => {
    const reset = { 'x-ratelimit-reset': '20', 'x-ratelimit-remaining': '5' };
    expect(readThrottle(500, reset, NOW).waitMs).toBeUndefined();
    expect(readThrottle(429, reset, NOW).waitMs).toBe(20_000);
    expect(readThrottle(403, { ...reset, 'x-ratelimit-remaining': '0' }, NOW).waitMs).toBe(20_000);
  });
});

describe('retry policy', () => {
  const err = (status: number | undefined, code: 'unavailable' | 'rate-limited' | 'deadline-exceeded', extra: { retryAfterMs?: number; requestSent?: boolean } = {}) =>
    new ScimHttpError({ code, method: 'X', path: '/p', problem: 'p', advice: 'a', requestSent: extra.requestSent ?? true, ...(status === undefined ? {} : { status }), ...(extra.retryAfterMs === undefined ? {} : { retryAfterMs: extra.retryAfterMs }) });

  it('retries idempotent methods on transient failures only', () => {
    expect(shouldRetry(err(503, 'unavailable'), 'PUT')).toBe(true);
    expect(shouldRetry(err(505, 'unavailable'), 'GET')).toBe(false);
    expect(shouldRetry(err(undefined, 'deadline-exceeded'), 'DELETE')).toBe(true);
  });

  it('retries POST/PATCH only when unsent, or on 429/503 with a wait hint', () => {
    expect(shouldRetry(err(503, 'unavailable'), 'PATCH')).toBe(false);
    expect(shouldRetry(err(503, 'unavailable', { retryAfterMs: 1000 }), 'PATCH')).toBe(true);
    expect(shouldRetry(err(429, 'rate-limited'), 'POST')).toBe(false);
    expect(shouldRetry(err(undefined, 'unavailable', { requestSent: false }), 'POST')).toBe(true);
  });

  it('draws the wait uniformly below an exponential ceiling capped at maxDelayMs', () => {
    const retry = { maxAttempts: 6, baseDelayMs: 1000, maxDelayMs: 5000, requestBudgetMs: 60_000, syncBudgetMs: 60_000 };
    expect(retryDelay(err(500, 'unavailable'), 1, retry, () => 0.999)).toBe(999);
    expect(retryDelay(err(500, 'unavailable'), 3, retry, () => 0.5)).toBe(2000);
    expect(retryDelay(err(500, 'unavailable'), 6, retry, () => 0.999)).toBe(4995);
    expect(retryDelay(err(500, 'unavailable'), 2, retry, () => 0)).toBe(0);
  });
});
