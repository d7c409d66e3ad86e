// Every table of a .c1z, row by row, for comparing two syncs of the same data. The files themselves are never
// byte-identical (sync ids and times differ), so rows are compared without the columns that name the run.
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { readC1z } from '@baton-scim/core';
import Database from 'better-sqlite3';

/** Columns that differ between two runs over the same data by design: row ids, the sync id, times. */
const PER_RUN = new Set(['id', 'sync_id', 'discovered_at', 'started_at', 'ended_at']);

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`;
const cell = (v: unknown): unknown => (v instanceof Uint8Array ? `base64:${Buffer.from(v).toString('base64')}` : v);

/**
 * Table name → its rows of the file's latest finished sync (every row, for a table without a sync id), each
 * as JSON without the per-run columns, sorted. Blobs, the encoded objects, are compared byte for byte.
 */
export async function tableRows(file: string, scratchDir: string): Promise<Record<string, string[]>> {
  const dbPath = join(scratchDir, `${randomUUID()}.db`);
  if (!(await readC1z(file, dbPath))) throw new Error(`${file} holds no data`);
  const db = new Database(dbPath, { readonly: true });
  try {
    const latest = db.prepare('select sync_id from v1_sync_runs where ended_at is not null order by ended_at desc limit 1').pluck().get();
    if (typeof latest !== 'string') throw new Error(`${file} has no finished sync`);
    const tables = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").pluck().all() as string[];
    const out: Record<string, string[]> = {};
    for (const table of tables) {
      const columns = (db.pragma(`table_info(${quote(table)})`) as { name: string }[]).map((c) => c.name);
      const kept = columns.filter((c) => !PER_RUN.has(c));
      const bySync = columns.includes('sync_id');
      const rows = db
        .prepare(`select ${kept.map(quote).join(', ')} from ${quote(table)}${bySync ? ' where sync_id = ?' : ''}`)
        .raw()
        .all(...(bySync ? [latest] : [])) as unknown[][];
      out[table] = rows.map((row) => JSON.stringify(Object.fromEntries(row.map((v, i) => [kept[i], cell(v)])))).sort();
    }
    return out;
  } finally {
    db.close();
    await rm(dbPath, { force: true });
  }
}
