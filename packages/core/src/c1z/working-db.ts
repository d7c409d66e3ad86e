// The on-disk working database of a sync: built from the previous .c1z or from scratch, or resumed after a crash.
import type { Database } from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { BatonError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { SyncRun, SyncType } from '../store/types.js';
import { siblingTempPath } from './atomic-file.js';
import { describeSchema, openWorkingDatabase, type SchemaInfo } from './database.js';
import { readC1z } from './decompress.js';
import { DeferredIndexes } from './deferred-indexes.js';
import { ensureSchema } from './schema.js';
import { addSyncTypeColumns, SyncRuns } from './sync-runs.js';
import { parseTimestamp } from './timestamps.js';

export interface WorkingDb {
  readonly db: Database;
  readonly schema: SchemaInfo;
  readonly syncRuns: SyncRuns;
  readonly run: SyncRun;
  readonly resumed: boolean;
}

export interface WorkingDbRequest {
  readonly outPath: string;
  readonly workPath: string;
  readonly now: Date;
  readonly resumeMaxAgeMs: number;
  readonly logger: Logger;
  /** What the new sync records as its sync_type; an unfinished sync of another type is not resumed. */
  readonly syncType: SyncType;
}

/**
 * Resumes the unfinished sync a previous run left in `workPath` if it is young enough; otherwise builds a new
 * working database. `outPath` is only ever read here.
 */
export async function openWorkingDb(req: WorkingDbRequest): Promise<WorkingDb> {
  if (existsSync(req.workPath)) {
    const resumed = tryResume(req);
    if (resumed) return resumed;
    await removeDatabaseFiles(req.workPath);
  }
  return createWorkingDb(req);
}

function tryResume(req: WorkingDbRequest): WorkingDb | undefined {
  let db: Database | undefined;
  let schema: SchemaInfo;
  let syncRuns: SyncRuns;
  let run: SyncRun | undefined;
  try {
    db = openWorkingDatabase(req.workPath);
    schema = describeSchema(db);
    syncRuns = new SyncRuns(db, schema);
    // The newest row is the sync this code started there: a fresh working database only appears under
    // workPath once that row is in it.
    run = syncRuns.newest();
  } catch (err) {
    db?.close();
    req.logger.warn({ path: req.workPath, err: (err as Error).message }, 'discarding an unreadable working database');
    return undefined;
  }
  const started = run && parseTimestamp(run.startedAt);
  const age = started ? req.now.getTime() - started.getTime() : Number.POSITIVE_INFINITY;
  if (run && run.endedAt === undefined && age <= req.resumeMaxAgeMs && (!schema.hasSyncType || run.syncType === req.syncType)) {
    req.logger.info({ syncId: run.syncId, path: req.workPath }, 'resuming an unfinished sync');
    return { db, schema, syncRuns, run, resumed: true };
  }
  db.close();
  req.logger.warn(
    { path: req.workPath, syncId: run?.syncId, startedAt: run?.startedAt, finished: run?.endedAt !== undefined, syncType: run?.syncType },
    'discarding a working database with no resumable sync (finished, too old, or empty)',
  );
  return undefined;
}

/**
 * Builds the database under a temp name (decompressed previous file, so its finished syncs are kept, or an
 * empty one), starts the new sync in it, and only then moves it to `workPath`.
 */
async function createWorkingDb(req: WorkingDbRequest): Promise<WorkingDb> {
  const tmp = siblingTempPath(req.workPath, 'new');
  try {
    const hadPrevious = await readC1z(req.outPath, tmp);
    // Owner-only from the first byte, like the decoded copy: SQLite gives its -wal and -shm the same mode.
    if (!hadPrevious) await writeFile(tmp, '', { flag: 'wx', mode: 0o600 });
    const draft = openWorkingDatabase(tmp);
    let runId: string;
    try {
      ensureSchema(draft);
      DeferredIndexes.dropFrom(draft);
      // The v0.2.61 schema written by default has no sync_type: a run that is not full needs the column.
      if (req.syncType !== 'full') addSyncTypeColumns(draft);
      runId = new SyncRuns(draft, describeSchema(draft)).start(req.now, req.syncType).syncId;
    } finally {
      draft.close();
    }
    await rename(tmp, req.workPath);
    req.logger.info({ syncId: runId, from: hadPrevious ? req.outPath : 'scratch' }, 'starting a new sync');
  } catch (err) {
    await removeDatabaseFiles(tmp);
    throw err;
  }
  const db = openWorkingDatabase(req.workPath);
  const schema = describeSchema(db);
  const syncRuns = new SyncRuns(db, schema);
  const run = syncRuns.newest();
  if (!run) {
    db.close();
    throw new BatonError('internal', `${req.workPath} lost the sync run it was created with; delete it and retry`);
  }
  return { db, schema, syncRuns, run, resumed: false };
}

/** A SQLite database is up to three files. */
export async function removeDatabaseFiles(path: string): Promise<void> {
  await Promise.all(['', '-wal', '-shm', '-journal'].map((suffix) => rm(path + suffix, { force: true })));
}
