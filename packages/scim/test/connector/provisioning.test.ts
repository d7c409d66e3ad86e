// Provisioning against the testkit server, the way a one-shot grant/revoke runs: look up in a synced c1z, then call.
import { findAnnotation, grantEntitlement, lookupGrant, lookupGrantTarget, revokeGrant, type Grant, type GrantResult, type ProvisionOutcome } from '@baton-scim/core';
import { startScimServer, type LoggedRequest, type ScimGroup, type ScimTestServer, type ScimUser } from '@baton-scim/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ScimConfig } from '../../src/config/types.js';
import type { ScimConnector } from '../../src/connector/connector.js';
import { connectorFor, PROVISIONING, scimConfig, sync, tempDir, TOKEN, type TempDir } from '../sync/support.js';

const signal = new AbortController().signal;
let tmp: TempDir;

beforeAll(async () => {
  tmp = await tempDir();
});

afterAll(async () => {
  await tmp.remove();
});

interface Fixture {
  readonly server: ScimTestServer;
  readonly file: string;
  readonly connector: ScimConnector;
}

const open: Fixture[] = [];

afterEach(async () => {
  for (const f of open.splice(0)) {
    await f.connector.close();
    await f.server.close();
  }
});

/** A server, a finished sync of it, and a provisioning connector for `patch` of the config. */
async function fixture(patch: Record<string, unknown> = {}, serverOptions: { etag?: boolean } = {}): Promise<Fixture> {
  const server = await startScimServer({ generate: { users: 12, groups: 4, seed: 5, roles: 3, nestedGroups: 1 }, auth: { bearer: TOKEN }, ...serverOptions });
  const config: ScimConfig = scimConfig(server.url, { provisioning: PROVISIONING, ...patch });
  const file = tmp.file(`p-${open.length}-${Date.now()}.c1z`);
  const syncer = connectorFor({ config });
  await sync(syncer, file);
  await syncer.close();
  server.resetLog();
  const f = { server, file, connector: connectorFor({ config, provisioning: true }) };
  open.push(f);
  return f;
}

function memberIds(server: ScimTestServer, groupId: string): string[] {
  return (server.directory.groups.get(groupId)?.members ?? []).map((m) => m.value).sort();
}

function roleValues(server: ScimTestServer, userId: string): string[] {
  return ((server.directory.users.get(userId) as ScimUser).roles ?? []).map((r) => r.value).sort();
}

/** A group and a user that is not yet in it. */
function outsider(server: ScimTestServer): { group: ScimGroup; user: ScimUser } {
  const group = [...server.directory.groups.values()][0]!;
  const user = [...server.directory.users.values()].find((u) => !group.members?.some((m) => m.value === u.id))!;
  return { group, user };
}

async function grantResult(f: Fixture, entitlementId: string, type: string, id: string): Promise<GrantResult> {
  const target = await lookupGrantTarget(f.file, entitlementId, type, id);
  return grantEntitlement(f.connector, target.entitlement, target.principal, signal);
}

async function grant(f: Fixture, entitlementId: string, type: string, id: string): Promise<Grant[]> {
  return (await grantResult(f, entitlementId, type, id)).grants;
}

async function revoke(f: Fixture, grantId: string): Promise<ProvisionOutcome> {
  return revokeGrant(f.connector, await lookupGrant(f.file, grantId), signal);
}

const writes = (server: ScimTestServer): LoggedRequest[] => server.requests.filter((r) => r.method !== 'GET');

