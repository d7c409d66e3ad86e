// Only the newest finished syncs stay in the file (BATON_KEEP_SYNC_COUNT), in every table, and stay readable.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readC1z } from '../../src/c1z/decompress.js';
import { C1zReader } from '../../src/c1z/reader.js';
import { SyncFile, type SyncFileOptions } from '../../src/c1z/sync-file.js';
import { steppingClock, tempDir } from './helpers.js';
import { sampleSync } from './sample-data.js';

const TABLES = ['v1_resource_types', 'v1_resources', 'v1_entitlements', 'v1_grants', 'v1_sync_runs', 'baton_sync_notes'];

async function syncOnce(file: string, tag: string, options: SyncFileOptions): Promise<string> {
  const sync = await SyncFile.begin(file, options);
  sync.writer.commit(sampleSync(tag), `done ${tag}`);
  return (await sync.finish()).syncId;
}

/** sync_id → row count, per table, read from the decompressed database. */
async function rowsPerSync(file: string, dir: string): Promise<Record<string, Record<string, number>>> {
  const dbPath = join(dir, `check-${Math.random().toString(36).slice(2)}.db`);
  await readC1z(file, dbPath);
  const db = new Database(dbPath, { readonly: true });
  try {
    const out: Record<string, Record<string, number>> = {};
    for (const table of TABLES) {
      const query = db.prepare<[], { sync_id: string; n: number }>(`select sync_id, count(*) n from ${table} group by sync_id`);
      const rows = query.all();
      out[table] = Object.fromEntries(rows.map((r) => [r.sync_id, r.n]));
    }
    return out;
  } finally {
    db.close();
  }
}

describe('keeping the newest finished syncs', () => {
  let dir: ReturnType<typeof tempDir>;
  let file: string;
  beforeEach(() => {
    dir = tempDir();
    file = join(dir.path, 'sync.c1z');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    dir.remove();
  });

  it('keeps 2 of 3 syncs in every table, and each kept sync reads back with its own data', async () => {
    const now = steppingClock('2026-02-01T10:00:00Z');
    const ids = [];
    for (const tag of ['-a', '-b', '-c']) ids.push(await syncOnce(file, tag, { now }));
    const [first, second, third] = ids as [string, string, string];

    const perSync = await rowsPerSync(file, dir.path);
    const data = sampleSync();
    const expected = {
      v1_resource_types: data.resourceTypes.length,
      v1_resources: data.resources.length,
      v1_entitlements: data.entitlements.length,
      v1_grants: data.grants.length,
      v1_sync_runs: 1,
      baton_sync_notes: data.notes.length,
    };
    for (const table of TABLES) {
      expect(perSync[table], table).toEqual({
        [second]: expected[table as keyof typeof expected],
        [third]: expected[table as keyof typeof expected],
      });
    }

    const latest = await C1zReader.open(file);
    try {
      expect(latest.syncRuns().map((r) => r.syncId)).toEqual([second, third]);
      expect(latest.selectedSync?.syncId).toBe(third);
      expect(latest.reader.getResource({ resourceType: 'user', resource: 'u1' })?.displayName).toBe('Ann 1-c');
      expect(latest.notes().map((n) => n.text)).toEqual([data.notes[0]?.text.replace(/$/, '-c')]);
    } finally {
      latest.close();
    }
    const older = await C1zReader.open(file, { syncId: second });
    try {
      expect(older.selectedSync?.syncId).toBe(second);
      expect(older.reader.getResource({ resourceType: 'user', resource: 'u1' })?.displayName).toBe('Ann 1-b');
      expect(older.stats().grants).toBe(data.grants.length);
    } finally {
      older.close();
    }
    await expect(C1zReader.open(file, { syncId: first })).rejects.toThrow(`has no sync ${first}`);
  });

  it('reads the count from BATON_KEEP_SYNC_COUNT and rejects nonsense there', async () => {
    const now = steppingClock('2026-02-01T10:00:00Z');
    vi.stubEnv('BATON_KEEP_SYNC_COUNT', '1');
    await syncOnce(file, '-a', { now });
    const last = await syncOnce(file, '-b', { now });
    const c1z = await C1zReader.open(file);
    try {
      expect(c1z.syncRuns().map((r) => r.syncId)).toEqual([last]);
    } finally {
      c1z.close();
    }
    vi.stubEnv('BATON_KEEP_SYNC_COUNT', 'two');
    await expect(SyncFile.begin(file)).rejects.toThrow(
      'environment variable BATON_KEEP_SYNC_COUNT="two" is not a positive integer',
    );
  });
});
