// Builds a table's indexes once, after a bulk load, instead of updating them row by row.
import type { Database } from 'better-sqlite3';
import { mergeDuplicates } from './merge-duplicates.js';
import type { ObjectTable } from './row-codec.js';
import {
  ensureSchema,
  indexStatement,
  SECONDARY_INDEXES_OF,
  storedIndexSql,
  UNIQUE_INDEX_OF,
  type DeferredTable,
} from './schema.js';

const DEFERRED_TABLES = Object.keys(UNIQUE_INDEX_OF) as DeferredTable[];
const DEFERRED_INDEXES = DEFERRED_TABLES.flatMap((t) => [UNIQUE_INDEX_OF[t], ...SECONDARY_INDEXES_OF[t]]);

const isDeferred = (table: ObjectTable): table is DeferredTable => table !== 'resource_types';

/**
 * A commit of random ids dirties one page of each index per row, and each dirty page is written to the WAL
 * at every commit: with the indexes live, a million-grant sync writes gigabytes of WAL and spends most of its
 * time in random B-tree inserts. Built once with CREATE INDEX (a sort), they cost a fraction of that.
 *
 * Which indexes are missing is read from sqlite_master, so a resumed sync picks up where the killed one was.
 * A table without its unique index takes plain inserts; before anything reads it, `forLookups` merges the
 * repeated ids as the upsert would have and creates the index, and from then on commits upsert again.
 * Index entries then sit after the tables in sqlite_master, which no reader depends on; the statements
 * themselves stay character for character.
 */
export class DeferredIndexes {
  private readonly missing: Set<string>;

  constructor(private readonly db: Database) {
    const present = new Set(
      db
        .prepare<[], { name: string }>("select name from sqlite_master where type = 'index'")
        .all()
        .map((r) => r.name),
    );
    this.missing = new Set(DEFERRED_INDEXES.filter((name) => !present.has(name)));
  }

  /**
   * Drops the indexes of the resource, entitlement and grant tables whose stored SQL is exactly the v0.2.61
   * statement, so that they can be recreated identically. Indexes from other Go schema versions stay.
   */
  static dropFrom(db: Database): void {
    const rows = db
      .prepare<[], { name: string; sql: string | null }>("select name, sql from sqlite_master where type = 'index'")
      .all();
    for (const { name, sql } of rows) {
      if (DEFERRED_INDEXES.includes(name) && sql === storedIndexSql(name)) db.exec(`drop index ${name}`);
    }
  }

  /** Whether inserts into `table` can upsert: its unique (external_id, sync_id) index exists. */
  hasUnique(table: ObjectTable): boolean {
    return !isDeferred(table) || !this.missing.has(UNIQUE_INDEX_OF[table]);
  }

  /** Makes `table` hold one row per id, with its unique index: what lookups, listings and counts need. */
  forLookups(table: ObjectTable): void {
    if (this.hasUnique(table) || !isDeferred(table)) return;
    const name = UNIQUE_INDEX_OF[table];
    this.db
      .transaction(() => {
        try {
          this.db.exec(indexStatement(name));
        } catch (err) {
          // Sorting once to find out is cheaper than always merging first: repeated ids are rare.
          if ((err as { code?: unknown }).code !== 'SQLITE_CONSTRAINT_UNIQUE') throw err;
          mergeDuplicates(this.db, table);
          this.db.exec(indexStatement(name));
        }
      })
      .immediate();
    this.missing.delete(name);
  }

  /**
   * Everything `forLookups` does, plus the non-unique indexes that filtered reads of `table` use (`only`: just
   * these). An index built early is updated by every later commit, so one no read needs waits for `build`.
   */
  forFilters(table: ObjectTable, only?: readonly string[]): void {
    this.forLookups(table);
    if (!isDeferred(table)) return;
    for (const name of SECONDARY_INDEXES_OF[table]) {
      if (!this.missing.has(name) || (only && !only.includes(name))) continue;
      this.db.exec(indexStatement(name));
      this.missing.delete(name);
    }
  }

  /** Creates every missing index; cheap once everything exists. */
  build(): void {
    if (this.missing.size === 0) return;
    for (const table of DEFERRED_TABLES) this.forFilters(table);
    ensureSchema(this.db);
  }
}
