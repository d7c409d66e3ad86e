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
  private readonly statements = new Map<number, Statement<unknown[]>>();

  constructor(
    private readonly db: Database,
    private readonly table: ObjectTable,
  ) {
    this.columns = [...INSERT_COLUMNS[table], 'sync_id', 'discovered_at'];
  }

  /**
   * Upserts `rows` for `syncId`. A repeated external_id keeps its first row (rowid, indexed columns,
   * discovered_at) and takes the newest data, exactly like Go's ON CONFLICT clause.
   */
  run(rows: readonly RowValues[], syncId: string, discoveredAt: string): void {
    for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
      const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
      const params: unknown[] = [];
      for (const row of chunk) params.push(...row, syncId, discoveredAt);
      this.statement(chunk.length).run(params);
    }
  }

  private statement(rowCount: number): Statement<unknown[]> {
    let stmt = this.statements.get(rowCount);
    if (!stmt) {
      const tuple = `(${this.columns.map(() => '?').join(', ')})`;
      stmt = this.db.prepare(
        `insert into v1_${this.table} (${this.columns.join(', ')}) values ` +
          `${Array.from({ length: rowCount }, () => tuple).join(', ')} ` +
          'on conflict (external_id, sync_id) do update set data = excluded.data',
      );
      this.statements.set(rowCount, stmt);
    }
    return stmt;
  }
}
