// Every object written reads back equal; upserts keep one row with the newest data; filters and paging work.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { C1zReader } from '../../src/c1z/reader.js';
import { SyncFile } from '../../src/c1z/sync-file.js';
import { pb, type Grant } from '../../src/model/pb.js';
import type { EntitlementFilter, GrantFilter, ResourceFilter, SyncReader } from '../../src/store/types.js';
import { listAll, tempDir } from './helpers.js';
import { group, member, membership, sampleSync, user } from './sample-data.js';

const bytes = {
  resourceTypes: (v: object) => Buffer.from(pb.ResourceType.encode(v).finish()).toString('hex'),
  resources: (v: object) => Buffer.from(pb.Resource.encode(v).finish()).toString('hex'),
  entitlements: (v: object) => Buffer.from(pb.Entitlement.encode(v).finish()).toString('hex'),
  grants: (v: object) => Buffer.from(pb.Grant.encode(v).finish()).toString('hex'),
};

function everything(r: SyncReader) {
  return {
    resourceTypes: listAll((a, n) => r.listResourceTypes(a, n)),
    resources: listAll((a, n) => r.listResources({}, a, n)),
    entitlements: listAll((a, n) => r.listEntitlements({}, a, n)),
    grants: listAll((a, n) => r.listGrants({}, a, n)),
  };
}

describe('round trip through a finished .c1z', () => {
  const dir = tempDir();
  const data = sampleSync();
  let c1z: C1zReader;

  beforeAll(async () => {
    const file = join(dir.path, 'rt.c1z');
    const sync = await SyncFile.begin(file);
    // Split over commits in an order the engine uses: types, resources, entitlements, grants.
    sync.writer.commit({ resourceTypes: data.resourceTypes }, '1');
    sync.writer.commit({ resources: data.resources.slice(0, 5) }, '2');
    sync.writer.commit({ resources: data.resources.slice(5), entitlements: data.entitlements }, '3');
    sync.writer.commit({ grants: data.grants }, '4');
    await sync.finish();
    c1z = await C1zReader.open(file);
  });
  afterAll(() => {
    c1z.close();
    dir.remove();
  });

  it('reads back every object equal to what was written, in write order', () => {
    const read = everything(c1z.reader);
    for (const key of Object.keys(bytes) as (keyof typeof bytes)[]) {
      expect(read[key].map(bytes[key]), key).toEqual(data[key].map(bytes[key]));
    }
    const pretty = pb.Grant.toObject(pb.Grant.fromObject(read.grants[0]!));
    expect(pretty).toEqual(pb.Grant.toObject(pb.Grant.fromObject(data.grants[0]!)));
  });

  it('gets objects by id and misses unknown ones', () => {
    const r = c1z.reader;
    expect(r.getResourceType('group')?.displayName).toBe('Group');
    expect(r.getResource({ resourceType: 'group', resource: 'g1' })?.parentResourceId?.resource).toBe('g0');
    expect(r.getResource({ resourceType: 'user', resource: 'g1' })).toBeUndefined();
    expect(r.getEntitlement('role:billing:member')?.slug).toBe('member');
    const withFullPrincipal = r.getGrant('role:org_admin:member:user:u1');
    expect(withFullPrincipal?.principal?.displayName).toBe('Ann 1');
    expect(r.getGrant('role:org_admin:member:user:nobody')).toBeUndefined();
  });

  it('filters resources, entitlements and grants by their indexed columns', () => {
    const r = c1z.reader;
    const sorted = (ids: (string | null | undefined)[]) => ids.map((id) => id ?? '').sort();
    const resources = (f: ResourceFilter) => sorted(listAll((a, n) => r.listResources(f, a, n)).map((x) => x.id?.resource));
    const entitlements = (f: EntitlementFilter) => sorted(listAll((a, n) => r.listEntitlements(f, a, n)).map((x) => x.id));
    const grants = (f: GrantFilter) => sorted(listAll((a, n) => r.listGrants(f, a, n)).map((x) => x.id));
    const expected = (keep: (g: Grant) => boolean) => sorted(data.grants.filter(keep).map((g) => g.id));

    expect(resources({ resourceTypeId: 'role' })).toEqual(['billing', 'org_admin']);
    expect(resources({ parent: { resourceType: 'group', resource: 'g0' } })).toEqual(['g1']);
    expect(entitlements({ resourceTypeId: 'group' })).toEqual(['group:g0:member', 'group:g1:member', 'group:g2:member']);
    expect(entitlements({ resource: { resourceType: 'role', resource: 'billing' } })).toEqual(['role:billing:member']);
    const ofG2 = expected((g) => g.entitlement?.id === 'group:g2:member');
    expect(ofG2.length).toBeGreaterThan(0);
    expect(grants({ entitlementId: 'group:g2:member' })).toEqual(ofG2);
    expect(grants({ resource: { resourceType: 'group', resource: 'g2' } })).toEqual(ofG2);
    const ofU3 = expected((g) => g.principal?.id?.resource === 'u3');
    expect(ofU3.length).toBeGreaterThan(0);
    expect(grants({ principal: { resourceType: 'user', resource: 'u3' } })).toEqual(ofU3);
    expect(grants({ resourceTypeId: 'role' })).toEqual(expected((g) => g.entitlement?.resource?.id?.resourceType === 'role'));
    expect(r.count('resources', 'user')).toBe(6);
    expect(r.count('resource_types')).toBe(3);
  });

  it('pages by rowid without gaps or repeats at any page size', () => {
    const all = listAll((a, n) => c1z.reader.listGrants({}, a, n), 1000).map((g) => g.id);
    for (const size of [1, 2, 5, all.length, all.length + 1]) {
      expect(listAll((a, n) => c1z.reader.listGrants({}, a, n), size).map((g) => g.id)).toEqual(all);
    }
  });
});

