// The one retry policy of a SCIM request: which failures may heal, how long to wait, and the time budgets that bound it.
import type { Logger } from '@baton-scim/core';
import { ScimHttpError } from './errors.js';
import type { RetryOptions, Sleep } from './options.js';
import type { RetryBudget } from './retry-budget.js';

const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE']);

/**
 * Idempotent requests are retried on any transient failure. POST and PATCH are retried only
 * when they provably were not processed: nothing was sent, or a 429/503 with a wait hint.
 * A failure to resolve or connect heals only once the server was reached before: at the start
 * it means a wrong host or a server that is down, and waiting would only delay the error.
 */
export function shouldRetry(err: ScimHttpError, method: string, reachedBefore = true): boolean {
  const transient = err.code === 'unavailable' || err.code === 'deadline-exceeded' || err.code === 'rate-limited';
  if (!transient) return false;
  if (err.connecting && !reachedBefore) return false;
  // 403 + Retry-After is classified rate-limited and counts as a 429.
  if (err.status !== undefined && !RETRYABLE_STATUS.has(err.status) && err.code !== 'rate-limited') return false;
  if (!err.requestSent || IDEMPOTENT.has(method)) return true;
  const rejectedUnprocessed = err.status === 429 || err.status === 503 || err.code === 'rate-limited';
  // A 403 is a rate limit only when it said so (Retry-After, or a reason the config lists): it was refused, not processed.
  const refusedForRate = err.status === 403 && err.code === 'rate-limited';
  return rejectedUnprocessed && (err.retryAfterMs !== undefined || refusedForRate);
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
  readonly now: () => number;
  readonly logger: Logger;
  readonly signal: AbortSignal | undefined;
  readonly budget: RetryBudget;
}

const seconds = (ms: number): string => `${Math.round(ms / 100) / 10} s`;

/**
 * Why no further try fits, or undefined when waiting `waitMs` and trying again is within every budget. A
 * throttled request (the server asked us to slow down) is bounded only by the time without progress: a server
 * that throttles for long stretches but keeps answering some requests is waited out, one that answers none fails.
 */
function budgetExhausted(ctx: RetryContext, started: number, waitMs: number, throttled: boolean): string | undefined {
  const used = ctx.now() - started;
  if (!throttled && used + waitMs >= ctx.retry.requestBudgetMs) {
    return `the request's retry budget of ${seconds(ctx.retry.requestBudgetMs)} ran out (http.requestBudgetSeconds)`;
  }
  if (!ctx.budget.canSpend(waitMs)) {
    return (
      `no request succeeded during ${seconds(ctx.retry.syncBudgetMs)} of waiting to retry, the retry budget without progress ` +
      '(http.syncRetryBudgetSeconds; raise it for a server that throttles for longer, or lower the request rate with http.rateLimits)'
    );
  }
  return undefined;
}

function logCappedWait(ctx: RetryContext, err: ScimHttpError, waitMs: number): void {
  if (err.retryAfterMs === undefined || err.retryAfterMs <= waitMs) return;
  ctx.logger.warn(
    { method: ctx.method, path: err.path, askedMs: err.retryAfterMs, waitMs },
    `the server asked to wait ${seconds(err.retryAfterMs)}; waiting ${seconds(waitMs)} at most (http.maxRetryWaitSeconds)`,
  );
}

/** Runs `attempt` under the retry policy; every error it throws has the policy spent on it. */
export async function withRetries<T>(ctx: RetryContext, attempt: () => Promise<T>): Promise<T> {
  const started = ctx.now();
  for (let n = 1; ; n += 1) {
    try {
      const result = await attempt();
      ctx.budget.progressed();
      return result;
    } catch (err) {
      if (!(err instanceof ScimHttpError)) throw err;
      if (!err.connecting) ctx.budget.reached();
      if (ctx.signal?.aborted === true || !shouldRetry(err, ctx.method, ctx.budget.hasReached)) throw err.afterAttempts(n);
      const throttled = err.code === 'rate-limited';
      if (n >= ctx.retry.maxAttempts && !throttled) throw err.afterAttempts(n);
      const waitMs = retryDelay(err, n, ctx.retry, ctx.random);
      const exhausted = budgetExhausted(ctx, started, waitMs, throttled);
      if (exhausted !== undefined) throw err.afterAttempts(n, exhausted);
      logCappedWait(ctx, err, waitMs);
      ctx.logger.warn(
        { method: ctx.method, path: err.path, status: err.status ?? null, code: err.code, attempt: n, waitMs },
        'SCIM request failed; retrying',
      );
      ctx.budget.spend(waitMs);
      await ctx.sleep(waitMs, ctx.signal);
    }
  }
}
