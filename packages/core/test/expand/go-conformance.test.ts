// Grant expansion must produce exactly what the Go SDK produced for the same unfinished sync.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readC1z } from '../../src/c1z/decompress.js';
import { C1zReader } from '../../src/c1z/reader.js';
import { SyncFile } from '../../src/c1z/sync-file.js';
import { hasAnnotation } from '../../src/model/annotations.js';
import { expandGrants } from '../../src/sync/expand-grants.js';
import { grantTriples } from '../support/c1z-contents.js';

const FIXTURES = new URL('../c1z/fixtures/', import.meta.url).pathname;
const HUNDRED_YEARS_MS = 100 * 365 * 24 * 60 * 60 * 1000;

describe('grant expansion against the Go SDK fixture', () => {
  let dir: string;
  let ours: Map<string, string[]>;
  let theirs: Map<string, string[]>;
  let immutable = 0;
  let created = 0;
  let syncId = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'go-expansion-'));
    const file = join(dir, 'sync.c1z');
    copyFileSync(join(FIXTURES, 'go-expansion.unexpanded.c1z'), file);
    // SyncFile resumes from the working database beside the file, while Go left its unfinished sync inside
    // the .c1z: unpacking it there makes the store resume Go's sync, same id and grants.
    await readC1z(file, `${file}.partial`);
    const sync = await SyncFile.begin(file, { resumeMaxAgeMs: HUNDRED_YEARS_MS });
    expect(sync.writer.resumed).toBe(true);
    syncId = sync.writer.syncId;
    expect(syncId).toBe('36zfOAoWMxQdISbixanQCRBiX7E');
    created = (await expandGrants(sync.writer)).grantsCreated;
    await sync.finish();

    const mine = await C1zReader.open(file);
    try {
      expect(mine.selectedSync?.syncId).toBe(syncId);
      ours = grantTriples(mine.reader);
      for (let after = 0; ; ) {
        const rows = mine.reader.listGrants({}, after, 5000);
        immutable += rows.filter((r) => hasAnnotation(r.value.annotations, 'GrantImmutable')).length;
        if (rows.length < 5000) break;
        after = rows[rows.length - 1]!.rowId;
      }
    } finally {
      mine.close();
    }
    const go = await C1zReader.open(join(FIXTURES, 'go-expansion.expanded.c1z'));
    try {
      theirs = grantTriples(go.reader);
    } finally {
      go.close();
    }
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the same grants: 14,981 in all, 12,072 synthesized', () => {
    expect(theirs.size).toBe(14_981);
    expect(ours.size).toBe(14_981);
    expect(created).toBe(12_072);
    expect(immutable).toBe(12_072);
    const missing = [...theirs.keys()].filter((k) => !ours.has(k));
    const extra = [...ours.keys()].filter((k) => !theirs.has(k));
    expect({ missing: missing.slice(0, 5), extra: extra.slice(0, 5) }).toEqual({ missing: [], extra: [] });
  });

  it('records the same source entitlements on every grant', () => {
    const different = [...theirs].filter(([key, sources]) => JSON.stringify(ours.get(key)) !== JSON.stringify(sources));
    expect(different.slice(0, 5)).toEqual([]);
  });
});
