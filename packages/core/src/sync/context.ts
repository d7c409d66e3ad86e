// What every step of the sync engine works with: the writer, the connector, the policies and the state.
import type { Page, PageRequest, ResourceSyncer } from '../connector/contract.js';
import { BatonError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { PageWrite, SyncWriter } from '../store/types.js';
import type { PageTokenGuard } from './page-guard.js';
import type { ProgressTracker, ProgressUpdate } from './progress.js';
import { type RetryContext, withRetry } from './retry.js';
import { type Action, addWarning, type SyncState } from './state.js';

/** Not-found skips abort the sync only past both limits: more than `count` AND more than `ratio` of actions. */
export interface NotFoundLimit {
  readonly count: number;
  readonly ratio: number;
}

export const DEFAULT_NOT_FOUND_LIMIT: NotFoundLimit = { count: 10, ratio: 0.1 };

export interface EngineContext {
  readonly file: string;
  readonly writer: SyncWriter;
  readonly syncers: ReadonlyMap<string, ResourceSyncer>;
  readonly signal: AbortSignal;
  readonly logger: Logger;
  readonly retry: RetryContext;
  readonly guard: PageTokenGuard;
  readonly progress: ProgressTracker;
  readonly notFoundLimit: NotFoundLimit;
  /** `enabled: false` skips grant expansion: the reader expands them itself. */
  readonly expansion: { readonly maxDepth: number; readonly pageSize: number; readonly enabled: boolean };
  readonly state: SyncState;
}

/** What one step hands back to the engine: rows to commit with the new state, and progress to report. */
export interface StepResult {
  readonly page: PageWrite;
  readonly progress?: ProgressUpdate;
  /**
   * A failure after part of the step's work: the engine commits that part first, so a resume repeats only the
   * call that failed, then fails as if the step had thrown while at `at`.
   */
  readonly failure?: { readonly error: unknown; readonly at: Action };
}

export function syncerFor(ctx: EngineContext, resourceTypeId: string): ResourceSyncer {
  const syncer = ctx.syncers.get(resourceTypeId);
  if (!syncer) {
    throw new BatonError(
      'failed-precondition',
      `the sync stores resource type "${resourceTypeId}" but the connector has no syncer for it`,
    );
  }
  return syncer;
}

/** One connector page request with retries, passing the token verbatim. */
export async function fetchPage<T>(
  ctx: EngineContext,
  operation: string,
  pageToken: string,
  call: (request: PageRequest) => Promise<Page<T>>,
): Promise<Page<T>> {
  return withRetry(operation, () => call({ pageToken, signal: ctx.signal }), ctx.retry);
}

export function warn(ctx: EngineContext, message: string, fields: Record<string, unknown> = {}): void {
  ctx.logger.warn(fields, message);
  addWarning(ctx.state, message);
}

/** Records a skipped resource and aborts once skips are both numerous and a large share of the work. */
export function recordNotFound(ctx: EngineContext, message: string, fields: Record<string, unknown>): void {
  const stats = ctx.state.stats;
  stats.notFound++;
  stats.actions++;
  warn(ctx, message, fields);
  const { count, ratio } = ctx.notFoundLimit;
  if (stats.notFound > count && stats.notFound > ratio * stats.actions) {
    throw new BatonError(
      'not-found',
      `too many not-found errors: ${stats.notFound} of ${stats.actions} resources were skipped (limit: more than ` +
        `${count} and more than ${Math.round(ratio * 100)}%). The data changed under the sync or the connector ` +
        `asks for the wrong objects; the last one: ${message}`,
    );
  }
}
