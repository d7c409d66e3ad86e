// Builds the secondary indexes once, after a bulk load, instead of updating them row by row.
import type { Database } from 'better-sqlite3';
import { ensureSchema, SECONDARY_INDEXES, storedIndexSql } from './schema.js';

/**
 * A commit of random principals dirties one page of the principal index per row, and each dirty page is
 * written to the WAL at every commit: with these indexes live, a million-grant sync writes gigabytes of WAL.
 * Built once with CREATE INDEX (a sort), they cost a fraction of that. Index entries then sit after the
 * tables in sqlite_master, which no reader depends on; the statements themselves stay character for character.
 */
export class DeferredIndexes {
  private pending: boolean;

  constructor(private readonly db: Database) {
    this.pending = missing(db).length > 0;
  }

  /**
   * Drops the secondary indexes whose stored SQL is exactly the v0.2.61 statement, so that `build()` can
   * recreate them identically. Indexes from other Go schema versions are left in place.
   */
  static dropFrom(db: Database): void {
    const rows = db
      .prepare<[], { name: string; sql: string | null }>("select name, sql from sqlite_master where type = 'index'")
      .all();
    for (const { name, sql } of rows) {
      if (SECONDARY_INDEXES.includes(name) && sql === storedIndexSql(name)) db.exec(`drop index ${name}`);
    }
  }

  /** Creates whatever secondary index is missing; cheap once everything exists. */
  build(): void {
    if (!this.pending) return;
    ensureSchema(this.db);
    this.pending = false;
  }
}

function missing(db: Database): string[] {
  const present = new Set(
    db
      .prepare<[], { name: string }>("select name from sqlite_master where type = 'index'")
      .all()
      .map((r) => r.name),
  );
  return SECONDARY_INDEXES.filter((name) => !present.has(name));
}
