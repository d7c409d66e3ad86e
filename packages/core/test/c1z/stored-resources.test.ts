// The listing asks once per page which of its resources this sync already stored, in one read.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { SyncFile } from '../../src/c1z/sync-file.js';
import type { Resource } from '../../src/model/pb.js';
import { tempDir } from '../support/temp.js';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir('stored-resources');
});
afterEach(() => dir.remove());

const resource = (type: string, id: string): Resource => ({ id: { resourceType: type, resource: id }, displayName: id });

it('reports the ids this sync stored, not those of an earlier sync in the same file', async () => {
  const path = `${dir.path}/s.c1z`;
  const earlier = await SyncFile.begin(path, { keepSyncs: 2 });
  earlier.writer.commit({ resources: [resource('user', 'old'), resource('user', 'ann')] }, '');
  await earlier.finish();

  const file = await SyncFile.begin(path, { keepSyncs: 2 });
  const w = file.writer;
  w.commit({ resources: [resource('user', 'ann'), resource('group', 'ops'), resource('user', 'a"b\\c')] }, '');
  const asked = [resource('user', 'ann'), resource('user', 'old'), resource('group', 'ann'), resource('group', 'ops'), resource('user', 'a"b\\c'), resource('user', 'nobody')];
  const stored = w.storedResources(asked.map((r) => r.id ?? {}));
  expect([...stored].sort()).toEqual(['group:ops', 'user:a"b\\c', 'user:ann']);
  // The same answer as one lookup per id.
  for (const r of asked) expect(stored.has(`${r.id?.resourceType}:${r.id?.resource}`)).toBe(w.getResource(r.id ?? {}) !== undefined);
  expect(w.storedResources([]).size).toBe(0);
  await file.abandon();
});
