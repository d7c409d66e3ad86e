// Drops all but the newest finished syncs from a database, as Go's Cleanup does after every sync.
import type { Database } from 'better-sqlite3';
import type { Logger } from '../logger.js';
import type { SchemaInfo } from './database.js';
import type { SyncRuns } from './sync-runs.js';

/**
 * Deletes the rows of every finished sync older than the newest `keep`, from every table that has a sync_id,
 * in one transaction. Unfinished syncs are left alone. Returns the deleted sync ids.
 */
export function deleteOldSyncs(
  db: Database,
  schema: SchemaInfo,
  syncRuns: SyncRuns,
  keep: number,
  logger: Logger,
): string[] {
  const doomed = syncRuns
    .finished()
    .slice(keep)
    .map((run) => run.syncId);
  if (doomed.length === 0) return doomed;
  const deletes = schema.syncTables.map((table) => db.prepare<[string]>(`delete from ${table} where sync_id = ?`));
  db.transaction(() => {
    for (const syncId of doomed) for (const del of deletes) del.run(syncId);
  }).immediate();
  logger.info({ deleted: doomed, kept: keep }, 'deleted old syncs');
  return doomed;
}

/** Rebuilds the file without the freed pages (the copy goes through a temp file, see openWorkingDatabase). */
export function vacuum(db: Database): void {
  db.exec('VACUUM');
}
