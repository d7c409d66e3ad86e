// When to try a failed request again and how long to wait: exponential backoff with full jitter, or the server's own hint.
import type { Logger } from '@baton-scim/core';
import { ScimHttpError } from './errors.js';
import type { RetryOptions, Sleep } from './options.js';

const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE']);

/**
 * Idempotent requests are retried on any transient failure. POST and PATCH are retried only
 * when they provably were not processed: nothing was sent, or a 429/503 with a wait hint.
 */
export function shouldRetry(err: ScimHttpError, method: string): boolean {
  const transient = err.code === 'unavailable' || err.code === 'deadline-exceeded' || err.code === 'rate-limited';
  if (!transient) return false;
  // 403 + Retry-After is classified rate-limited and counts as a 429.
  if (err.status !== undefined && !RETRYABLE_STATUS.has(err.status) && err.code !== 'rate-limited') return false;
  if (!err.requestSent || IDEMPOTENT.has(method)) return true;
  const rejectedUnprocessed = err.status === 429 || err.status === 503 || err.code === 'rate-limited';
  return rejectedUnprocessed && err.retryAfterMs !== undefined;
}

/** Wait before try `attempt + 1`: the server's hint when it gave one, else full jitter over an exponential cap. */
export function retryDelay(err: ScimHttpError, attempt: number, retry: RetryOptions, random: () => number): number {
  if (err.retryAfterMs !== undefined) return Math.min(err.retryAfterMs, retry.maxDelayMs);
  const ceiling = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

export interface RetryContext {
  readonly method: string;
  readonly retry: RetryOptions;
  readonly sleep: Sleep;
  readonly random: () => number;
  readonly logger: Logger;
  readonly signal: AbortSignal | undefined;
}

export async function withRetries<T>(ctx: RetryContext, attempt: () => Promise<T>): Promise<T> {
  for (let n = 1; ; n += 1) {
    try {
      return await attempt();
    } catch (err) {
      if (!(err instanceof ScimHttpError) || !shouldRetry(err, ctx.method)) throw err;
      if (n >= ctx.retry.maxAttempts) throw err.afterAttempts(n);
      const waitMs = retryDelay(err, n, ctx.retry, ctx.random);
      ctx.logger.warn(
        { method: ctx.method, path: err.path, status: err.status ?? null, code: err.code, attempt: n, waitMs },
        'SCIM request failed; retrying',
      );
      await ctx.sleep(waitMs, ctx.signal);
    }
  }
}
