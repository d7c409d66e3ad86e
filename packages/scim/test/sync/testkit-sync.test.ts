// Syncs of the fault-injecting testkit server through the real engine, checked object by object against the data.
import { BatonError, findAnnotation, UserStatus } from '@baton-scim/core';
import type { ScimConnector } from '../../src/connector/connector.js';
import { startScimServer, toDirectoryData, type ScimDirectoryData, type ScimTestServer } from '@baton-scim/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directGroupGrants, expandedGroupGrants, expectedEntitlements, expectedRoles, expectedUser, roleGrants } from './expected.js';
import { connectorFor, fingerprint, idsOf, readSync, resourceIds, scimConfig, sync, tempDir, TOKEN, type TempDir } from './support.js';

const GENERATE = { users: 250, groups: 40, seed: 7, roles: 4, nestedGroups: 12 };

let server: ScimTestServer;
let data: ScimDirectoryData;
let tmp: TempDir;

beforeAll(async () => {
  server = await startScimServer({ generate: GENERATE, auth: { bearer: TOKEN } });
  data = toDirectoryData(server.directory);
  tmp = await tempDir();
});

afterAll(async () => {
  await server.close();
  await tmp.remove();
});

function listRequests(): { method: string; path: string }[] {
  return server.requests.map(({ method, path }) => ({ method, path }));
}

describe('sync of the testkit directory', () => {
  it('holds exactly the users, groups, roles, entitlements and grants of the directory', async () => {
    server.resetLog();
    const connector = connectorFor({ config: scimConfig(server.url) });
    const file = tmp.file('full.c1z');
    await sync(connector, file);
    await connector.close();
    const got = await readSync(file);

    expect(idsOf(got.resourceTypes)).toEqual(['group', 'role', 'user']);
    expect(resourceIds(got.resources, 'user')).toEqual(data.users.map((u) => u.id).sort());
    expect(resourceIds(got.resources, 'group')).toEqual(data.groups.map((g) => g.id).sort());
    const roles = expectedRoles(data);
    expect(resourceIds(got.resources, 'role')).toEqual([...roles.keys()].sort());
    for (const role of got.resources.filter((r) => r.id?.resourceType === 'role')) {
      expect(role.displayName).toBe(roles.get(role.id?.resource ?? ''));
    }
    const groupNames = new Map(data.groups.map((g) => [g.id, g.displayName]));
    for (const group of got.resources.filter((r) => r.id?.resourceType === 'group')) {
      expect(group.displayName).toBe(groupNames.get(group.id?.resource ?? ''));
    }
    const users = new Map(data.users.map((u) => [u.id, u]));
    for (const resource of got.resources.filter((r) => r.id?.resourceType === 'user')) {
      const want = expectedUser(users.get(resource.id?.resource ?? '')!);
      const trait = findAnnotation(resource.annotations, 'UserTrait');
      expect(resource.displayName).toBe(want.displayName);
      expect(trait?.login).toBe(want.login);
      expect(trait?.emails?.map((e) => ({ address: e.address, isPrimary: e.isPrimary ?? false }))).toEqual(want.emails);
      expect(trait?.status?.status).toBe(want.enabled ? UserStatus.STATUS_ENABLED : UserStatus.STATUS_DISABLED);
    }

    expect(idsOf(got.entitlements)).toEqual(expectedEntitlements(data));
    expect(idsOf(got.grants)).toEqual([...expandedGroupGrants(data.groups), ...roleGrants(data.users)].sort());
  });

  it('marks nested groups as expandable group principals and records the sources of expanded grants', async () => {
    const file = tmp.file('full.c1z');
    const got = await readSync(file);
    const grants = new Map(got.grants.map((g) => [g.id ?? '', g]));
    const parent = data.groups.find((g) => g.members?.some((m) => m.type === 'Group'))!;
    const child = parent.members!.find((m) => m.type === 'Group')!;
    const nested = grants.get(`group:${parent.id}:member:group:${child.value}`);
    expect(nested?.principal?.id).toEqual({ resourceType: 'group', resource: child.value });
    expect(findAnnotation(nested?.annotations, 'GrantExpandable')?.entitlementIds).toEqual([`group:${child.value}:member`]);

    const direct = new Set(directGroupGrants(data.groups));
    const childGroup = data.groups.find((g) => g.id === child.value)!;
    const inherited = (childGroup.members ?? []).find((m) => !direct.has(`group:${parent.id}:member:${m.type === 'Group' ? 'group' : 'user'}:${m.value}`))!;
    const expanded = grants.get(`group:${parent.id}:member:${inherited.type === 'Group' ? 'group' : 'user'}:${inherited.value}`);
    expect(Object.keys(expanded?.sources?.sources ?? {})).toContain(`group:${child.value}:member`);
  });

  it('makes one request per list page: no request per user, group or role', async () => {
    server.resetLog();
    const connector = connectorFor({ config: scimConfig(server.url) });
    await sync(connector, tmp.file('count.c1z'));
    const stats = connector.requestStats();
    await connector.close();
    // Every listing ends on the empty page past its last one: a page that reaches totalResults proves nothing.
    const userPages = Math.ceil(GENERATE.users / 100) + 1;
    expect(listRequests()).toEqual([
      ...Array.from({ length: 1 + userPages }, () => ({ method: 'GET', path: '/scim/v2/Users' })),
      { method: 'GET', path: '/scim/v2/Groups' },
      { method: 'GET', path: '/scim/v2/Groups' },
    ]);
    expect(stats).toMatchObject({ validate: 1, userPages, groupPages: 2, groupMemberReads: 0, userIndexPages: 0, total: 3 + userPages });
  });
});

