// One sync into a .c1z: a crash-safe working database beside the file, then an atomic swap of the finished file.
import { lstatSync, readlinkSync, statSync, type Stats } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BatonError } from '../errors.js';
import { silentLogger, type Logger } from '../logger.js';
import type { SyncRun, SyncType, SyncWriter } from '../store/types.js';
import { deleteOldSyncs, vacuum } from './cleanup.js';
import { writeC1z } from './compress.js';
import { decodedSize } from './decompress.js';
import { DeferredIndexes } from './deferred-indexes.js';
import { keepSyncCountFromEnv } from './env.js';
import { removeStaleTemps } from './atomic-file.js';
import { diskFullError, isDiskFull } from './disk-full.js';
import { assertRegularOrAbsent } from './regular-file.js';
import { acquireLock, holderIsAlive, type FileLock } from './lock-file.js';
import { SavedEntries } from './saved-entries.js';
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
  /** Recorded as the new sync's sync_type; default `full`. */
  syncType?: SyncType;
  /**
   * Offered the finished working database (checkpointed and closed: the very bytes the new .c1z decodes to)
   * once the .c1z is written, instead of removing it; true when it took the file away. A failure is logged and
   * the file removed: the sync is saved either way.
   */
  keepDecoded?: ((dbPath: string, outPath: string) => Promise<boolean>) | undefined;
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
    private readonly workDir: string,
    private readonly lock: FileLock,
    private readonly keepSyncs: number,
    private readonly logger: Logger,
    private readonly now: () => Date,
    /** Size of the working database when the sync began: the previous sync, decompressed. */
    private readonly baseBytes: number,
    private readonly keepDecoded: SyncFileOptions['keepDecoded'],
  ) {
    this.path = path;
    this.indexes = new DeferredIndexes(work.db);
    this.writer = new SqliteSyncWriter({
      db: work.db,
      syncRuns: work.syncRuns,
      syncId: work.run.syncId,
      resumed: work.resumed,
      checkpoint: work.run.syncToken,
      label: path,
      now,
      indexes: this.indexes,
    });
  }

  /**
   * Locks `path`, then resumes the unfinished sync of an earlier run (same sync id, its last checkpoint) or
   * starts a new one on a copy of the previous file. The previous file is not modified.
   */
  static async begin(path: string, options: SyncFileOptions = {}): Promise<SyncFile> {
    const outPath = followSymlink(resolve(path));
    const logger = options.logger ?? silentLogger;
    const now = options.now ?? ((): Date => new Date());
    const keepSyncs = checkKeepSyncs(options.keepSyncs ?? keepSyncCountFromEnv());
    const workDir = options.tmpDir === undefined ? dirname(outPath) : resolve(options.tmpDir);
    assertDirectory(dirname(outPath), outPath);
    assertRegularOrAbsent(outPath, 'write');
    await mkdir(workDir, { recursive: true }).catch((err: unknown) => {
      const code = (err as NodeJS.ErrnoException).code ?? 'unknown error';
      throw new BatonError(
        'invalid-argument',
        `cannot create the directory ${workDir} for the working files of ${outPath} (${code}); check --c1z-temp-dir and its permissions`,
        { cause: err },
      );
    });
    const workPath = join(workDir, `${basename(outPath)}.partial`);
    const lock = await lockEvenWhenFull(outPath, workPath, workDir, logger);
    try {
      const stale = await removeTemps(outPath, workPath);
      if (stale.length > 0) logger.warn({ removed: stale }, 'removed temp files of an interrupted sync');
      const work = await openWorkingDb({
        outPath,
        workPath,
        now: now(),
        resumeMaxAgeMs: options.resumeMaxAgeMs ?? SEVEN_DAYS_MS,
        logger,
        syncType: options.syncType ?? 'full',
      });
      return new SyncFile(outPath, workPath, work, workDir, lock, keepSyncs, logger, now, statSync(workPath).size, options.keepDecoded);
    } catch (err) {
      lock.release();
      throw isDiskFull(err) ? await fullDiskBeforeStart(outPath, workDir, err) : err;
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
      SavedEntries.dropFrom(db);
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
      if (!(await this.offerDecoded())) await removeDatabaseFiles(this.workPath);
      this.logger.info({ syncId, path: this.path, bytes: statSync(this.path).size, ms }, 'sync saved');
      return run;
    } catch (err) {
      this.state = 'failed';
      if (db.open) db.close();
      if (!isDiskFull(err)) throw err;
      // The sync cannot be finished without space; its working files only hold the space that is missing.
      await removeDatabaseFiles(this.workPath);
      throw diskFullError(this.path, this.workDir, err, this.baseBytes);
    } finally {
      this.lock.release();
    }
  }

  private async offerDecoded(): Promise<boolean> {
    if (!this.keepDecoded) return false;
    try {
      return await this.keepDecoded(this.workPath, this.path);
    } catch (err) {
      this.logger.warn({ path: this.path, err: (err as Error).message }, 'could not keep the decoded copy; it is removed');
      return false;
    }
  }

  /**
   * Stops without saving: the working database stays for a later resume and the output file is untouched,
   * unless the disk is full (`cause`): then the working files are removed, as they hold the space a rerun needs.
   */
  async abandon(cause?: unknown): Promise<void> {
    if (this.state !== 'open') return;
    this.state = 'abandoned';
    const full = isDiskFull(cause);
    try {
      this.work.db.close();
      if (full) await removeDatabaseFiles(this.workPath);
    } finally {
      this.lock.release();
    }
    if (full) this.logger.info({ path: this.path }, 'sync stopped on a full disk; its working files were removed');
    else this.logger.info({ syncId: this.work.run.syncId, path: this.workPath }, 'sync stopped; it can be resumed');
  }

  /** The error to report for a failure of this sync: a full disk is named as such, with the user's file. */
  describeFailure(err: unknown): unknown {
    return isDiskFull(err) ? diskFullError(this.path, this.workDir, err, this.baseBytes) : err;
  }

  private assertOpen(action: string): void {
    if (this.state !== 'open') {
      const state = this.state;
      throw new BatonError('failed-precondition', `cannot ${action} the sync of ${this.path}: it is ${state}`);
    }
  }
}

