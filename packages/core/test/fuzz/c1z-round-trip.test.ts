// Fuzz: any resources with any (valid Unicode) names and profiles read back from a finished .c1z exactly as written.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { C1zReader } from '../../src/c1z/reader.js';
import { SyncFile } from '../../src/c1z/sync-file.js';
import { pb, type Resource } from '../../src/model/pb.js';
import { listAll, tempDir } from '../c1z/helpers.js';

const text = fc.string({ unit: 'grapheme', maxLength: 40 });
const resource = fc.record({
  id: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
  name: text,
  description: text,
});

const hex = (r: Resource): string => Buffer.from(pb.Resource.encode(r).finish()).toString('hex');

describe('fuzz: .c1z round trip', () => {
  it('reads back every resource byte for byte', async () => {
    const dir = tempDir();
    let run = 0;
    try {
      await fc.assert(
        fc.asyncProperty(fc.uniqueArray(resource, { selector: (r) => r.id, maxLength: 25 }), async (items) => {
          const file = join(dir.path, `fuzz-${run++}.c1z`);
          const resources: Resource[] = items.map((r) => ({
            id: { resourceType: 'user', resource: r.id },
            displayName: r.name,
            description: r.description,
          }));
          const sync = await SyncFile.begin(file);
          sync.writer.commit({ resourceTypes: [{ id: 'user', displayName: 'User' }] }, '1');
          sync.writer.commit({ resources }, '2');
          await sync.finish();
          const c1z = await C1zReader.open(file);
          try {
            const read = listAll((after, n) => c1z.reader.listResources({}, after, n));
            expect(read.map(hex)).toEqual(resources.map((r) => hex(pb.Resource.fromObject(r))));
          } finally {
            c1z.close();
          }
        }),
        { numRuns: 12, seed: 7 },
      );
    } finally {
      dir.remove();
    }
  });
});
