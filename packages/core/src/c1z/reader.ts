// Opens a .c1z for reading: a decompressed temp copy, the sync chosen as Go chooses it, and baton-style stats.
import type { Database } from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BatonError } from '../errors.js';
import type { SyncReader, SyncRun } from '../store/types.js';
import { describeSchema, openReadDatabase } from './database.js';
import { readC1z } from './decompress.js';
import { ensureSchema } from './schema.js';
import { SqliteSyncReader } from './sqlite-reader.js';
import { computeStats, type C1zStats } from './stats.js';
import { readNotes } from './sync-notes.js';
import type { SyncNote } from '../connector/contract.js';
import { SyncRuns } from './sync-runs.js';

export interface C1zReaderOptions {
  /** Read this sync (`--sync-id`), finished or not, instead of the default choice. */
  syncId?: string;
  /** Parent of the temp directory holding the decompressed database; default: the OS temp dir. */
  tmpDir?: string;
  /** Decoded-size cap in bytes; default from BATON_DECODER_MAX_DECODED_SIZE_MB, else 3 GiB. */
  maxDecodedBytes?: number;
  /** Clock for the "unfinished within 7 days" rule. */
  now?: () => Date;
}

export class C1zReader {
  readonly reader: SyncReader;

  private constructor(
    readonly path: string,
    /** The decompressed SQLite file, removed by close(). */
    readonly dbPath: string,
    private readonly db: Database,
    private readonly syncRunsTable: SyncRuns,
    readonly selectedSync: SyncRun | undefined,
    /** The temp directory close() removes; undefined when the caller owns the decoded file (openDecoded). */
    private readonly tempDir: string | undefined,
  ) {
    this.reader = new SqliteSyncReader(db, selectedSync?.syncId, path);
  }

  /**
   * A missing or empty file reads as a file with no syncs, as in Go. The sync read is `syncId` if given
   * (an error if the file has no such sync), else the latest finished full sync, else the latest unfinished
   * sync started within 7 days, else none: then every sync's rows are read, which is also what Go does.
   */
  static async open(path: string, options: C1zReaderOptions = {}): Promise<C1zReader> {
    const file = resolve(path);
    const tempDir = mkdtempSync(join(options.tmpDir ?? tmpdir(), 'c1z-'));
    const dbPath = join(tempDir, 'db');
    let db: Database | undefined;
    try {
      const limit = options.maxDecodedBytes;
      const found = await readC1z(file, dbPath, limit === undefined ? {} : { maxDecodedBytes: limit });
      db = openReadDatabase(dbPath);
      if (!found) ensureSchema(db);
      return C1zReader.fromDatabase(file, dbPath, db, options, tempDir);
    } catch (err) {
      db?.close();
      rmSync(tempDir, { recursive: true, force: true });
      throw asInvalidData(file, err);
    }
  }

  /**
   * Reads `path` from `dbPath`, a copy the caller decompressed earlier (readC1z) and keeps: close() closes
   * the database and leaves the file where it is.
   */
  static openDecoded(path: string, dbPath: string, options: Omit<C1zReaderOptions, 'tmpDir' | 'maxDecodedBytes'> = {}): C1zReader {
    const file = resolve(path);
    let db: Database | undefined;
    try {
      db = openReadDatabase(dbPath);
      return C1zReader.fromDatabase(file, dbPath, db, options, undefined);
    } catch (err) {
      db?.close();
      throw asInvalidData(file, err);
    }
  }

  private static fromDatabase(file: string, dbPath: string, db: Database, options: C1zReaderOptions, tempDir: string | undefined): C1zReader {
    const syncRuns = new SyncRuns(db, describeSchema(db));
    return new C1zReader(file, dbPath, db, syncRuns, select(file, syncRuns, options), tempDir);
  }

  /** Every sync run in the file, oldest first. */
  syncRuns(): SyncRun[] {
    return this.syncRunsTable.list();
  }

  /**
   * The counts `baton stats` prints, for the selected sync (with none selected, for every sync's rows).
   * Unlike `baton stats`, which always takes the latest finished sync, this honours `syncId`.
   */
  stats(): C1zStats {
    return computeStats(this.reader, this.selectedSync);
  }

  /** The notes the connector left on the selected sync (with none selected, on every sync). */
  notes(): SyncNote[] {
    return readNotes(this.db, this.selectedSync?.syncId);
  }

  close(): void {
    if (this.db.open) this.db.close();
    if (this.tempDir !== undefined) rmSync(this.tempDir, { recursive: true, force: true });
  }
}

function asInvalidData(file: string, err: unknown): BatonError {
  if (err instanceof BatonError) return err;
  return new BatonError('invalid-data', `${file} does not hold .c1z tables: ${(err as Error).message}`, { cause: err });
}

function select(file: string, syncRuns: SyncRuns, options: C1zReaderOptions): SyncRun | undefined {
  if (options.syncId === undefined) return syncRuns.selectDefault((options.now ?? (() => new Date()))());
  const run = syncRuns.get(options.syncId);
  if (!run) {
    const known = syncRuns.list().map((r) => r.syncId);
    throw new BatonError(
      'not-found',
      `${file} has no sync ${options.syncId}; its syncs are: ${known.length > 0 ? known.join(', ') : '(none)'}`,
    );
  }
  return run;
}