describe('group membership', () => {
  it('adds a user with PATCH add and returns the real group grant', async () => {
    const f = await fixture();
    const { group, user } = outsider(f.server);
    const before = memberIds(f.server, group.id);
    const { grants, outcome } = await grantResult(f, `group:${group.id}:member`, 'user', user.id);
    expect(outcome).toBe('written');
    expect(grants.map((g) => g.id)).toEqual([`group:${group.id}:member:user:${user.id}`]);
    expect(grants[0]?.entitlement?.resource?.id).toEqual({ resourceType: 'group', resource: group.id });
    expect(memberIds(f.server, group.id)).toEqual([...before, user.id].sort());
    expect(writes(f.server).map((r) => [r.method, r.path, r.body])).toEqual([
      ['PATCH', `/scim/v2/Groups/${group.id}`, { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'add', path: 'members', value: [{ value: user.id }] }] }],
    ]);
  });

  it('adds a nested group, whose grant is expandable', async () => {
    const f = await fixture();
    const [outer, inner] = [...f.server.directory.groups.values()].filter((g) => !g.members?.some((m) => m.type === 'Group')).slice(0, 2);
    const grants = await grant(f, `group:${outer!.id}:member`, 'group', inner!.id);
    expect(grants[0]?.id).toBe(`group:${outer!.id}:member:group:${inner!.id}`);
    expect(findAnnotation(grants[0]?.annotations, 'GrantExpandable')?.entitlementIds).toEqual([`group:${inner!.id}:member`]);
    expect(f.server.directory.groups.get(outer!.id)?.members?.find((m) => m.value === inner!.id)?.type).toBe('Group');
  });

  it('succeeds when the member is already there, without duplicating it', async () => {
    const f = await fixture();
    const group = [...f.server.directory.groups.values()][0]!;
    const member = group.members!.find((m) => m.type === 'User')!;
    const before = memberIds(f.server, group.id);
    await expect(grantResult(f, `group:${group.id}:member`, 'user', member.value)).resolves.toMatchObject({ outcome: 'already-in-place' });
    expect(memberIds(f.server, group.id)).toEqual(before);
    expect(writes(f.server)).toEqual([]);
  });

  it('removes exactly one member with a value-filter path and keeps every other member', async () => {
    const f = await fixture();
    const group = [...f.server.directory.groups.values()].find((g) => (g.members ?? []).length >= 3)!;
    const victim = group.members!.find((m) => m.type === 'User')!.value;
    const before = memberIds(f.server, group.id);
    await expect(revoke(f, `group:${group.id}:member:user:${victim}`)).resolves.toBe('written');
    expect(memberIds(f.server, group.id)).toEqual(before.filter((id) => id !== victim));
    // Read the members, remove the one, read them back.
    expect(f.server.requests.filter((r) => r.path.includes('/Groups/')).map((r) => [r.method, (r.body as { Operations?: unknown })?.Operations, r.query['attributes']])).toEqual([
      ['GET', undefined, 'members'],
      ['PATCH', [{ op: 'remove', path: `members[value eq "${victim}"]` }], undefined],
      ['GET', undefined, 'members'],
    ]);
    // Revoking what is already absent succeeds, sends nothing and changes nothing.
    await expect(revoke(f, `group:${group.id}:member:user:${victim}`)).resolves.toBe('already-in-place');
    expect(writes(f.server)).toHaveLength(1);
    expect(memberIds(f.server, group.id)).toEqual(before.filter((id) => id !== victim));
  });

  it('removes with a value list when the config says so (the Entra form)', async () => {
    const f = await fixture({ provisioning: { ...PROVISIONING, removeUserFromGroup: { style: 'valueList' } } });
    const group = [...f.server.directory.groups.values()].find((g) => (g.members ?? []).length >= 2)!;
    const victim = group.members![0]!;
    const before = memberIds(f.server, group.id);
    await revoke(f, `group:${group.id}:member:${victim.type === 'Group' ? 'group' : 'user'}:${victim.value}`);
    expect(memberIds(f.server, group.id)).toEqual(before.filter((id) => id !== victim.value));
    expect((writes(f.server)[0]?.body as { Operations: unknown }).Operations).toEqual([{ op: 'remove', path: 'members', value: [{ value: victim.value }] }]);
  });
});

