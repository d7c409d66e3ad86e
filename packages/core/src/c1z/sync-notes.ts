// Notes a connector leaves about a sync (e.g. how a listing ended), in a table of this project's own.
import type { Database, Statement } from 'better-sqlite3';
import type { SyncNote } from '../connector/contract.js';

/**
 * Not `v1_`-prefixed: that namespace is Go's. Go only ever queries its own tables by name, so an extra table
 * leaves every Go reader as it was, and Go's cleanup leaves it alone (our own cleanup deletes by sync_id).
 */
export const SYNC_NOTES_TABLE = 'baton_sync_notes';

const SCHEMA = `create table if not exists ${SYNC_NOTES_TABLE} (
    id integer primary key,
    sync_id text not null,
    topic text not null,
    note text not null
);
create unique index if not exists idx_baton_sync_notes_sync_topic on ${SYNC_NOTES_TABLE} (sync_id, topic);`;

export function ensureNotesTable(db: Database): void {
  db.exec(SCHEMA);
}

/** One note per topic and sync: a later note on the same topic (a listing re-run after a resume) replaces it. */
export function notesUpsert(db: Database): Statement<[string, string, string]> {
  return db.prepare(
    `insert into ${SYNC_NOTES_TABLE} (sync_id, topic, note) values (?, ?, ?) on conflict (sync_id, topic) do update set note = excluded.note`,
  );
}

/** The notes of `syncId` (of every sync when undefined), in the order first written; none in files without the table. */
export function readNotes(db: Database, syncId: string | undefined): SyncNote[] {
  const exists = db.prepare<[string], { n: number }>("select count(*) as n from sqlite_master where type = 'table' and name = ?").get(SYNC_NOTES_TABLE);
  if (!exists || exists.n === 0) return [];
  const rows =
    syncId === undefined
      ? db.prepare<[], SyncNote>(`select topic, note as text from ${SYNC_NOTES_TABLE} order by id`).all()
      : db.prepare<[string], SyncNote>(`select topic, note as text from ${SYNC_NOTES_TABLE} where sync_id = ? order by id`).all(syncId);
  return rows.map((r) => ({ topic: r.topic, text: r.text }));
}