const removeTemps = async (outPath: string, workPath: string): Promise<string[]> => [
  ...(await removeStaleTemps(outPath, 'tmp')),
  ...(await removeStaleTemps(workPath, 'new')),
];

/**
 * Takes the lock; when the disk is too full even for the lock file and no live process holds the lock, the
 * temp files a failed run left are removed first (no writer can be using them), then the lock is taken.
 */
async function lockEvenWhenFull(outPath: string, workPath: string, workDir: string, logger: Logger): Promise<FileLock> {
  const lockPath = `${outPath}.lock`;
  try {
    return acquireLock(lockPath, outPath, logger);
  } catch (err) {
    if (!isDiskFull(err) || holderIsAlive(lockPath)) throw isDiskFull(err) ? await fullDiskBeforeStart(outPath, workDir, err) : err;
    const removed = await removeTemps(outPath, workPath);
    if (removed.length > 0) logger.warn({ removed }, 'the disk is full; removed temp files of an interrupted sync');
    try {
      return acquireLock(lockPath, outPath, logger);
    } catch (again) {
      throw isDiskFull(again) ? await fullDiskBeforeStart(outPath, workDir, again) : again;
    }
  }
}

/** A full disk before the working database exists: the previous sync's size is counted from its file. */
async function fullDiskBeforeStart(outPath: string, workDir: string, err: unknown): Promise<BatonError> {
  return diskFullError(outPath, workDir, err, await decodedSize(outPath));
}

function checkKeepSyncs(keep: number): number {
  if (!Number.isSafeInteger(keep) || keep < 1) {
    throw new BatonError('invalid-argument', `keepSyncs must be a positive integer, got ${keep}`);
  }
  return keep;
}

/**
 * A symlinked output file is updated where it points: the atomic rename replaces the target, and the link
 * stays. A link whose target does not exist yet is followed too.
 */
function followSymlink(path: string): string {
  for (let hops = 0; hops < 40; hops += 1) {
    let link: Stats;
    try {
      link = lstatSync(path);
    } catch {
      return path;
    }
    if (!link.isSymbolicLink()) return path;
    assertTrustedLink(path, link);
    path = resolve(dirname(path), readlinkSync(path));
  }
  throw new BatonError('invalid-argument', `cannot write ${path}: too many levels of symbolic links`);
}

/**
 * The kernel's protected-symlinks rule, applied because links are resolved here rather than by open(2): as
 * root, a link in a sticky world-writable directory (/tmp) is followed only when its owner is root or the
 * directory's owner; anyone else could point it at a file root would then replace.
 */
function assertTrustedLink(path: string, link: Stats): void {
  if (process.geteuid?.() !== 0) return;
  const dir = statSync(dirname(path));
  const stickyWorldWritable = (dir.mode & 0o1000) !== 0 && (dir.mode & 0o002) !== 0;
  if (!stickyWorldWritable || link.uid === 0 || link.uid === dir.uid) return;
  throw new BatonError(
    'invalid-argument',
    `cannot write ${path}: it is a symbolic link owned by uid ${link.uid} in the shared directory ${dirname(path)}, which root does not follow; give the path it points to`,
  );
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
