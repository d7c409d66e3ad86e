// An entitlement's grants page in the order of the (entitlement, principal) index, so a page costs its own rows:
// grant expansion reads its source entitlements this way, and one with many holders stays linear.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { holdersSql } from '../../src/c1z/sqlite-reader.js';
import { SyncFile } from '../../src/c1z/sync-file.js';
import type { Grant } from '../../src/model/pb.js';
import type { HolderCursor } from '../../src/store/types.js';
import { tempDir } from '../support/temp.js';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir('holders-of');
});
afterEach(() => dir.remove());

const entitlement = (id: string): NonNullable<Grant['entitlement']> => ({ id, resource: { id: { resourceType: 'group', resource: id } } });
const grant = (id: string, ent: string, type: string, principal: string): Grant => ({
  id,
  entitlement: entitlement(ent),
  principal: { id: { resourceType: type, resource: principal } },
});

it('returns every grant of the entitlement once, by principal and rowid, across pages that split a principal', async () => {
  const file = await SyncFile.begin(`${dir.path}/h.c1z`);
  const w = file.writer;
  // Inserted out of principal order; "bo" holds the entitlement through three grants (ids a connector chose).
  const mine = [
    grant('g1', 'E', 'user', 'cy'),
    grant('g2', 'E', 'user', 'bo'),
    grant('g3', 'E', 'group', 'ops'),
    grant('g4', 'E', 'user', 'bo'),
    grant('g5', 'E', 'user', 'al'),
    grant('g6', 'E', 'user', 'bo'),
  ];
  w.commit({ grants: [...mine.slice(0, 3), grant('x1', 'F', 'user', 'bo'), ...mine.slice(3)] }, '');
  for (const limit of [1, 2, 4, 10]) {
    const seen: string[] = [];
    let after: HolderCursor | undefined;
    for (;;) {
      const rows = w.holdersOf('E', after, limit);
      seen.push(...rows.map((r) => `${r.value.principal?.id?.resourceType}:${r.value.principal?.id?.resource}@${r.rowId}`));
      if (rows.length < limit) break;
      after = rows[rows.length - 1]!.cursor;
    }
    // rowids follow the insert order: g1 1, g2 2, g3 3, x1 4, g4 5, g5 6, g6 7.
    expect(seen, `pages of ${limit}`).toEqual(['group:ops@3', 'user:al@6', 'user:bo@2', 'user:bo@5', 'user:bo@7', 'user:cy@1']);
  }
  await file.abandon();
});

it('reads a page through the (entitlement, principal) index without sorting the entitlement\'s grants', async () => {
  const file = await SyncFile.begin(`${dir.path}/p.c1z`);
  file.writer.commit({ grants: [grant('g1', 'E', 'user', 'al')] }, '');
  file.writer.holdersOf('E', undefined, 1);
  await file.abandon();
  const db = new Database(`${dir.path}/p.c1z.partial`, { readonly: true });
  try {
    for (const withCursor of [false, true]) {
      const params = withCursor ? ['E', 's', 'user', 'al', 1, 10] : ['E', 's', 10];
      const plan = db
        .prepare(`explain query plan ${holdersSql(['sync_id = ?'], withCursor)}`)
        .all(...params)
        .map((r) => (r as { detail: string }).detail)
        .join('\n');
      expect(plan).toContain('USING INDEX idx_grants_entitlement_id_principal_id_v1');
      expect(plan).not.toContain('TEMP B-TREE');
    }
  } finally {
    db.close();
  }
});
