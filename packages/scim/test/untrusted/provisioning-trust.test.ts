// Writes checked against servers that answer unlike our reading of the RFC: valueless reads, required member types,
// lists written back, duplicate appends and reads without ETags.
import type { Entitlement, Grant, Resource } from '@baton-scim/core';
import { BatonError } from '@baton-scim/core';
import { generateDirectory, startScimServer, type FaultConfig, type ScimDirectoryData, type ScimServerOptions, type ScimTestServer } from '@baton-scim/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import type { ScimConnector } from '../../src/index.js';
import { connectorFor, idsOf, PROVISIONING, readSync, scimConfig, sync, tempDir, TOKEN } from '../sync/support.js';

const signal = new AbortController().signal;
let server: ScimTestServer | undefined;
let connector: ScimConnector | undefined;

afterEach(async () => {
  await connector?.close();
  await server?.close();
  connector = undefined;
  server = undefined;
});

interface Setup {
  readonly server: ScimTestServer;
  readonly data: ScimDirectoryData;
  readonly connector: ScimConnector;
  readonly group: (i: number) => Resource;
  readonly user: (i: number) => Resource;
  readonly members: (i: number) => Entitlement;
  readonly patches: () => unknown[];
}

async function setup(
  faults: FaultConfig,
  provisioning: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
  etag = false,
  serverOptions: Pick<ScimServerOptions, 'sleep'> = {},
): Promise<Setup> {
  const data = generateDirectory({ users: 6, groups: 3, seed: 16, roles: 2, nestedGroups: 0, membershipsPerUser: 1 });
  server = await startScimServer({ directory: data, auth: { bearer: TOKEN }, faults, etag, ...serverOptions });
  connector = connectorFor({ config: scimConfig(server.url, { ...extra, provisioning: { ...PROVISIONING, ...provisioning } }), provisioning: true });
  const group = (i: number): Resource => ({ id: { resourceType: 'group', resource: data.groups[i]!.id } });
  const s = server;
  return {
    server: s,
    data,
    connector,
    group,
    user: (i) => ({ id: { resourceType: 'user', resource: data.users[i]!.id } }),
    members: (i) => ({ id: `group:${data.groups[i]!.id}:member`, slug: 'member', resource: group(i) }),
    patches: () => s.requests.filter((r) => r.method === 'PATCH').map((r) => r.body),
  };
}

const groupsSyncer = (c: ScimConnector) => c.resourceSyncers()[1]!;
const memberIds = (s: Setup, i: number): string[] => (s.server.directory.groups.get(s.data.groups[i]!.id)?.members ?? []).map((m) => m.value);
const firstMember = (s: Setup, i: number): string => memberIds(s, i)[0]!;
const revokeOf = (s: Setup, groupIndex: number, userId: string): Grant => ({
  id: `group:${s.data.groups[groupIndex]!.id}:member:user:${userId}`,
  entitlement: s.members(groupIndex),
  principal: { id: { resourceType: 'user', resource: userId } },
});

describe('reads whose elements carry no value (valuelessAttributeReads)', () => {
  it('a revoke fails loudly, naming the behaviour and the config key, and sends nothing', async () => {
    const s = await setup({ valuelessAttributeReads: true });
    const member = firstMember(s, 0);
    const err = await groupsSyncer(s.connector).revoke!(revokeOf(s, 0, member), signal).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BatonError);
    const message = (err as BatonError).message;
    expect(message).toMatch(/returned \d+ of \d+ "members" elements without "value"/);
    expect(message).toMatch(/Nothing was sent and nothing is reported done/);
    expect(message).toMatch(/provisioning\.readWholeResource: true/);
    expect(s.patches()).toEqual([]);
    expect(memberIds(s, 0)).toContain(member);
  });

  it('a grant fails before sending anything, instead of writing and reporting a failure it does not undo', async () => {
    const s = await setup({ valuelessAttributeReads: true });
    const outsider = s.data.users.find((u) => !memberIds(s, 0).includes(u.id))!.id;
    const err = await groupsSyncer(s.connector).grant!({ id: { resourceType: 'user', resource: outsider } }, s.members(0), signal).catch((e: unknown) => e);
    expect((err as BatonError).message).toMatch(/without "value"/);
    expect(s.patches()).toEqual([]);
    expect(memberIds(s, 0)).not.toContain(outsider);
  });

  it('a read that turns valueless only after the write was sent reports the write as sent and not verified, never done', async () => {
    // The PATCH is held by a `slow` fault whose wait the test runs: reads are fine before it and valueless after.
    const held: { server?: ScimTestServer } = {};
    const valuelessFromNow = (): Promise<void> => Promise.resolve(held.server?.setFaults({ valuelessAttributeReads: true }));
    const s = await setup({ slow: { routes: ['PATCH /Groups/*'], delayMs: 1 } }, {}, {}, false, { sleep: valuelessFromNow });
    held.server = s.server;
    const member = firstMember(s, 0);
    const err = await groupsSyncer(s.connector).revoke!(revokeOf(s, 0, member), signal).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BatonError);
    const message = (err as BatonError).message;
    expect(message).toMatch(/write to .* was sent and the server answered success, but the read-back cannot be understood/);
    expect(message).toMatch(/The change is NOT verified and nothing was undone/);
    expect(message).toMatch(/provisioning\.readWholeResource: true/);
    expect(s.patches()).toHaveLength(1);
    expect(memberIds(s, 0)).not.toContain(member);
  });

  it('with provisioning.readWholeResource the same server is read whole, and the revoke is verified', async () => {
    const s = await setup({ valuelessAttributeReads: true }, { readWholeResource: true });
    const member = firstMember(s, 0);
    expect(await groupsSyncer(s.connector).revoke!(revokeOf(s, 0, member), signal)).toBe('written');
    expect(memberIds(s, 0)).not.toContain(member);
    expect(s.server.requests.filter((r) => r.method === 'GET' && r.path.includes('/Groups/')).every((r) => r.query['attributes'] === undefined)).toBe(true);
  });

  it('a sync reading members group by group fails naming the group instead of exiting with memberships gone', async () => {
    const s = await setup({ valuelessAttributeReads: true }, {}, { group: { excludeMembersInList: true } });
    const tmp = await tempDir();
    try {
      const err = await sync(s.connector, tmp.file('valueless.c1z')).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(BatonError);
      expect((err as BatonError).message).toMatch(/group "[^"]+" \([^)]*\): its "members" list holds \d+ members?, none with a usable id at "value"/);
      expect((err as BatonError).message).toMatch(/group\.members\.id/);
    } finally {
      await tmp.remove();
    }
  });
});

