// A finished sync offers its working database before removing it: the offer gets exactly the bytes the new
// .c1z decodes to, a taker may move it away, and a failing taker never costs the sync.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { C1zReader } from '../../src/c1z/reader.js';
import { readC1z } from '../../src/c1z/decompress.js';
import { SyncFile } from '../../src/c1z/sync-file.js';
import { tempDir } from './helpers.js';
import { sampleSync } from './sample-data.js';

const dirs: { path: string; remove(): void }[] = [];
afterEach(() => { for (const d of dirs.splice(0)) d.remove(); });

async function syncInto(file: string, keepDecoded: (db: string, out: string) => Promise<boolean>): Promise<void> {
  const data = sampleSync();
  const sync = await SyncFile.begin(file, { keepDecoded });
  sync.writer.commit({ resourceTypes: data.resourceTypes, resources: data.resources, entitlements: data.entitlements, grants: data.grants }, '1');
  await sync.finish();
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('SyncFileOptions.keepDecoded', () => {
  it('hands over the finished working file, equal byte for byte to the decoded .c1z, and openDecoded reads it in place', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const file = join(dir.path, 'out.c1z');
    const kept = join(dir.path, 'kept.db');
    const offers: string[] = [];
    await syncInto(file, (db, out) => {
      offers.push(out);
      renameSync(db, kept);
      return Promise.resolve(true);
    });
    expect(offers).toEqual([file]);
    // Nothing of the working database is left beside the output.
    expect(readdirSync(dir.path).sort()).toEqual(['kept.db', 'out.c1z']);
    const decoded = join(dir.path, 'decoded.db');
    await readC1z(file, decoded);
    expect(sha(kept)).toBe(sha(decoded));
    const c1z = C1zReader.openDecoded(file, kept);
    expect(c1z.selectedSync?.endedAt).toBeDefined();
    expect(c1z.reader.count('grants')).toBe(sampleSync().grants.length);
    c1z.close();
    expect(existsSync(kept)).toBe(true);
  });

  it('removes the working file when the taker declines or fails, and the sync is saved either way', async () => {
    for (const taker of [() => Promise.resolve(false), () => Promise.reject(new Error('cache directory is read-only'))]) {
      const dir = tempDir();
      dirs.push(dir);
      const file = join(dir.path, 'out.c1z');
      await syncInto(file, taker);
      expect(readdirSync(dir.path)).toEqual(['out.c1z']);
      const c1z = await C1zReader.open(file);
      expect(c1z.reader.count('grants')).toBe(sampleSync().grants.length);
      c1z.close();
    }
  });
});
