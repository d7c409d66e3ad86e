// Tables loaded without their unique index end up exactly as Go's upsert leaves them, within and across commits.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { C1zReader } from '../../src/c1z/reader.js';
import { storedIndexSql } from '../../src/c1z/schema.js';
import { SyncFile } from '../../src/c1z/sync-file.js';
import { pb, type Grant } from '../../src/model/pb.js';
import type { PageWrite } from '../../src/store/types.js';
import { steppingClock, tempDir } from './helpers.js';
import { group, member, membership, user } from './sample-data.js';

interface RawRow {
  id: number;
  external_id: string;
  principal_resource_id: string;
  data: Buffer;
  discovered_at: string;
}

const g1 = member(group(1));
const g2 = member(group(2));
const grant = (e: typeof g1, n: number): Grant => membership(e, user(n));
/** Same grant id, but another principal column and another blob: the repeat the upsert must fold. */
const repeat = (g: Grant, n: number): Grant => ({ ...g, principal: user(n) });

/** Commits with the same grant id repeated across commits, and once inside a commit. */
const pages: PageWrite[] = [
  { grants: [grant(g1, 1), grant(g1, 2)] },
  { grants: [grant(g1, 3), repeat(grant(g1, 1), 11)] },
  { grants: [grant(g2, 1), repeat(grant(g1, 2), 12), repeat(grant(g2, 1), 21)] },
  { grants: [repeat(grant(g1, 1), 13), grant(g2, 2)] },
];

/** Writes `pages`; `readAfter` forces the unique index into place after that many commits. */
async function write(file: string, readAfter: number | undefined): Promise<RawRow[]> {
  const sync = await SyncFile.begin(file, { now: steppingClock('2025-03-01T00:00:00Z') });
  pages.forEach((page, i) => {
    if (i === readAfter) sync.writer.getGrant('nothing');
    sync.writer.commit(page, String(i));
  });
  await sync.finish();
  const c1z = await C1zReader.open(file);
  try {
    const db = new Database(c1z.dbPath, { readonly: true });
    try {
      const index = db.prepare("select sql from sqlite_master where name = 'idx_grants_external_sync_v1'").get();
      expect(index).toEqual({ sql: storedIndexSql('idx_grants_external_sync_v1') });
      return db
        .prepare<[], RawRow>('select id, external_id, principal_resource_id, data, discovered_at from v1_grants order by id')
        .all();
    } finally {
      db.close();
    }
  } finally {
    c1z.close();
  }
}

describe('ids repeated while the unique index is deferred', () => {
  const dir = tempDir();
  afterAll(() => dir.remove());

  it('keep the first row (rowid, indexed columns, discovered_at) with the last data, as the live upsert does', async () => {
    const deferred = await write(join(dir.path, 'deferred.c1z'), undefined);
    const live = await write(join(dir.path, 'live.c1z'), 0);
    const withoutRowId = (rows: RawRow[]) => rows.map(({ id: _, ...rest }) => rest);
    expect(withoutRowId(deferred)).toEqual(withoutRowId(live));
    expect(deferred.map((r) => r.external_id)).toEqual([
      'group:g1:member:user:u1',
      'group:g1:member:user:u2',
      'group:g1:member:user:u3',
      'group:g2:member:user:u1',
      'group:g2:member:user:u2',
    ]);
    const first = deferred[0]!;
    expect(first.id).toBe(live[0]!.id);
    expect(first.principal_resource_id).toBe('u1');
    expect(pb.Grant.decode(first.data).principal?.id?.resource).toBe('u13');
    // The repeat inside the third commit never took a rowid, exactly as with the upsert.
    expect(pb.Grant.decode(deferred[3]!.data).principal?.id?.resource).toBe('u21');
    // discovered_at is the commit's time: u1 keeps the first commit's, shared with u2, while the others differ.
    expect(first.discovered_at).toBe(deferred[1]!.discovered_at);
    expect(new Set(deferred.map((r) => r.discovered_at)).size).toBe(4);
  });

  it('are merged before any read, survive a restart in between, and later commits upsert', async () => {
    const file = join(dir.path, 'resume.c1z');
    const first = await SyncFile.begin(file);
    first.writer.commit({ grants: [grant(g1, 1), grant(g1, 2)] }, 'a');
    await first.abandon();

    const second = await SyncFile.begin(file);
    const w = second.writer;
    expect(w.resumed).toBe(true);
    w.commit({ grants: [repeat(grant(g1, 1), 11), grant(g1, 3)] }, 'b');
    expect(w.count('grants')).toBe(3);
    expect(w.getGrant('group:g1:member:user:u1')?.principal?.id?.resource).toBe('u11');
    const rows = w.listGrants({}, 0, 10);
    expect(rows.map((r) => r.value.id)).toEqual([
      'group:g1:member:user:u1',
      'group:g1:member:user:u2',
      'group:g1:member:user:u3',
    ]);
    w.commit({ grants: [repeat(grant(g1, 2), 12)] }, 'c');
    const byPrincipal = w.listGrants({ principal: { resourceType: 'user', resource: 'u2' } }, 0, 10);
    expect(byPrincipal.map((r) => [r.rowId, r.value.principal?.id?.resource])).toEqual([[rows[1]!.rowId, 'u12']]);
    await second.finish();

    const c1z = await C1zReader.open(file);
    try {
      expect(c1z.reader.count('grants')).toBe(3);
      expect(c1z.reader.getGrant('group:g1:member:user:u1')?.principal?.id?.resource).toBe('u11');
    } finally {
      c1z.close();
    }
  });

  it('fold inside one commit without spending rowids', async () => {
    const sync = await SyncFile.begin(join(dir.path, 'fold.c1z'));
    const w = sync.writer;
    w.commit({ grants: [grant(g1, 1), grant(g1, 2), repeat(grant(g1, 1), 11), grant(g1, 3)] }, 'a');
    w.commit({ grants: [grant(g2, 1)] }, 'b');
    const rows = w.listGrants({}, 0, 10);
    const start = rows[0]!.rowId;
    expect(rows.map((r) => r.rowId)).toEqual([start, start + 1, start + 2, start + 3]);
    expect(rows[0]!.value.principal?.id?.resource).toBe('u11');
    await sync.abandon();
  });
});