describe('the documented op: replace removal', () => {
  const replace = { provisioning: { ...PROVISIONING, removeUserFromGroup: { op: 'replace', path: 'members', valuePath: 'value' } } };

  it('reads the group fresh and replaces its members with If-Match when the server has ETags', async () => {
    const f = await fixture(replace, { etag: true });
    const group = [...f.server.directory.groups.values()].find((g) => (g.members ?? []).length >= 3)!;
    const victim = group.members!.find((m) => m.type === 'User')!.value;
    const before = memberIds(f.server, group.id);
    await revoke(f, `group:${group.id}:member:user:${victim}`);
    expect(memberIds(f.server, group.id)).toEqual(before.filter((id) => id !== victim));
    const patch = writes(f.server)[0]!;
    expect(patch.headers['if-match']).toBe('W/"1"');
    expect((patch.body as { Operations: { op: string }[] }).Operations[0]?.op).toBe('replace');
  });

  it('reads again and retries when the group changed between the read and the write', async () => {
    let bumped = false;
    const f = await fixture(replace, { etag: true });
    const group = [...f.server.directory.groups.values()].find((g) => (g.members ?? []).length >= 3)!;
    const victim = group.members!.find((m) => m.type === 'User')!.value;
    const connector = connectorFor({
      config: scimConfig(f.server.url, { provisioning: replace.provisioning }),
      provisioning: true,
      hooks: {
        buildPatch: (body) => {
          // Someone else writes the group right after our read: our If-Match no longer matches.
          if (!bumped) f.server.directory.groups.get(group.id)!.meta.version = 'W/"7"';
          bumped = true;
          return body;
        },
      },
    });
    try {
      await revokeGrant(connector, await lookupGrant(f.file, `group:${group.id}:member:user:${victim}`), signal);
    } finally {
      await connector.close();
    }
    expect(memberIds(f.server, group.id)).not.toContain(victim);
    expect(writes(f.server).map((r) => [r.status, r.headers['if-match']])).toEqual([
      [412, 'W/"1"'],
      [200, 'W/"7"'],
    ]);
  });

  it('without ETag support, reads the members twice, replaces them without the one and reads them back', async () => {
    const f = await fixture(replace);
    const group = [...f.server.directory.groups.values()].find((g) => (g.members ?? []).length >= 2)!;
    const victim = group.members![0]!;
    const before = memberIds(f.server, group.id);
    await revoke(f, `group:${group.id}:member:${victim.type === 'Group' ? 'group' : 'user'}:${victim.value}`);
    expect(memberIds(f.server, group.id)).toEqual(before.filter((id) => id !== victim.value));
    expect(f.server.requests.filter((r) => r.path.includes('/Groups/')).map((r) => [r.method, r.headers['if-match']])).toEqual([
      ['GET', undefined],
      ['GET', undefined],
      ['PATCH', undefined],
      ['GET', undefined],
    ]);
  });
});