describe('a server that requires the type of group members (requireMemberType)', () => {
  it('a group granted into a group is written as "type": "Group", survives the next sync and expands', async () => {
    const s = await setup({ requireMemberType: true });
    const [outer, inner] = [s.data.groups[0]!.id, s.data.groups[1]!.id];
    expect((await groupsSyncer(s.connector).grant!(s.group(1), s.members(0), signal)).outcome).toBe('written');
    expect(s.patches()).toEqual([expect.objectContaining({ Operations: [{ op: 'add', path: 'members', value: [{ value: inner, type: 'Group' }] }] })]);
    const tmp = await tempDir();
    try {
      const file = tmp.file('nested.c1z');
      const reader = connectorFor({ config: scimConfig(s.server.url) });
      await sync(reader, file);
      await reader.close();
      const grants = idsOf((await readSync(file)).grants);
      expect(grants).toContain(`group:${outer}:member:group:${inner}`);
      // Expanded: every user of the inner group holds the outer group's membership too.
      for (const user of memberIds(s, 1).filter((id) => s.server.directory.users.has(id))) expect(grants).toContain(`group:${outer}:member:user:${user}`);
    } finally {
      await tmp.remove();
    }
  });

  it('writes "type": "User" for a user only where addUserToGroup.userType asks, which such a server needs', async () => {
    const s = await setup({ requireMemberType: true }, { addUserToGroup: { op: 'add', path: 'members', valuePath: 'value', userType: true } });
    const outsider = s.data.users.find((u) => !memberIds(s, 0).includes(u.id))!.id;
    await groupsSyncer(s.connector).grant!({ id: { resourceType: 'user', resource: outsider } }, s.members(0), signal);
    expect(memberIds(s, 0)).toContain(outsider);
    expect(s.patches()).toEqual([expect.objectContaining({ Operations: [{ op: 'add', path: 'members', value: [{ value: outsider, type: 'User' }] }] })]);
  });
});

describe('lists written back', () => {
  it('a replace-style revoke keeps every other member exactly as the server gave it ($ref, type, display), without ETags on narrowed reads', async () => {
    const s = await setup({ noEtagOnAttributeReads: true }, { removeUserFromGroup: { op: undefined, style: 'replace', path: 'members', valuePath: 'value' } }, {}, true);
    const before = structuredClone(s.server.directory.groups.get(s.data.groups[0]!.id)?.members ?? []);
    expect(before.length).toBeGreaterThan(1);
    expect(before.every((m) => typeof m.$ref === 'string' && m.type === 'User')).toBe(true);
    const [gone, ...rest] = before;
    await groupsSyncer(s.connector).revoke!(revokeOf(s, 0, gone!.value), signal);
    expect(s.patches()).toEqual([expect.objectContaining({ Operations: [{ op: 'replace', path: 'members', value: rest }] })]);
    expect(s.server.directory.groups.get(s.data.groups[0]!.id)?.members).toEqual(rest);
    // No ETag came with the narrowed reads, so the list was read twice before the replace instead of sent with If-Match.
    const patch = s.server.requests.find((r) => r.method === 'PATCH');
    expect(patch?.headers['if-match']).toBeUndefined();
  });
});

describe('a server that appends a member again on an add of one already there (duplicateMemberAdd)', () => {
  it('an add of a present member sends nothing, proved by a usable read', async () => {
    const s = await setup({ duplicateMemberAdd: true });
    const member = firstMember(s, 0);
    const grants = await groupsSyncer(s.connector).grant!({ id: { resourceType: 'user', resource: member } }, s.members(0), signal);
    expect(grants.outcome).toBe('already-in-place');
    expect(s.patches()).toEqual([]);
    expect(memberIds(s, 0).filter((id) => id === member)).toHaveLength(1);
  });

  it('a revoke of a member listed twice removes every copy and is verified', async () => {
    const s = await setup({ duplicateMemberAdd: true });
    const member = firstMember(s, 0);
    const res = await fetch(`${s.server.url}/Groups/${s.data.groups[0]!.id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/scim+json' },
      body: JSON.stringify({ schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'add', path: 'members', value: [{ value: member }] }] }),
    });
    expect(res.status).toBe(200);
    expect(memberIds(s, 0).filter((id) => id === member)).toHaveLength(2);
    await groupsSyncer(s.connector).revoke!(revokeOf(s, 0, member), signal);
    expect(memberIds(s, 0)).not.toContain(member);
  });
});
