// runSync: validate the connector, then sync it into a .c1z, resuming an interrupted sync of the same file.
import { SyncFile, type SyncFileOptions } from '../c1z/sync-file.js';
import type { Connector, ResourceSyncer } from '../connector/contract.js';
import { BatonError, errorCode } from '../errors.js';
import { DEFAULT_EXPANSION_PAGE_SIZE } from '../expand/expander.js';
import { silentLogger, type Logger } from '../logger.js';
import type { SyncRun, SyncType, SyncWriter } from '../store/types.js';
import type { NotFoundLimit } from './context.js';
import { runEngine } from './engine.js';
import { resolveMaxDepth, resolveNotFoundLimit } from './options.js';
import { PageTokenGuard } from './page-guard.js';
import { ProgressTracker, type SyncProgressEvent } from './progress.js';
import { defaultSleep, messageOf, type RetryPolicy, type Sleep, withRetry } from './retry.js';
import { decodeState } from './state.js';
import { buildSummary, type SyncSummary } from './summary.js';

/** The part of SyncFile the engine uses; tests and other hosts may supply their own. */
export interface SyncSession {
  readonly writer: SyncWriter;
  finish(): Promise<SyncRun>;
  /** `cause` is the error that stopped the sync, so the session can tell a full disk from an interruption. */
  abandon(cause?: unknown): Promise<void>;
  /** The error to report for `err`, e.g. a full disk named with the user's file; default `err` itself. */
  describeFailure?(err: unknown): unknown;
}

export type OpenSyncSession = (path: string, options: SyncFileOptions) => Promise<SyncSession>;

/** Optional fields also accept `undefined`, so callers can pass flags through unchanged. */
export interface RunSyncOptions {
  readonly file: string;
  readonly connector: Connector;
  readonly signal?: AbortSignal | undefined;
  readonly logger?: Logger | undefined;
  readonly onProgress?: ((event: SyncProgressEvent) => void) | undefined;
  readonly keepSyncs?: number | undefined;
  readonly tmpDir?: string | undefined;
  readonly resumeMaxAgeMs?: number | undefined;
  readonly retry?: RetryPolicy | undefined;
  readonly notFoundLimit?: Partial<NotFoundLimit> | undefined;
  /** Rounds of grant expansion allowed (default env BATON_GRAPH_EXPAND_MAX_DEPTH, else 20). */
  readonly expansionMaxDepth?: number | undefined;
  readonly now?: (() => Date) | undefined;
  readonly sleep?: Sleep | undefined;
  /** `resources_only` when the connector lists no entitlements or grants for this sync; default `full`. */
  readonly syncType?: SyncType | undefined;
  /** false leaves grants unexpanded for the reader to expand (Go's skip_expand_grants); default true. */
  readonly expandGrants?: boolean | undefined;
  /** How the file is opened; default SyncFile.begin. */
  readonly open?: OpenSyncSession | undefined;
  /** Offered the finished working database instead of its removal (see SyncFileOptions.keepDecoded). */
  readonly keepDecoded?: SyncFileOptions['keepDecoded'];
}

