// The v1_sync_runs table: creating, checkpointing, ending and choosing syncs the way the Go reader does.
import type { Database, Statement } from 'better-sqlite3';
import KSUID from 'ksuid';
import { BatonError } from '../errors.js';
import type { SyncRun, SyncType } from '../store/types.js';
import type { SchemaInfo } from './database.js';
import { formatTimestamp } from './timestamps.js';

interface SyncRunRow {
  sync_id: string;
  started_at: string;
  ended_at: string | null;
  sync_token: string;
  sync_type: string;
}

const toSyncRun = (row: SyncRunRow): SyncRun => ({
  syncId: row.sync_id,
  startedAt: row.started_at,
  endedAt: row.ended_at ?? undefined,
  syncToken: row.sync_token,
  syncType: row.sync_type,
});

/**
 * Adds the v0.3.0 columns (sync_type, parent_sync_id) Go's readers add on open, so a run can say it is not a
 * full sync; every run already in the file stays `full`.
 */
export function addSyncTypeColumns(db: Database): void {
  const columns = new Set(db.prepare<[], { name: string }>('select name from pragma_table_info(\'v1_sync_runs\')').all().map((c) => c.name));
  if (!columns.has('sync_type')) db.exec("alter table v1_sync_runs add column sync_type text not null default 'full'");
  if (!columns.has('parent_sync_id')) db.exec("alter table v1_sync_runs add column parent_sync_id text not null default ''");
}

const SEVEN_DAYS_MS = 7 * 24 * 60 * 60 * 1000;

export class SyncRuns {
  private readonly select: string;
  private readonly byId: Statement<[string], SyncRunRow>;
  private readonly setToken: Statement<[string, string]>;

  constructor(
    private readonly db: Database,
    private readonly schema: SchemaInfo,
  ) {
    // Files older than Go v0.3.0 have no sync_type column; every run in them is a full sync.
    const type = schema.hasSyncType ? 'sync_type' : "'full' as sync_type";
    this.select = `select sync_id, started_at, ended_at, sync_token, ${type} from v1_sync_runs`;
    this.byId = db.prepare(`${this.select} where sync_id = ?`);
    this.setToken = db.prepare('update v1_sync_runs set sync_token = ? where sync_id = ?');
  }

  /** Every run, oldest row first. */
  list(): SyncRun[] {
    return this.db.prepare<[], SyncRunRow>(`${this.select} order by id`).all().map(toSyncRun);
  }

  get(syncId: string): SyncRun | undefined {
    const row = this.byId.get(syncId);
    return row && toSyncRun(row);
  }

  /** The most recently inserted run: the one a crashed sync of ours left behind, if any. */
  newest(): SyncRun | undefined {
    const row = this.db.prepare<[], SyncRunRow>(`${this.select} order by id desc limit 1`).get();
    return row && toSyncRun(row);
  }

  /** Starts a sync with a real KSUID (Go's v1→v3 conversion parses it) and an empty checkpoint. */
  start(now: Date, syncType: SyncType = 'full'): SyncRun {
    const syncId = KSUID.randomSync(now).string;
    const columns = ['sync_id', 'started_at', 'ended_at', 'sync_token'];
    const values: (string | null)[] = [syncId, formatTimestamp(now), null, ''];
    if (this.schema.hasSyncType) {
      columns.push('sync_type');
      values.push(syncType);
    }
    const marks = columns.map(() => '?').join(', ');
    this.db.prepare(`insert into v1_sync_runs (${columns.join(', ')}) values (${marks})`).run(values);
    return this.mustGet(syncId);
  }

  checkpoint(syncId: string, token: string): void {
    this.setToken.run(token, syncId);
  }

  /** Marks the run finished; its token is cleared, as the Go reader expects of a finished sync. */
  end(syncId: string, now: Date): SyncRun {
    this.db
      .prepare("update v1_sync_runs set ended_at = ?, sync_token = '' where sync_id = ?")
      .run(formatTimestamp(now), syncId);
    return this.mustGet(syncId);
  }

  /** Finished runs, newest first by ended_at (a text sort, like Go). */
  finished(): SyncRun[] {
    return this.db
      .prepare<[], SyncRunRow>(`${this.select} where ended_at is not null order by ended_at desc, id desc`)
      .all()
      .map(toSyncRun);
  }

  /**
   * The sync Go v0.7.27 lists from when no sync id is given: the latest finished full sync; else the latest
   * unfinished one started in the last 7 days. Go compares started_at with a `T`-separated RFC 3339 string,
   * and so does this, so both pick the same run on the same file.
   */
  selectDefault(now: Date): SyncRun | undefined {
    const full = this.schema.hasSyncType ? " and sync_type = 'full'" : '';
    const finished = this.db
      .prepare<[], SyncRunRow>(`${this.select} where ended_at is not null${full} order by ended_at desc limit 1`)
      .get();
    if (finished) return toSyncRun(finished);
    const since = new Date(now.getTime() - SEVEN_DAYS_MS).toISOString();
    const unfinished = this.db
      .prepare<[string], SyncRunRow>(
        `${this.select} where ended_at is null and started_at >= ? order by started_at desc limit 1`,
      )
      .get(since);
    return unfinished && toSyncRun(unfinished);
  }

  private mustGet(syncId: string): SyncRun {
    const run = this.get(syncId);
    if (!run) throw new BatonError('internal', `v1_sync_runs has no row for sync ${syncId} right after writing it`);
    return run;
  }
}
