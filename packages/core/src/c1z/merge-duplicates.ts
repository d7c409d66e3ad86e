// Folds rows that share (external_id, sync_id) into one, leaving the table as Go's upsert would have.
import type { Database } from 'better-sqlite3';
import type { DeferredTable } from './schema.js';

/**
 * While a table is loaded without its unique index, a repeated id becomes a second row with a higher rowid.
 * Rowids only grow during a load, so per id the lowest rowid is the first write and the highest the last.
 * The first row keeps its rowid, indexed columns and discovered_at and takes the last row's data, exactly
 * what `on conflict (external_id, sync_id) do update set data = excluded.data` would have left; the later
 * rows are deleted. Returns the number of rows deleted. Call it inside the transaction that then creates the
 * unique index, so a crash in between leaves the duplicates rather than half of a merge.
 */
export function mergeDuplicates(db: Database, table: DeferredTable): number {
  const t = `v1_${table}`;
  db.exec(
    'create temp table c1z_merge (keep_id integer primary key, last_id integer not null, ' +
      'external_id text not null, sync_id text not null)',
  );
  try {
    db.exec(
      `insert into temp.c1z_merge select min(id), max(id), external_id, sync_id from ${t} ` +
        'group by external_id, sync_id having count(*) > 1',
    );
    db.exec(
      `update ${t} set data = (select last.data from temp.c1z_merge m join ${t} last on last.id = m.last_id ` +
        `where m.keep_id = ${t}.id) where id in (select keep_id from temp.c1z_merge)`,
    );
    return db
      .prepare(
        `delete from ${t} where (external_id, sync_id) in (select external_id, sync_id from temp.c1z_merge) ` +
          'and id not in (select keep_id from temp.c1z_merge)',
      )
      .run().changes;
  } finally {
    db.exec('drop table temp.c1z_merge');
  }
}