describe('upserts and reads during a sync', () => {
  const dir = tempDir();
  afterAll(() => dir.remove());

  it('keeps one row per id with the first rowid and the newest data, within and across commits', async () => {
    const file = join(dir.path, 'upsert.c1z');
    const sync = await SyncFile.begin(file);
    const w = sync.writer;
    w.commit({ resources: [user(1, ' first'), user(2)] }, 'a');
    const firstRowId = w.listResources({}, 0, 10)[0]?.rowId;
    w.commit({ resources: [user(1, ' second'), user(3), user(1, ' third')] }, 'b');
    const rows = w.listResources({}, 0, 10);
    expect(rows.map((r) => r.value.id?.resource)).toEqual(['u1', 'u2', 'u3']);
    expect(rows[0]?.rowId).toBe(firstRowId);
    expect(rows[0]?.value.displayName).toBe('Ann 1 third');
    expect(w.checkpoint).toBe('b');
    await sync.finish();
    const c1z = await C1zReader.open(file);
    try {
      expect(c1z.reader.getResource({ resourceType: 'user', resource: 'u1' })?.displayName).toBe('Ann 1 third');
      expect(c1z.reader.count('resources')).toBe(3);
    } finally {
      c1z.close();
    }
  });

  it('answers filtered reads mid-sync, sees only the current sync, and keeps writing afterwards', async () => {
    const file = join(dir.path, 'mid.c1z');
    const previous = await SyncFile.begin(file);
    previous.writer.commit(sampleSync('-old'), 'old');
    await previous.finish();

    const sync = await SyncFile.begin(file);
    const w = sync.writer;
    const g = group(7);
    const e = member(g);
    w.commit({ resources: [g, user(1)], entitlements: [e], grants: [membership(e, user(1))] }, 'a');
    const members = () => listAll((a, n) => w.listGrants({ entitlementId: e.id ?? '' }, a, n)).map((x) => x.id);
    expect(members()).toEqual(['group:g7:member:user:u1']);
    expect(w.count('resources')).toBe(2);
    expect(w.getResource({ resourceType: 'user', resource: 'u1' })?.displayName).toBe('Ann 1');
    w.commit({ grants: [membership(e, user(2))] }, 'b');
    expect(members()).toEqual(['group:g7:member:user:u1', 'group:g7:member:user:u2']);
    expect(listAll((a, n) => w.listGrants({ principal: { resourceType: 'user', resource: 'u2' } }, a, n))).toHaveLength(1);
    await sync.finish();
  });
});
