// Opens .c1z databases with the pragmas each use needs, and describes the schema variant a file has.
import DatabaseConstructor, { type Database } from 'better-sqlite3';
import { BatonError } from '../errors.js';
import { SYNC_NOTES_TABLE } from './sync-notes.js';

/**
 * Page cache of the working database, in KiB: a fixed cap keeps memory flat. Inserts append (the indexes are
 * built once at the end), so a larger cache only holds pages already written: at 20k users 64 MiB raised the
 * sync's peak RSS by ~60 MB over 16 MiB and saved no time.
 */
const WORKING_CACHE_KIB = 16 * 1024;
/**
 * WAL bytes before an automatic checkpoint (256 MiB). Each checkpoint fsyncs the WAL and the database, so
 * SQLite's default of 1000 pages (4 MiB) turns a bulk load into a stream of fsyncs; this bounds the WAL
 * while keeping them rare.
 */
const WORKING_WAL_BYTES = 256 * 1024 * 1024;

/**
 * The working database of a sync: WAL with synchronous=NORMAL makes each commit durable against a killed
 * process (the WAL is in the OS page cache) without an fsync per commit. temp_store stays on disk: CREATE INDEX
 * and VACUUM spill sorts and copies there that in memory would grow with the database. Only a commit's
 * transaction switches it to memory, for its statement journals (see SqliteSyncWriter.commit).
 */
export function openWorkingDatabase(path: string): Database {
  const db = openDatabase(path);
  // 16 KiB pages (a new file only; a previous sync's copy keeps its own): a quarter of the WAL frames and B-tree
  // pages per grant written. At 30k users the sync took 14.2 s instead of 15.0 s and expansion 3.4 s instead of
  // 4.4 s; 64 KiB pages were slower (16.5 s). Any page size is a valid .c1z.
  db.pragma('page_size = 16384');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma(`cache_size = -${WORKING_CACHE_KIB}`);
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.pragma(`wal_autocheckpoint = ${Math.floor(WORKING_WAL_BYTES / pageSize)}`);
  // CREATE INDEX sorts with a helper thread: the end-of-sync index build of 1M grants took 2.9 s instead of 3.5 s.
  db.pragma('threads = 2');
  return db;
}

/** A decompressed copy opened for reading; writes never reach the .c1z it came from. */
export function openReadDatabase(path: string): Database {
  const db = openDatabase(path);
  db.pragma('cache_size = -65536');
  return db;
}

function openDatabase(path: string): Database {
  try {
    const db = new DatabaseConstructor(path);
    // Reading one page proves the file is a SQLite database before anyone relies on it.
    db.prepare('select count(*) from sqlite_master').get();
    return db;
  } catch (err) {
    throw new BatonError('invalid-data', `${path} is not a readable SQLite database: ${(err as Error).message}`, {
      cause: err,
    });
  }
}

/** What differs between the Go schema generations that this code reads and appends to. */
export interface SchemaInfo {
  /** v0.3.0+ files have v1_sync_runs.sync_type; older ones count every run as full. */
  readonly hasSyncType: boolean;
  /** Every table with a sync_id column (Go's and the sync notes): what deleting a sync must clean. */
  readonly syncTables: readonly string[];
}

export function describeSchema(db: Database): SchemaInfo {
  const tables = db
    .prepare<[string], { name: string }>("select name from sqlite_master where type = 'table' and (name glob 'v1_*' or name = ?)")
    .all(SYNC_NOTES_TABLE)
    .map((t) => t.name);
  const columnsOf = (table: string): string[] =>
    db
      .prepare<[string], { name: string }>('select name from pragma_table_info(?)')
      .all(table)
      .map((c) => c.name);
  return {
    hasSyncType: columnsOf('v1_sync_runs').includes('sync_type'),
    syncTables: tables.filter((t) => columnsOf(t).includes('sync_id')),
  };
}
