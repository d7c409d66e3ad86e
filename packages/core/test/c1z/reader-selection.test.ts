// C1zReader picks the sync Go v0.7.27 would: --sync-id, else latest finished full, else recent unfinished, else none.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { writeC1z } from '../../src/c1z/compress.js';
import { C1zReader } from '../../src/c1z/reader.js';
import { pb } from '../../src/model/pb.js';
import { FIXTURES, listAll, tempDir } from './helpers.js';

interface Run {
  id: string;
  started: string;
  ended?: string;
  type?: string;
}

const NOW = new Date('2026-03-20T12:00:00Z');
const dir = tempDir();
afterAll(() => dir.remove());

/** A .c1z with the spec's v0.2.61 tables, the given runs (optionally with sync_type), and one user per run. */
async function craft(name: string, runs: Run[], withSyncType: boolean): Promise<string> {
  const dbPath = join(dir.path, `${name}.db`);
  const db = new Database(dbPath);
  db.exec(readFileSync(join(FIXTURES, 'schema-v0.2.61.sql'), 'utf8'));
  if (withSyncType) db.exec("alter table v1_sync_runs add column sync_type text not null default 'full'");
  for (const run of runs) {
    db.prepare('insert into v1_sync_runs (sync_id, started_at, ended_at, sync_token) values (?, ?, ?, ?)')
      .run(run.id, run.started, run.ended ?? null, '');
    if (run.type) db.prepare('update v1_sync_runs set sync_type = ? where sync_id = ?').run(run.type, run.id);
    const data = Buffer.from(pb.Resource.encode({ id: { resourceType: 'user', resource: `of-${run.id}` } }).finish());
    db.prepare('insert into v1_resources (resource_type_id, external_id, data, sync_id, discovered_at) values (?, ?, ?, ?, ?)')
      .run('user', `user:of-${run.id}`, data, run.id, run.started);
  }
  db.close();
  const out = join(dir.path, `${name}.c1z`);
  await writeC1z(dbPath, out);
  return out;
}

async function selected(file: string, syncId?: string): Promise<{ id: string | undefined; users: string[] }> {
  const c1z = await C1zReader.open(file, { now: () => NOW, ...(syncId === undefined ? {} : { syncId }) });
  try {
    const users = listAll((a, n) => c1z.reader.listResources({}, a, n)).map((r) => r.id?.resource ?? '');
    return { id: c1z.selectedSync?.syncId, users: users.sort() };
  } finally {
    c1z.close();
  }
}

const A: Run = { id: 'A', started: '2026-03-01 10:00:00.000000', ended: '2026-03-01 11:00:00.000000' };
const B: Run = { id: 'B', started: '2026-03-02 09:00:00.000000', ended: '2026-03-02 09:30:00.000000' };
const RECENT: Run = { id: 'RECENT', started: '2026-03-18 10:00:00.000000' };
const STALE: Run = { id: 'STALE', started: '2026-03-10 10:00:00.000000' };

describe('sync selection', () => {
  it('takes the latest finished sync by ended_at text, over a newer unfinished one', async () => {
    const file = await craft('finished', [B, A, RECENT], false);
    expect(await selected(file)).toEqual({ id: 'B', users: ['of-B'] });
  });

  it('counts only full syncs as finished when the file has sync_type', async () => {
    const file = await craft('typed', [A, { ...B, type: 'partial' }], true);
    expect((await selected(file)).id).toBe('A');
    const c1z = await C1zReader.open(file, { syncId: 'B' });
    try {
      expect(c1z.selectedSync?.syncType).toBe('partial');
      expect(c1z.stats()).toMatchObject({ resourceTypes: 0, entitlements: 0, grants: 0 });
    } finally {
      c1z.close();
    }
  });

  it('treats every sync of a file without sync_type as full', async () => {
    const file = await craft('untyped', [A], false);
    const c1z = await C1zReader.open(file);
    try {
      expect(c1z.syncRuns()).toEqual([
        { syncId: 'A', startedAt: A.started, endedAt: A.ended, syncToken: '', syncType: 'full' },
      ]);
    } finally {
      c1z.close();
    }
  });

  it('falls back to the latest unfinished sync started within 7 days', async () => {
    const file = await craft('unfinished', [STALE, RECENT], false);
    expect(await selected(file)).toEqual({ id: 'RECENT', users: ['of-RECENT'] });
  });

  it('selects nothing when the only unfinished sync is older, and then reads every sync like Go', async () => {
    const file = await craft('stale', [STALE, { ...RECENT, id: 'OLDER', started: '2026-03-01 00:00:00.000000' }], false);
    expect(await selected(file)).toEqual({ id: undefined, users: ['of-OLDER', 'of-STALE'] });
  });

  it('honours an explicit sync id, even an older or unfinished one, and rejects unknown ids', async () => {
    const file = await craft('explicit', [A, B, STALE], false);
    expect(await selected(file, 'A')).toEqual({ id: 'A', users: ['of-A'] });
    expect(await selected(file, 'STALE')).toEqual({ id: 'STALE', users: ['of-STALE'] });
    await expect(selected(file, 'NOPE')).rejects.toThrow(`${file} has no sync NOPE; its syncs are: A, B, STALE`);
  });

  it('reads a missing or empty file as a file with no syncs', async () => {
    const empty = join(dir.path, 'empty.c1z');
    writeFileSync(empty, '');
    for (const file of [empty, join(dir.path, 'missing.c1z')]) {
      const c1z = await C1zReader.open(file);
      try {
        expect(c1z.syncRuns()).toEqual([]);
        expect(c1z.selectedSync).toBeUndefined();
        expect(c1z.stats()).toEqual({ resourceTypes: 0, resources: {}, entitlements: 0, grants: 0 });
      } finally {
        c1z.close();
      }
    }
  });
});