describe('memberships the group listing does not carry', () => {
  it('reads each group separately when members are excluded from the listing, with the same result', async () => {
    server.resetLog();
    const connector = connectorFor({ config: scimConfig(server.url, { group: { excludeMembersInList: true } }) });
    const file = tmp.file('excluded.c1z');
    await sync(connector, file);
    await connector.close();
    expect(fingerprint(await readSync(file))).toEqual(fingerprint(await readSync(tmp.file('full.c1z'))));
    const groupLists = server.requests.filter((r) => r.path === '/scim/v2/Groups');
    expect(groupLists.map((r) => r.query['excludedAttributes'])).toEqual(['members', 'members']);
    const reads = server.requests.filter((r) => r.path.startsWith('/scim/v2/Groups/'));
    expect(reads.map((r) => r.path).sort()).toEqual(data.groups.map((g) => `/scim/v2/Groups/${g.id}`).sort());
    expect(reads.every((r) => r.method === 'GET' && r.query['attributes'] === 'members')).toBe(true);
    expect(connector.requestStats().groupMemberReads).toBe(data.groups.length);
  });

  it('reads each group the listing sends without a members attribute on its own, never taking it as empty', async () => {
    server.setFaults({ listedWithoutMembers: true });
    server.resetLog();
    try {
      const connector = connectorFor({ config: scimConfig(server.url) });
      const file = tmp.file('unlisted.c1z');
      await sync(connector, file);
      await connector.close();
      expect(fingerprint(await readSync(file))).toEqual(fingerprint(await readSync(tmp.file('full.c1z'))));
      const reads = server.requests.filter((r) => r.path.startsWith('/scim/v2/Groups/'));
      expect(reads.map((r) => r.path).sort()).toEqual(data.groups.map((g) => `/scim/v2/Groups/${g.id}`).sort());
      expect(reads.every((r) => r.method === 'GET' && r.query['attributes'] === 'members')).toBe(true);
    } finally {
      server.clearFaults();
    }
  });

  it('reads only the groups whose listed members look truncated', async () => {
    // The median size: about half the groups are cut short, the others are listed whole.
    const sizes = data.groups.map((g) => (g.members ?? []).length).sort((a, b) => a - b);
    const cap = sizes[Math.floor(sizes.length / 2)]!;
    expect(cap).toBeGreaterThanOrEqual(10);
    server.setFaults({ membersCap: cap });
    server.resetLog();
    try {
      const connector = connectorFor({ config: scimConfig(server.url) });
      const file = tmp.file('truncated.c1z');
      await sync(connector, file);
      await connector.close();
      expect(fingerprint(await readSync(file))).toEqual(fingerprint(await readSync(tmp.file('full.c1z'))));
      const capped = data.groups.filter((g) => (g.members ?? []).length >= cap).map((g) => `/scim/v2/Groups/${g.id}`);
      expect(capped.length).toBeGreaterThan(2);
      expect(capped.length).toBeLessThan(data.groups.length);
      const reads = server.requests.filter((r) => r.path.startsWith('/scim/v2/Groups/')).map((r) => r.path);
      expect(reads.sort()).toEqual(capped.sort());
    } finally {
      server.clearFaults();
    }
  });
});

