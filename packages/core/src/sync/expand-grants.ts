// Grant expansion on its own, over a sync that already holds its grants (e.g. one a Go connector left unfinished).
import { BatonError } from '../errors.js';
import { DEFAULT_EXPANSION_PAGE_SIZE } from '../expand/expander.js';
import { silentLogger, type Logger } from '../logger.js';
import type { SyncWriter } from '../store/types.js';
import type { EngineContext } from './context.js';
import { runEngine } from './engine.js';
import { resolveMaxDepth, resolveNotFoundLimit } from './options.js';
import { PageTokenGuard } from './page-guard.js';
import { ProgressTracker, type SyncProgressEvent } from './progress.js';
import { defaultSleep } from './retry.js';
import { initialState, type SyncState, topAction, tryDecodeState } from './state.js';

export interface ExpandGrantsOptions {
  /** Names the sync's file in messages. */
  readonly file?: string;
  readonly logger?: Logger;
  readonly signal?: AbortSignal;
  readonly expansionMaxDepth?: number;
  /** Source grants read per commit (default 1000). */
  readonly pageSize?: number;
  readonly onProgress?: (event: SyncProgressEvent) => void;
  readonly now?: () => Date;
}

export interface ExpandGrantsResult {
  readonly grantsCreated: number;
  readonly warnings: readonly string[];
}

/**
 * Expands the grants of `writer`'s sync, committing a checkpoint with every page, and resumes an expansion
 * this function left unfinished. The caller finishes (or abandons) the sync file afterwards.
 */
export async function expandGrants(writer: SyncWriter, options: ExpandGrantsOptions = {}): Promise<ExpandGrantsResult> {
  const logger = options.logger ?? silentLogger;
  const now = options.now ?? ((): Date => new Date());
  const nowMs = (): number => now().getTime();
  const signal = options.signal ?? new AbortController().signal;
  const state = startingState(writer, logger);
  const ctx: EngineContext = {
    file: options.file ?? `the file of sync ${writer.syncId}`,
    writer,
    syncers: new Map(),
    signal,
    logger,
    retry: { policy: {}, signal, sleep: defaultSleep, nowMs, logger },
    guard: new PageTokenGuard(),
    progress: new ProgressTracker(logger, nowMs, nowMs(), options.onProgress),
    notFoundLimit: resolveNotFoundLimit(undefined),
    expansion: {
      maxDepth: resolveMaxDepth(options.expansionMaxDepth),
      pageSize: options.pageSize ?? DEFAULT_EXPANSION_PAGE_SIZE,
      enabled: true,
    },
    state,
  };
  await runEngine(ctx);
  return { grantsCreated: state.stats.expandedGrants, warnings: state.stats.warnings };
}

function startingState(writer: SyncWriter, logger: Logger): SyncState {
  const ours = tryDecodeState(writer.checkpoint);
  if (!ours) {
    if (writer.checkpoint !== '') {
      const message = 'the checkpoint of this sync was not written by baton-scim; expanding from the start';
      logger.info({ sync_id: writer.syncId }, message);
    }
    return initialState([{ op: 'expand-grants' }], true);
  }
  const top = topAction(ours);
  if (top && top.op !== 'expand-grants') {
    throw new BatonError(
      'failed-precondition',
      `sync ${writer.syncId} is still at "${top.op}"; finish it with runSync before expanding its grants on their own`,
    );
  }
  return ours;
}
