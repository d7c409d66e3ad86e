// A sync of SCIMMY (an independent SCIM server implementation), checked against the data it was seeded with.
import { findAnnotation, UserStatus } from '@baton-scim/core';
import { generateDirectory, startScimmyServer, type ScimDirectoryData, type ScimmyServer } from '@baton-scim/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandedGroupGrants, expectedEntitlements, expectedRoles, expectedUser, roleGrants } from './expected.js';
import { connectorFor, idsOf, readSync, resourceIds, scimConfig, sync, tempDir, TOKEN, type TempDir } from './support.js';

let server: ScimmyServer;
let data: ScimDirectoryData;
let tmp: TempDir;

beforeAll(async () => {
  data = generateDirectory({ users: 60, groups: 9, seed: 11, roles: 3, nestedGroups: 3 });
  server = await startScimmyServer({ users: data.users, groups: data.groups, token: TOKEN });
  tmp = await tempDir();
});

afterAll(async () => {
  await server.close();
  await tmp.remove();
});

describe('sync of a SCIMMY server', () => {
  it('holds exactly the seeded users, groups, roles, entitlements and grants, paging by what was returned', async () => {
    // SCIMMY reports the requested count as itemsPerPage and repeats page 1 past the end; neither may matter.
    const connector = connectorFor({ config: scimConfig(server.url, { pagination: { pageSize: 25 } }) });
    const file = tmp.file();
    await sync(connector, file);
    const stats = connector.requestStats();
    await connector.close();
    const got = await readSync(file);

    expect(resourceIds(got.resources, 'user')).toEqual(data.users.map((u) => u.id).sort());
    expect(resourceIds(got.resources, 'group')).toEqual(data.groups.map((g) => g.id).sort());
    expect(resourceIds(got.resources, 'role')).toEqual([...expectedRoles(data).keys()].sort());
    const users = new Map(data.users.map((u) => [u.id, u]));
    for (const resource of got.resources.filter((r) => r.id?.resourceType === 'user')) {
      const want = expectedUser(users.get(resource.id?.resource ?? '')!);
      const trait = findAnnotation(resource.annotations, 'UserTrait');
      expect(resource.displayName).toBe(want.displayName);
      expect(trait?.emails?.map((e) => ({ address: e.address, isPrimary: e.isPrimary ?? false }))).toEqual(want.emails);
      expect(trait?.status?.status).toBe(want.enabled ? UserStatus.STATUS_ENABLED : UserStatus.STATUS_DISABLED);
    }
    expect(idsOf(got.entitlements)).toEqual(expectedEntitlements(data));
    expect(idsOf(got.grants)).toEqual([...expandedGroupGrants(data.groups), ...roleGrants(data.users)].sort());
    expect(stats).toMatchObject({ validate: 1, userPages: Math.ceil(data.users.length / 25) + 1, groupPages: 2, groupMemberReads: 0 });
  });
});