describe('roles', () => {
  function userWithRoles(server: ScimTestServer, atLeast: number): ScimUser {
    return [...server.directory.users.values()].find((u) => (u.roles ?? []).length >= atLeast)!;
  }

  it('adds and removes exactly the named role with PATCH, leaving the others', async () => {
    const f = await fixture();
    const user = userWithRoles(f.server, 1);
    const before = roleValues(f.server, user.id);
    const missing = ['admin', 'member', 'billing'].find((r) => !before.includes(r))!;
    const grants = await grant(f, `role:${missing}:member`, 'user', user.id);
    expect(grants.map((g) => g.id)).toEqual([`role:${missing}:member:user:${user.id}`]);
    expect(roleValues(f.server, user.id)).toEqual([...before, missing].sort());
    await revoke(f, `role:${before[0]}:member:user:${user.id}`);
    expect(roleValues(f.server, user.id)).toEqual([...before.slice(1), missing].sort());
    expect(writes(f.server).map((r) => (r.body as { Operations: unknown }).Operations)).toEqual([
      [{ op: 'add', path: 'roles', value: [{ value: missing }] }],
      [{ op: 'remove', path: `roles[value eq "${before[0]}"]` }],
    ]);
  });

  it('with the put strategy, PUTs the user back with only the named role changed', async () => {
    const f = await fixture({ provisioning: { ...PROVISIONING, roleStrategy: 'put' } }, { etag: true });
    const user = userWithRoles(f.server, 1);
    const withoutOwned = ({ meta: _m, roles: _r, ...rest }: ScimUser): Omit<ScimUser, 'meta' | 'roles'> => rest;
    const original = withoutOwned(structuredClone(f.server.directory.users.get(user.id)!));
    const before = roleValues(f.server, user.id);
    const missing = ['admin', 'member', 'billing'].find((r) => !before.includes(r))!;
    await grant(f, `role:${missing}:member`, 'user', user.id);
    await revoke(f, `role:${before[0]}:member:user:${user.id}`);
    expect(withoutOwned(f.server.directory.users.get(user.id)!)).toEqual(original);
    expect(roleValues(f.server, user.id)).toEqual([...before.slice(1), missing].sort());
    const puts = writes(f.server);
    expect(puts.map((r) => [r.method, r.headers['if-match']])).toEqual([
      ['PUT', 'W/"1"'],
      ['PUT', 'W/"2"'],
    ]);
    // Granting what is held and revoking what is absent read the user and write nothing.
    await expect(grantResult(f, `role:${missing}:member`, 'user', user.id)).resolves.toMatchObject({ outcome: 'already-in-place' });
    await expect(revoke(f, `role:${before[0]}:member:user:${user.id}`)).resolves.toBe('already-in-place');
    expect(writes(f.server)).toHaveLength(2);
  });
});

describe('what the connector offers', () => {
  it('has no grant or revoke when provisioning is off', async () => {
    const f = await fixture();
    const off = connectorFor({ config: scimConfig(f.server.url, { provisioning: PROVISIONING }) });
    expect(off.resourceSyncers().map((s) => [s.resourceType.id, typeof s.grant, typeof s.revoke])).toEqual([
      ['user', 'undefined', 'undefined'],
      ['group', 'undefined', 'undefined'],
      ['role', 'undefined', 'undefined'],
    ]);
    await off.close();
  });

  it('offers nothing, and says why, when the config sets provisioning.enabled: false', async () => {
    const f = await fixture();
    const warnings: string[] = [];
    const noop = (): void => undefined;
    const off = connectorFor({
      config: scimConfig(f.server.url, { provisioning: { ...PROVISIONING, enabled: false } }),
      provisioning: true,
      logger: { debug: noop, info: noop, error: noop, warn: (_obj, msg) => warnings.push(msg) },
    });
    expect(off.resourceSyncers().map((s) => [s.resourceType.id, typeof s.grant, typeof s.revoke])).toEqual([
      ['user', 'undefined', 'undefined'],
      ['group', 'undefined', 'undefined'],
      ['role', 'undefined', 'undefined'],
    ]);
    expect(warnings).toEqual([expect.stringContaining('provisioning.enabled is false')]);
    await off.close();
  });

  it('offers only the operations the config declares', async () => {
    const f = await fixture();
    const partial = connectorFor({ config: scimConfig(f.server.url, { provisioning: { addUserToGroup: {} } }), provisioning: true });
    expect(partial.resourceSyncers().map((s) => [s.resourceType.id, typeof s.grant, typeof s.revoke])).toEqual([
      ['user', 'undefined', 'undefined'],
      ['group', 'function', 'undefined'],
      ['role', 'undefined', 'undefined'],
    ]);
    const group = [...f.server.directory.groups.values()][0]!;
    const member = group.members![0]!;
    const stored = await lookupGrant(f.file, `group:${group.id}:member:${member.type === 'Group' ? 'group' : 'user'}:${member.value}`);
    await expect(revokeGrant(partial, stored, signal)).rejects.toMatchObject({ code: 'unimplemented', message: expect.stringContaining('has no provisioner') });
    await partial.close();
    expect(f.server.requests).toEqual([]);
  });
});
