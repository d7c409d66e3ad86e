// Bounded retries of transient connector errors: full-jitter backoff, or the wait the server asked for.
import { setTimeout as delay } from 'node:timers/promises';
import { BatonError, errorCode, isRetryable } from '../errors.js';
import type { Logger } from '../logger.js';

export interface RetryPolicy {
  /** Attempts in total, the first included (default 8). */
  readonly maxAttempts?: number;
  /** Ceiling of the first backoff; doubles per attempt (default 1 s). */
  readonly baseDelayMs?: number;
  /** Cap of any single wait, including server-requested ones (default 60 s). */
  readonly maxDelayMs?: number;
  /** Source of jitter in [0, 1). */
  readonly random?: () => number;
}

export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

export const defaultSleep: Sleep = async (ms, signal) => {
  await delay(ms, undefined, { signal });
};

export interface RetryContext {
  readonly policy: RetryPolicy;
  readonly signal: AbortSignal;
  readonly sleep: Sleep;
  readonly nowMs: () => number;
  readonly logger: Logger;
  readonly onRetry?: () => void;
}

const DEFAULTS = { maxAttempts: 8, baseDelayMs: 1000, maxDelayMs: 60_000, random: Math.random };

export function resolvePolicy(policy: RetryPolicy): Required<RetryPolicy> {
  const resolved = { ...DEFAULTS, ...policy };
  if (!Number.isInteger(resolved.maxAttempts) || resolved.maxAttempts < 1) {
    throw new BatonError('invalid-argument', `retry.maxAttempts must be a whole number ≥ 1, got ${resolved.maxAttempts}`);
  }
  return resolved;
}

/** How long to wait before attempt `attempt + 1`, given the error of attempt `attempt` (1-based). */
export function retryDelayMs(err: unknown, attempt: number, policy: Required<RetryPolicy>, nowMs: number): number {
  const cap = policy.maxDelayMs;
  if (err instanceof BatonError) {
    if (err.retryAfterMs !== undefined) return clamp(err.retryAfterMs, cap);
    const limit = err.rateLimit;
    if (limit?.resetAt !== undefined && limit.resetAt > nowMs) {
      const untilReset = limit.resetAt - nowMs;
      if (limit.remaining === undefined || limit.remaining <= 0) return clamp(untilReset, cap);
      return clamp(Math.ceil(untilReset / limit.remaining), cap);
    }
  }
  const ceiling = Math.min(cap, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(policy.random() * ceiling);
}

function clamp(ms: number, cap: number): number {
  return Math.max(0, Math.min(ms, cap));
}

/** Runs `fn`, retrying retryable failures; `operation` names the call in logs and in the final error. */
export async function withRetry<T>(operation: string, fn: () => Promise<T>, ctx: RetryContext): Promise<T> {
  const policy = resolvePolicy(ctx.policy);
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (!isRetryable(err) || ctx.signal.aborted) throw err;
      if (attempt >= policy.maxAttempts) {
        throw new BatonError(
          errorCode(err),
          `${operation} failed ${attempt} times in a row with transient errors; giving up. Last error: ${messageOf(err)}`,
          { cause: err },
        );
      }
      const waitMs = retryDelayMs(err, attempt, policy, ctx.nowMs());
      ctx.logger.warn({ operation, attempt, wait_ms: waitMs, error: messageOf(err) }, 'retrying operation');
      ctx.onRetry?.();
      await ctx.sleep(waitMs, ctx.signal);
    }
  }
}

export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
