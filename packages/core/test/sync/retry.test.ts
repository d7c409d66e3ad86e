// The retry policy: which errors are retried, how long each wait is, and when it gives up.
import { describe, expect, it } from 'vitest';
import { BatonError } from '../../src/errors.js';
import { silentLogger } from '../../src/logger.js';
import { resolvePolicy, retryDelayMs, withRetry, type RetryContext } from '../../src/sync/retry.js';

const policy = resolvePolicy({ random: () => 0.999 });
const NOW = 1_000_000;

describe('retryDelayMs', () => {
  it('draws below a doubling ceiling that is capped at 60 s', () => {
    const plain = new BatonError('unavailable', '503');
    const waits = [1, 2, 3, 7, 8].map((attempt) => retryDelayMs(plain, attempt, policy, NOW));
    expect(waits).toEqual([999, 1998, 3996, 59_940, 59_940]);
    expect(retryDelayMs(plain, 3, resolvePolicy({ random: () => 0 }), NOW)).toBe(0);
  });

  it('prefers Retry-After, then the rate-limit reset, each capped at 60 s', () => {
    expect(retryDelayMs(new BatonError('rate-limited', '', { retryAfterMs: 90_000 }), 1, policy, NOW)).toBe(60_000);
    const until = (ms: number, remaining?: number): BatonError =>
      new BatonError('rate-limited', '', { rateLimit: { resetAt: NOW + ms, ...(remaining === undefined ? {} : { remaining }) } });
    expect(retryDelayMs(until(20_000, 0), 1, policy, NOW)).toBe(20_000);
    expect(retryDelayMs(until(20_000), 1, policy, NOW)).toBe(20_000);
    expect(retryDelayMs(until(20_000, 3), 1, policy, NOW)).toBe(6667);
    expect(retryDelayMs(until(-5_000, 0), 2, policy, NOW)).toBe(1998);
  });
});

describe('withRetry', () => {
  const ctx = (sleeps: number[], signal = new AbortController().signal): RetryContext => ({
    policy: { maxAttempts: 4, random: () => 0 },
    signal,
    sleep: (ms) => Promise.resolve(void sleeps.push(ms)),
    nowMs: () => NOW,
    logger: silentLogger,
  });

  it('does not retry errors outside the retryable codes', async () => {
    let calls = 0;
    const sleeps: number[] = [];
    const failing = (): Promise<never> => {
      calls++;
      return Promise.reject(new BatonError('unauthenticated', '401'));
    };
    await expect(withRetry('op', failing, ctx(sleeps))).rejects.toMatchObject({ code: 'unauthenticated', message: '401' });
    expect({ calls, sleeps }).toEqual({ calls: 1, sleeps: [] });
  });

  it('stops retrying once the signal is aborted', async () => {
    const controller = new AbortController();
    let calls = 0;
    const failing = (): Promise<never> => {
      calls++;
      controller.abort();
      return Promise.reject(new BatonError('unavailable', '503'));
    };
    await expect(withRetry('op', failing, ctx([], controller.signal))).rejects.toMatchObject({ code: 'unavailable' });
    expect(calls).toBe(1);
  });

  it('rejects a policy without a usable attempt count', () => {
    expect(() => resolvePolicy({ maxAttempts: 0 })).toThrow(/retry.maxAttempts must be a whole number ≥ 1, got 0/);
  });
});
