// Roles held through groups (group.roles): the role is grantable to groups, the group's grant is expandable, and
// expansion gives the role to every member of the group, nested groups included, as Go's baton does.
import { BatonError, findAnnotation } from '@baton-scim/core';
import type { ScimConnector } from '../../src/connector/connector.js';
import { afterEach, describe, expect, it } from 'vitest';
import { json, startServer, type TestServer } from '../http/test-server.js';
import { connectorFor, fingerprint, readSync, scimConfig, sync, tempDir, type TempDir } from './support.js';

const USERS = [
  { id: 'u1', userName: 'ada', emails: [{ value: 'ada@example.com', primary: true }], active: true, roles: [{ value: 'admin', display: 'Admin' }] },
  { id: 'u2', userName: 'grace', emails: [{ value: 'grace@example.com', primary: true }], active: true },
  { id: 'u3', userName: 'alan', emails: [{ value: 'alan@example.com', primary: true }], active: true },
  { id: 'u4', userName: 'linus', emails: [{ value: 'linus@example.com', primary: true }], active: true },
];
// g1 holds the auditor role; its members are u2 and the nested group g2 (member u3). u4 is in no group.
const GROUPS = [
  { id: 'g1', displayName: 'Auditors', members: [{ value: 'u2' }, { value: 'g2', type: 'Group' }], roles: [{ value: 'auditor', display: 'Auditor' }] },
  { id: 'g2', displayName: 'Interns', members: [{ value: 'u3' }] },
];

let server: TestServer | undefined;
let tmp: TempDir | undefined;
afterEach(async () => {
  await server?.close();
  await tmp?.remove();
  server = tmp = undefined;
});

async function directory(): Promise<TestServer> {
  return startServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const one = /^\/Groups\/([^/]+)$/.exec(path);
    if (one !== null) return json(res, 200, GROUPS.find((g) => g.id === one[1]) ?? {});
    const list = path.endsWith('/Users') ? USERS : path.endsWith('/Groups') ? GROUPS : undefined;
    if (list === undefined) return json(res, 404, { detail: 'not found' });
    return json(res, 200, { schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: list.length, itemsPerPage: list.length, startIndex: 1, Resources: list });
  });
}

const groupRoles = { group: { roles: { path: 'roles', name: 'value', display: 'display' } } };

describe('roles held through groups (group.roles)', () => {
  it('grants the role to the group, expandably, and expansion gives it to each member, nested groups included', async () => {
    server = await directory();
    tmp = await tempDir();
    const connector = connectorFor({ config: scimConfig(server.url, groupRoles) });
    const file = tmp.file();
    await sync(connector, file);
    await connector.close();
    const got = await readSync(file);

    const roleIds = got.resources.filter((r) => r.id?.resourceType === 'role').map((r) => r.id?.resource).sort();
    expect(roleIds).toEqual(['admin', 'auditor']);
    const auditor = got.entitlements.find((e) => e.id === 'role:auditor:member');
    expect(auditor?.grantableTo?.map((t) => t.id).sort()).toEqual(['group', 'user']);

    const grants = new Map(got.grants.map((g) => [g.id ?? '', g]));
    const held = grants.get('role:auditor:member:group:g1');
    expect(held?.principal?.id).toEqual({ resourceType: 'group', resource: 'g1' });
    expect(findAnnotation(held?.annotations, 'GrantExpandable')?.entitlementIds).toEqual(['group:g1:member']);
    const roleGrants = [...grants.keys()].filter((id) => id.startsWith('role:')).sort();
    expect(roleGrants).toEqual([
      'role:admin:member:user:u1',
      'role:auditor:member:group:g1',
      'role:auditor:member:group:g2',
      'role:auditor:member:user:u2',
      'role:auditor:member:user:u3',
    ]);
    expect(Object.keys(grants.get('role:auditor:member:user:u3')?.sources?.sources ?? {})).toContain('group:g1:member');
  });

  it('keeps roles grantable to users only, and reads no group roles, when the config does not map group.roles', async () => {
    server = await directory();
    tmp = await tempDir();
    const connector = connectorFor({ config: scimConfig(server.url) });
    const file = tmp.file();
    await sync(connector, file);
    await connector.close();
    const got = await readSync(file);
    expect(got.entitlements.find((e) => e.id === 'role:admin:member')?.grantableTo?.map((t) => t.id)).toEqual(['user']);
    expect(got.grants.map((g) => g.id ?? '').filter((id) => id.startsWith('role:'))).toEqual(['role:admin:member:user:u1']);
  });

  it('gives a resumed sync the groups\' roles from the working file, without listing the groups again', async () => {
    server = await directory();
    tmp = await tempDir();
    const whole = tmp.file('whole.c1z');
    const one = connectorFor({ config: scimConfig(server.url, groupRoles) });
    await sync(one, whole);
    await one.close();

    const file = tmp.file('resumed.c1z');
    const first = connectorFor({ config: scimConfig(server.url, groupRoles) });
    const stopAtRoles: ScimConnector = {
      ...first,
      resourceSyncers: () =>
        first.resourceSyncers().map((s) => (s.resourceType.id === 'role' ? { ...s, listResources: () => Promise.reject(new BatonError('internal', 'simulated failure')) } : s)),
    };
    await expect(sync(stopAtRoles, file)).rejects.toThrow(/simulated failure/);
    await first.close();
    const second = connectorFor({ config: scimConfig(server.url, groupRoles) });
    const summary = await sync(second, file);
    await second.close();
    expect(summary.resumed).toBe(true);
    expect(fingerprint(await readSync(file))).toEqual(fingerprint(await readSync(whole)));
    const groupRebuild = server.requests.filter((r) => r.url.startsWith('/Groups?') && r.url.includes('attributes='));
    // The groups' roles were saved with the pages that listed them: the resume asks for no group listing again.
    expect(groupRebuild).toEqual([]);
  });
});