export async function runSync(options: RunSyncOptions): Promise<SyncSummary> {
  const logger = options.logger ?? silentLogger;
  const now = options.now ?? ((): Date => new Date());
  const nowMs = (): number => now().getTime();
  const startMs = nowMs();
  const signal = options.signal ?? new AbortController().signal;
  const syncers = syncerMap(options.connector.resourceSyncers());
  const settings = {
    maxDepth: resolveMaxDepth(options.expansionMaxDepth),
    notFoundLimit: resolveNotFoundLimit(options.notFoundLimit),
  };
  let retried = 0;
  const retry = { policy: options.retry ?? {}, signal, sleep: options.sleep ?? defaultSleep, nowMs, logger };

  await validateConnector(options.connector, { ...retry, onRetry: () => retried++ });
  const open = options.open ?? ((path, o): Promise<SyncSession> => SyncFile.begin(path, o));
  const session = await open(options.file, fileOptions(options, logger, now));
  const { writer } = session;
  let summary: SyncSummary;
  try {
    const state = decodeState(writer.checkpoint, { file: options.file, syncId: writer.syncId });
    state.stats.retried += retried;
    logger.debug({ sync_id: writer.syncId }, writer.resumed ? 'resuming previous sync' : 'beginning new sync');
    options.connector.useSaved?.({ entry: (kind, key) => writer.savedEntry(kind, key) });
    if (writer.resumed) options.connector.restore?.({ entries: (kind) => writer.savedEntries(kind), reader: writer });
    const progress = new ProgressTracker(logger, nowMs, startMs, options.onProgress);
    progress.emit({ type: 'sync-start', syncId: writer.syncId, resumed: writer.resumed, elapsedMs: progress.elapsedMs() });
    await runEngine({
      file: options.file,
      writer,
      syncers,
      signal,
      logger,
      retry: { ...retry, onRetry: () => state.stats.retried++ },
      guard: new PageTokenGuard(),
      progress,
      notFoundLimit: settings.notFoundLimit,
      expansion: { maxDepth: settings.maxDepth, pageSize: DEFAULT_EXPANSION_PAGE_SIZE, enabled: options.expandGrants ?? true },
      state,
    });
    const run = { syncId: writer.syncId, resumed: writer.resumed, durationMs: nowMs() - startMs };
    summary = buildSummary(writer, state.stats, run);
  } catch (err) {
    await abandon(session, logger, err);
    throw session.describeFailure ? session.describeFailure(err) : err;
  }
  await session.finish();
  report(summary, logger, options.onProgress);
  return summary;
}

function report(summary: SyncSummary, logger: Logger, onProgress: RunSyncOptions['onProgress']): void {
  logger.info({ sync_id: summary.syncId, duration_ms: summary.durationMs, ...summary.counts }, 'Sync complete.');
  if (summary.warningCount > 0) {
    logger.warn({ warning_count: summary.warningCount, warnings: summary.warnings }, 'sync completed with warnings');
  }
  onProgress?.({ type: 'summary', summary });
}

function syncerMap(syncers: readonly ResourceSyncer[]): Map<string, ResourceSyncer> {
  const map = new Map<string, ResourceSyncer>();
  for (const syncer of syncers) {
    const id = syncer.resourceType.id ?? '';
    if (id === '') {
      throw new BatonError('invalid-argument', 'a resource syncer of the connector has a resource type without an id');
    }
    if (map.has(id)) throw new BatonError('invalid-argument', `the connector has two syncers for resource type "${id}"`);
    map.set(id, syncer);
  }
  return map;
}

async function validateConnector(connector: Connector, retry: Parameters<typeof withRetry>[2]): Promise<void> {
  try {
    await withRetry('validate', () => connector.validate(retry.signal), retry);
  } catch (err) {
    const code = retry.signal.aborted ? 'cancelled' : errorCode(err);
    throw new BatonError(code, `connector validation failed, nothing was synced: ${messageOf(err)}`, { cause: err });
  }
}

function fileOptions(options: RunSyncOptions, logger: Logger, now: () => Date): SyncFileOptions {
  return {
    logger,
    now,
    ...(options.tmpDir === undefined ? {} : { tmpDir: options.tmpDir }),
    ...(options.keepSyncs === undefined ? {} : { keepSyncs: options.keepSyncs }),
    ...(options.resumeMaxAgeMs === undefined ? {} : { resumeMaxAgeMs: options.resumeMaxAgeMs }),
    ...(options.syncType === undefined ? {} : { syncType: options.syncType }),
    ...(options.keepDecoded === undefined ? {} : { keepDecoded: options.keepDecoded }),
  };
}

/** Keeps the working database for a resume; a failure here must not hide the error that stopped the sync. */
async function abandon(session: SyncSession, logger: Logger, cause: unknown): Promise<void> {
  try {
    await session.abandon(cause);
  } catch (err) {
    logger.error({ error: messageOf(err) }, 'could not keep the interrupted sync for a later resume');
  }
}
