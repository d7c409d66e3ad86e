// One sync into a .c1z: a crash-safe working database beside the file, then an atomic swap of the finished file.
import { statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BatonError } from '../errors.js';
import { silentLogger, type Logger } from '../logger.js';
import type { SyncRun, SyncWriter } from '../store/types.js';
import { deleteOldSyncs, vacuum } from './cleanup.js';
import { writeC1z } from './compress.js';
import { DeferredIndexes } from './deferred-indexes.js';
import { keepSyncCountFromEnv } from './env.js';
import { removeStaleTemps } from './atomic-file.js';
import { acquireLock, type FileLock } from './lock-file.js';
import { SqliteSyncWriter } from './sqlite-writer.js';
import { openWorkingDb, removeDatabaseFiles, type WorkingDb } from './working-db.js';

export interface SyncFileOptions {
  /** Where decompressed and working files live; default: beside the output file. */
  tmpDir?: string;
  /** Finished syncs kept, default env BATON_KEEP_SYNC_COUNT or 2. */
  keepSyncs?: number;
  /** An unfinished sync younger than this is resumed; default 7 days. */
  resumeMaxAgeMs?: number;
  logger?: Logger;
  now?: () => Date;
}

const SEVEN_DAYS_MS = 7 * 24 * 60 * 60 * 1000;

type State = 'open' | 'finishing' | 'finished' | 'abandoned' | 'failed';

export class SyncFile {
  readonly path: string;
  readonly writer: SyncWriter;
  private state: State = 'open';
  private readonly indexes: DeferredIndexes;

  private constructor(
    path: string,
    private readonly workPath: string,
    private readonly work: WorkingDb,
    private readonly lock: FileLock,
    private readonly keepSyncs: number,
    private readonly logger: Logger,
    private readonly now: () => Date,
  ) {
    this.path = path;
    this.indexes = new DeferredIndexes(work.db);
    this.writer = new SqliteSyncWriter({
      db: work.db,
      syncRuns: work.syncRuns,
      syncId: work.run.syncId,
      resumed: work.resumed,
      checkpoint: work.run.syncToken,
      label: workPath,
      now,
      indexes: this.indexes,
    });
  }

  /**
   * Locks `path`, then resumes the unfinished sync of an earlier run (same sync id, its last checkpoint) or
   * starts a new one on a copy of the previous file. The previous file is not modified.
   */
  static async begin(path: string, options: SyncFileOptions = {}): Promise<SyncFile> {
    const outPath = resolve(path);
    const logger = options.logger ?? silentLogger;
    const now = options.now ?? ((): Date => new Date());
    const keepSyncs = checkKeepSyncs(options.keepSyncs ?? keepSyncCountFromEnv());
    const workDir = options.tmpDir === undefined ? dirname(outPath) : resolve(options.tmpDir);
    assertDirectory(dirname(outPath), outPath);
    await mkdir(workDir, { recursive: true });
    const workPath = join(workDir, `${basename(outPath)}.partial`);
    const lock = acquireLock(`${outPath}.lock`, outPath, logger);
    try {
      const stale = [...(await removeStaleTemps(outPath, 'tmp')), ...(await removeStaleTemps(workPath, 'new'))];
      if (stale.length > 0) logger.warn({ removed: stale }, 'removed temp files of an interrupted sync');
      const work = await openWorkingDb({
        outPath,
        workPath,
        now: now(),
        resumeMaxAgeMs: options.resumeMaxAgeMs ?? SEVEN_DAYS_MS,
        logger,
      });
      return new SyncFile(outPath, workPath, work, lock, keepSyncs, logger, now);
    } catch (err) {
      lock.release();
      throw err;
    }
  }

  /**
   * Builds the deferred indexes, ends the sync, keeps the newest `keepSyncs` finished syncs (VACUUM if any was
   * deleted), checkpoints, and atomically replaces the output file (compressed to a temp sibling, fsynced,
   * renamed, directory fsynced). Then removes the working database and the lock. If it fails once the sync is
   * ended, the output file is still the previous one and the next begin() starts a new sync.
   */
  async finish(): Promise<SyncRun> {
    this.assertOpen('finish');
    this.state = 'finishing';
    const { db, schema, syncRuns } = this.work;
    const syncId = this.work.run.syncId;
    const ms: Record<string, number> = {};
    const timed = async <T>(phase: string, step: () => T | Promise<T>): Promise<T> => {
      const start = performance.now();
      const result = await step();
      ms[phase] = Math.round(performance.now() - start);
      return result;
    };
    try {
      await timed('indexes', () => this.indexes.build());
      let deleted: string[] = [];
      const run = db
        .transaction(() => {
          const ended = syncRuns.end(syncId, this.now());
          deleted = deleteOldSyncs(db, schema, syncRuns, this.keepSyncs, this.logger);
          return ended;
        })
        .immediate();
      if (deleted.length > 0) await timed('vacuum', () => vacuum(db));
      await timed('checkpoint', () => {
        db.pragma('wal_checkpoint(TRUNCATE)');
        db.close();
      });
      await timed('compress', () => writeC1z(this.workPath, this.path));
      this.state = 'finished';
      await removeDatabaseFiles(this.workPath);
      this.logger.info({ syncId, path: this.path, bytes: statSync(this.path).size, ms }, 'sync saved');
      return run;
    } catch (err) {
      this.state = 'failed';
      if (db.open) db.close();
      throw err;
    } finally {
      this.lock.release();
    }
  }

  /** Stops without saving: the working database stays for a later resume and the output file is untouched. */
  abandon(): Promise<void> {
    if (this.state !== 'open') return Promise.resolve();
    this.state = 'abandoned';
    try {
      this.work.db.close();
    } finally {
      this.lock.release();
    }
    this.logger.info({ syncId: this.work.run.syncId, path: this.workPath }, 'sync stopped; it can be resumed');
    return Promise.resolve();
  }

  private assertOpen(action: string): void {
    if (this.state !== 'open') {
      const state = this.state;
      throw new BatonError('failed-precondition', `cannot ${action} the sync of ${this.path}: it is ${state}`);
    }
  }
}

function checkKeepSyncs(keep: number): number {
  if (!Number.isSafeInteger(keep) || keep < 1) {
    throw new BatonError('invalid-argument', `keepSyncs must be a positive integer, got ${keep}`);
  }
  return keep;
}

function assertDirectory(dir: string, outPath: string): void {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  if (!isDir) {
    const hint = 'create it first';
    throw new BatonError('invalid-argument', `cannot write ${outPath}: directory ${dir} does not exist; ${hint}`);
  }
}