describe('a group object without its members attribute', () => {
  // Recorded-vendor shape: no `schemas` or `meta`, which the server takes as it is.
  const directory = (): ScimDirectoryData => ({
    users: [{ id: 'u1', userName: 'ada@example.com', active: true }],
    groups: [
      { id: 'g-full', displayName: 'Full', members: [{ value: 'u1', type: 'User' }] },
      { id: 'g-empty', displayName: 'Empty' },
    ],
  }) as unknown as ScimDirectoryData;

  it('is an empty group when read on its own from a server that leaves empty lists out (RFC 7643 §2.5)', async () => {
    const small = await startScimServer({ directory: directory(), auth: { bearer: TOKEN }, faults: { listedWithoutMembers: true } });
    try {
      const connector = connectorFor({ config: scimConfig(small.url) });
      const file = tmp.file('omitted-empty.c1z');
      await sync(connector, file);
      await connector.close();
      expect(idsOf((await readSync(file)).grants).filter((id) => id.startsWith('group:'))).toEqual(['group:g-full:member:user:u1']);
      expect(small.requests.filter((r) => r.path.startsWith('/scim/v2/Groups/')).map((r) => r.path).sort()).toEqual([
        '/scim/v2/Groups/g-empty',
        '/scim/v2/Groups/g-full',
      ]);
    } finally {
      await small.close();
    }
  });

  it('fails the sync, naming the group, when the config says the server sends [] for an empty group', async () => {
    const small = await startScimServer({ directory: directory(), auth: { bearer: TOKEN } });
    try {
      const config = scimConfig(small.url, { group: { excludeMembersInList: true, members: { sentWhenEmpty: true } } });
      const connector = connectorFor({ config });
      await expect(sync(connector, tmp.file('missing-members.c1z'))).rejects.toThrow(/GET \/Groups\/g-empty returned group g-empty without "members"/);
      await connector.close();
    } finally {
      await small.close();
    }
  });
});

describe('small directories', () => {
  it('do not mistake groups of equal size for truncated ones', async () => {
    const small = await startScimServer({ generate: { users: 4, groups: 3, seed: 2, membershipsPerUser: 3, nestedGroups: 0 }, auth: { bearer: TOKEN } });
    try {
      expect([...small.directory.groups.values()].map((g) => g.members?.length)).toEqual([4, 4, 4]);
      const connector = connectorFor({ config: scimConfig(small.url) });
      await sync(connector, tmp.file('small.c1z'));
      await connector.close();
      expect(small.requests.filter((r) => r.path.startsWith('/scim/v2/Groups/'))).toEqual([]);
    } finally {
      await small.close();
    }
  });
});

describe('hasGroupsOnUser (memberships on the user, as Zoom serves them)', () => {
  const zoomLike = (userGroup: Record<string, string>) =>
    scimConfig(server.url, { user: { hasGroupsOnUser: true, userGroup }, group: { members: undefined } });
  const expected = (): string[] =>
    [...directGroupGrants(data.groups).filter((id) => id.includes(':member:user:')), ...roleGrants(data.users)].sort();

  it('grants each user its groups from the user listing, with no request per user or group', async () => {
    server.resetLog();
    const connector = connectorFor({ config: zoomLike({ path: 'groups', name: 'display', id: 'value' }) });
    const file = tmp.file('zoom.c1z');
    await sync(connector, file);
    await connector.close();
    expect(idsOf((await readSync(file)).grants)).toEqual(expected());
    expect(server.requests.every((r) => r.path === '/scim/v2/Users' || r.path === '/scim/v2/Groups')).toBe(true);
    expect(connector.requestStats()).toMatchObject({ groupMemberReads: 0, userIndexPages: 0, groupIndexPages: 0 });
  });

  it('resolves entries that carry only a group name against the group listing, without a filter request', async () => {
    server.resetLog();
    const connector = connectorFor({ config: zoomLike({ path: 'groups', name: 'display' }) });
    const file = tmp.file('zoom-names.c1z');
    await sync(connector, file);
    await connector.close();
    expect(idsOf((await readSync(file)).grants)).toEqual(expected());
    expect(server.requests.some((r) => r.query['filter'] !== undefined)).toBe(false);
    // validate, the user pages and the one past them, the group page and the one past it.
    expect(connector.requestStats().total).toBe(4 + Math.ceil(GENERATE.users / 100));
  });
});

// The failure is simulated in this process (the role listing throws), and the sync is resumed by a fresh
// connector over the same file; core's sigkill.test.ts is the one that kills a real process.
describe('a sync resumed by a fresh connector after a failed run', () => {
  it('takes roles and memberships from the working file when the role phase runs in a fresh connector', async () => {
    const file = tmp.file('resumed.c1z');
    const first = connectorFor({ config: scimConfig(server.url) });
    const stopAtRoles: ScimConnector = {
      ...first,
      resourceSyncers: () =>
        first.resourceSyncers().map((s) =>
          s.resourceType.id === 'role' ? { ...s, listResources: () => Promise.reject(new BatonError('internal', 'simulated failure')) } : s,
        ),
    };
    await expect(sync(stopAtRoles, file)).rejects.toThrow(/simulated failure/);
    await first.close();

    server.resetLog();
    const second = connectorFor({ config: scimConfig(server.url) });
    const summary = await sync(second, file);
    await second.close();
    expect(summary.resumed).toBe(true);
    expect(fingerprint(await readSync(file))).toEqual(fingerprint(await readSync(tmp.file('full.c1z'))));
    expect(second.requestStats()).toMatchObject({ total: 1, validate: 1, userIndexPages: 0, groupMemberReads: 0 });
  });
});
