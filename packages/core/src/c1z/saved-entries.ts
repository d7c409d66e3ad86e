// Connector state saved for a resume, in a table of the working file that the finished .c1z does not keep.
import type { Database, Statement } from 'better-sqlite3';
import type { SavedEntry } from '../connector/contract.js';

/** Only ever in the working database of the one unfinished sync: `finish` drops it before compressing. */
export const SAVED_TABLE = 'baton_working_saved';

const SCHEMA = `create table if not exists ${SAVED_TABLE} (
    id integer primary key,
    kind text not null,
    key text not null,
    value text not null,
    unique (kind, key)
);`;

export class SavedEntries {
  private readonly upsert: Statement<[string, string, string]>;
  private readonly byKind: Statement<[string, number, number], { id: number; key: string; value: string }>;
  private readonly byKey: Statement<[string, string], { value: string }>;

  constructor(db: Database) {
    db.exec(SCHEMA);
    this.upsert = db.prepare(
      `insert into ${SAVED_TABLE} (kind, key, value) values (?, ?, ?) on conflict (kind, key) do update set value = excluded.value`,
    );
    this.byKind = db.prepare(`select id, key, value from ${SAVED_TABLE} where kind = ? and id > ? order by id limit ?`);
    this.byKey = db.prepare(`select value from ${SAVED_TABLE} where kind = ? and key = ?`);
  }

  entry(kind: string, key: string): string | undefined {
    return this.byKey.get(kind, key)?.value;
  }

  /** Inside the caller's transaction. */
  put(entries: readonly SavedEntry[]): void {
    for (const e of entries) this.upsert.run(e.kind, e.key, e.value);
  }

  /** Read in pages, so a large kind is never held whole. */
  *entries(kind: string): Iterable<SavedEntry> {
    for (let after = 0; ; ) {
      const rows = this.byKind.all(kind, after, 1000);
      for (const r of rows) yield { kind, key: r.key, value: r.value };
      if (rows.length < 1000) return;
      after = rows[rows.length - 1]!.id;
    }
  }

  /** Zeroes the table's pages as they are freed: left as they were, they would be compressed into the .c1z. */
  static dropFrom(db: Database): void {
    const before = db.pragma('secure_delete', { simple: true }) as number;
    db.pragma('secure_delete = on');
    db.exec(`drop table if exists ${SAVED_TABLE}`);
    db.pragma(`secure_delete = ${before}`);
  }
}
