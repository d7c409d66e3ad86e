// Multi-row upserts with cached statements: one SQL statement per chunk of rows, as the Go store does.
import type { Database, Statement } from 'better-sqlite3';
import { INSERT_COLUMNS, type ObjectTable, type RowValues } from './row-codec.js';

/**
 * Rows per statement. Every execution has a fixed cost (the native call, VM setup, reset), so wider
 * statements insert faster; 64 grants bind 576 values, far below SQLite's limit of 32766.
 */
const ROWS_PER_STATEMENT = 64;

export class BatchInsert {
  private readonly columns: readonly string[];
  private readonly idColumn: number;
  private readonly statements = new Map<string, Statement<unknown[]>>();

  constructor(
    private readonly db: Database,
    private readonly table: ObjectTable,
  ) {
    this.columns = [...INSERT_COLUMNS[table], 'sync_id', 'discovered_at'];
    this.idColumn = INSERT_COLUMNS[table].indexOf('external_id');
  }

  /**
   * Upserts `rows` for `syncId`. A repeated external_id keeps its first row (rowid, indexed columns,
   * discovered_at) and takes the newest data, exactly like Go's ON CONFLICT clause. Without `upsert` (the
   * table has no unique index yet) every row is appended, and repeats are merged later (mergeDuplicates).
   */
  run(rows: readonly RowValues[], syncId: string, discoveredAt: string, upsert: boolean): void {
    const unique = foldRepeats(rows, this.idColumn);
    for (let start = 0; start < unique.length; start += ROWS_PER_STATEMENT) {
      const chunk = unique.slice(start, start + ROWS_PER_STATEMENT);
      const params: unknown[] = [];
      for (const row of chunk) params.push(...row, syncId, discoveredAt);
      this.statement(chunk.length, upsert).run(params);
    }
  }

  private statement(rowCount: number, upsert: boolean): Statement<unknown[]> {
    const key = `${upsert ? 'upsert' : 'append'}:${rowCount}`;
    let stmt = this.statements.get(key);
    if (!stmt) {
      const tuple = `(${this.columns.map(() => '?').join(', ')})`;
      stmt = this.db.prepare(
        `insert into v1_${this.table} (${this.columns.join(', ')}) values ` +
          `${Array.from({ length: rowCount }, () => tuple).join(', ')}` +
          (upsert ? ' on conflict (external_id, sync_id) do update set data = excluded.data' : ''),
      );
      this.statements.set(key, stmt);
    }
    return stmt;
  }
}

/**
 * Folds rows of one commit that repeat an external_id into the first of them, with the last one's data: the
 * rows the upsert would have left, rowids included (a folded row never takes one). Tables loaded without
 * their unique index then only see repeats that span commits.
 */
function foldRepeats(rows: readonly RowValues[], idColumn: number): readonly RowValues[] {
  const firstAt = new Map<RowValues[number], number>();
  let folded: RowValues[] | undefined;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const at = firstAt.get(row[idColumn] ?? null);
    if (at === undefined) {
      firstAt.set(row[idColumn] ?? null, folded ? folded.length : i);
      folded?.push(row);
      continue;
    }
    folded ??= rows.slice(0, i);
    const merged = [...folded[at]!];
    merged[merged.length - 1] = row[row.length - 1] ?? null;
    folded[at] = merged;
  }
  return folded ?? rows;
}
