// Every write is read back: what a server takes or adds beyond the named value is put back, and the change fails loudly.
import type { Logger, Resource } from '@baton-scim/core';
import { startScimServer, type ScimTestServer } from '@baton-scim/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import type { ScimProviderHooks } from '../../src/provider/hooks.js';
import { json, startServer } from '../http/test-server.js';
import { connectorFor, PROVISIONING, scimConfig, TOKEN } from '../sync/support.js';
import { provisioning, type Provisioning } from './provisioning-fixture.js';
import { testkitMode, type ServerMode } from './server-modes.js';

const open: Provisioning[] = [];
afterEach(async () => {
  for (const p of open.splice(0)) await p.close();
});

async function start(...args: Parameters<typeof provisioning>): Promise<Provisioning> {
  const p = await provisioning(...args);
  open.push(p);
  return p;
}

function recordingLogger(): Logger & { warnings: { obj: Record<string, unknown>; msg: string }[] } {
  const warnings: { obj: Record<string, unknown>; msg: string }[] = [];
  const noop = (): void => undefined;
  return { warnings, debug: noop, info: noop, error: noop, warn: (obj, msg) => warnings.push({ obj, msg }) };
}

const sorted = (ids: readonly string[]): string[] => [...ids].sort();

/** A testkit server whose GETs of one group run `onGet(n)` (n counts from 1) before they are answered. */
function watchedMode(onGet: (n: number, server: ScimTestServer) => void, etag = false): ServerMode & { server?: ScimTestServer } {
  let gets = 0;
  const mode: ServerMode & { server?: ScimTestServer } = {
    name: 'watched',
    start: async (data) => {
      const server = await startScimServer({
        directory: structuredClone(data),
        auth: { bearer: TOKEN },
        etag,
        faults: { slow: { delayMs: 1, routes: ['GET /Groups/*'] } },
        // The "slow" fault's wait is where the test acts, in the order the requests arrive.
        sleep: () => {
          gets += 1;
          onGet(gets, server);
          return Promise.resolve();
        },
      });
      mode.server = server;
      return {
        url: server.url,
        members: (id) => (server.directory.groups.get(id)?.members ?? []).map((m) => m.value),
        roles: (id) => (server.directory.users.get(id)?.roles ?? []).map((r) => r.value),
        writes: () => server.requests.filter((r) => r.method !== 'GET'),
        close: () => server.close(),
      };
    },
  };
  return mode;
}

describe('a server that removes more than it was asked to', () => {
  it('a value-list remove on the RFC-strict server: the other members are put back, the error names the behaviour and the fix', async () => {
    const logger = recordingLogger();
    const strict = testkitMode('strict', { strictPatch: {} });
    const p = await start(strict, { roles: [[], [], []], members: [0, 1, 2] }, { removeUserFromGroup: { style: 'valueList', path: 'members' } }, { logger });
    const ids = p.data.users.map((u) => u.id);
    const group = p.data.groups[0]!.id;
    const failure = p.removeMember(1);
    await expect(failure).rejects.toMatchObject({ code: 'failed-precondition' });
    const message = ((await failure.catch((e: unknown) => e)) as Error).message;
    expect(message).toContain('test-provider.yaml: provisioning.removeUserFromGroup');
    expect(message).toContain('ignores the value list of a PATCH "remove" of "members" and removes every value');
    expect(message).toContain(`put back "${ids[0]}", "${ids[2]}" (the read-back confirms it)`);
    expect(message).toContain('style: "replace"');
    expect(sorted(p.server.members(group))).toEqual(sorted([ids[0]!, ids[2]!]));
    expect(logger.warnings).toHaveLength(1);
    expect(logger.warnings[0]?.obj).toMatchObject({ restored: [ids[0], ids[2]], verified: true });
  });

  it('a role add that the server turns into a replace: the other roles are put back and op "replace" is suggested', async () => {
    const p = await start(
      testkitMode('lenient', {}),
      { roles: [['admin', 'billing']], members: [] },
      {},
      {
        // A server that keeps one role per user: whatever the add, the list becomes the one value.
        hooks: { buildPatch: (body) => ({ ...body, Operations: (body['Operations'] as object[]).map((op) => ({ ...op, op: 'replace' })) }) },
      },
    );
    const user = p.data.users[0]!.id;
    await expect(p.grantRole(0, 'owner')).rejects.toThrow(/replaced "roles" instead of adding to it.*put back "admin", "billing".*addUserRole\.op: "replace"/s);
    expect(sorted(p.server.roles(user))).toEqual(['admin', 'billing', 'owner']);
  });

  it('a one-role grant (op "replace") that the server turns into an add: the old roles are taken back and op "add" is suggested', async () => {
    let patches = 0;
    const p = await start(
      testkitMode('lenient', {}),
      { roles: [['admin', 'billing']], members: [] },
      { addUserRole: { op: 'replace', path: 'roles' } },
      // Only the grant itself is turned into an add; the restore's list replace goes through as sent.
      { hooks: { buildPatch: (body, hc) => (hc.valueId === 'owner' && (patches += 1) === 1 ? { ...body, Operations: (body['Operations'] as object[]).map((op) => ({ ...op, op: 'add' })) } : body) } },
    );
    await expect(p.grantRole(0, 'owner')).rejects.toThrow(/kept other values of "roles" although the grant replaces them.*took back "admin", "billing" \(the read-back confirms it\).*addUserRole\.op: "add"/s);
    expect(p.server.roles(p.data.users[0]!.id)).toEqual(['owner']);
  });

  it('a write the server answers with success but does not apply fails, naming the value, with nothing to restore', async () => {
    const p = await start(
      testkitMode('lenient', {}),
      { roles: [['admin', 'billing']], members: [] },
      {},
      { hooks: { buildPatch: (body) => ({ ...body, Operations: [{ op: 'remove', path: 'roles[value eq "nobody"]' }] }) } },
    );
    await expect(p.revokeRole(0, 'admin')).rejects.toThrow(/"admin" is still in "roles" of \/Users\/.* when read back; nothing else changed/);
    expect(sorted(p.server.roles(p.data.users[0]!.id))).toEqual(['admin', 'billing']);
  });
});

describe('read-modify-replace without ETags', () => {
  const replace = { removeUserFromGroup: { op: 'replace', path: 'members', valuePath: 'value' } };

  it('reads again when the list changed between its two reads, and keeps the concurrent change', async () => {
    let newcomer = '';
    const mode = watchedMode((n, server) => {
      // The second GET is the check just before the write: another client adds a member right then.
      if (n !== 2) return;
      const group = [...server.directory.groups.values()][0]!;
      group.members = [...(group.members ?? []), { value: newcomer, type: 'User' }];
    });
    const p = await start(mode, { roles: [[], [], [], []], members: [0, 1, 2] }, replace);
    const ids = p.data.users.map((u) => u.id);
    newcomer = ids[3]!;
    await p.removeMember(0);
    expect(sorted(p.server.members(p.data.groups[0]!.id))).toEqual(sorted([ids[1]!, ids[2]!, ids[3]!]));
    expect(p.server.writes()).toHaveLength(1);
  });

  it(`gives up after 3 tries when the list keeps changing, having written nothing`, async () => {
    let flip = 0;
    const mode = watchedMode((n, server) => {
      if (n % 2 !== 0) return;
      const group = [...server.directory.groups.values()][0]!;
      flip += 1;
      group.displayName = `changed ${flip}`;
      group.members = flip % 2 === 0 ? (group.members ?? []).slice(1) : [...(group.members ?? []), { value: `x${flip}`, type: 'User' }];
    });
    const p = await start(mode, { roles: [[], [], []], members: [0, 1, 2] }, replace);
    await expect(p.removeMember(2)).rejects.toThrow(/"members" of \/Groups\/[^ ]+ kept changing while it was being rewritten \(3 tries\)/);
    expect(p.server.writes()).toEqual([]);
  });

  it('with ETags, replaces with If-Match and needs no second read', async () => {
    const mode = watchedMode(() => undefined, true);
    const p = await start(mode, { roles: [[], [], []], members: [0, 1, 2] }, replace);
    await p.removeMember(1);
    const writes = p.server.writes();
    expect(writes.map((w) => [w.method, w.headers['if-match']])).toEqual([['PATCH', 'W/"1"']]);
    expect(mode.server?.requests.filter((r) => r.method === 'GET' && r.path.includes('/Groups/')).length).toBe(2);
  });
});

describe('a server that keeps group membership on the users (hasGroupsOnUser)', () => {
  const onUsers = { user: { hasGroupsOnUser: true, userGroup: { path: 'groups', name: 'display', id: 'value' } } };

  it('checks a grant and a revoke on the member user\'s groups', async () => {
    const p = await start(testkitMode('lenient', {}), { roles: [[], [], []], members: [0, 1] }, {}, { configPatch: onUsers });
    const ids = p.data.users.map((u) => u.id);
    const group = p.data.groups[0]!.id;
    await p.addMember(2);
    await p.removeMember(0);
    expect(sorted(p.server.members(group))).toEqual(sorted([ids[1]!, ids[2]!]));
  });

  it('refuses to replace a member list it cannot read, changing nothing, when the server refuses value filters', async () => {
    const p = await start(testkitMode('strict', { strictPatch: {} }), { roles: [[], [], []], members: [0, 1, 2] }, {}, { configPatch: onUsers });
    await expect(p.removeMember(1)).rejects.toThrow(/keeps memberships on the users \(user\.hasGroupsOnUser\), so the list cannot be read\. Nothing was changed/);
    expect(p.server.members(p.data.groups[0]!.id)).toHaveLength(3);
    expect(p.server.writes().map((w) => w.status)).toEqual([400]);
  });
});

describe('a user\'s groups whose entries carry only a name (Zoom documents `groups` without `value`)', () => {
  const onUsers = { user: { hasGroupsOnUser: true, userGroup: { path: 'groups', name: 'display', id: 'value' } } };

  /** A server whose PATCH of a group changes nothing, and whose user lists `groups` as `{ display, type }` only. */
  async function silentServer(groups: readonly { display?: string; type?: string }[]) {
    const server = await startServer((req, res) => {
      if (req.method === 'GET' && req.url.startsWith('/Users/u1')) return json(res, 200, { id: 'u1', userName: 'ada', groups });
      if (req.method === 'PATCH' && req.url === '/Groups/g1') return void res.writeHead(204).end();
      return json(res, 404, { detail: 'not found' });
    });
    const connector = connectorFor({ config: scimConfig(server.url, { provisioning: PROVISIONING, ...onUsers }), provisioning: true });
    return { server, connector };
  }

  const revoke = (connector: ReturnType<typeof connectorFor>, groupName: string | undefined) =>
    connector.resourceSyncers()[1]!.revoke!(
      { id: 'group:g1:member:user:u1', entitlement: { id: 'group:g1:member', resource: { id: { resourceType: 'group', resource: 'g1' }, ...(groupName === undefined ? {} : { displayName: groupName }) } }, principal: { id: { resourceType: 'user', resource: 'u1' } } },
      new AbortController().signal,
    );

  it('sees the membership by the group\'s name, so a revoke the server ignored fails instead of passing', async () => {
    const { server, connector } = await silentServer([{ display: 'Engineering', type: 'direct' }]);
    try {
      await expect(revoke(connector, 'Engineering')).rejects.toThrow(/the server answered the filter write with success, but "g1" is still in the groups of \/Users\/u1 when read back/);
      expect(server.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    } finally {
      await connector.close();
      await server.close();
    }
  });

  it('fails, sending nothing, when an entry cannot be told apart from the group changed', async () => {
    const { server, connector } = await silentServer([{ type: 'direct' }]);
    try {
      await expect(revoke(connector, 'Engineering')).rejects.toThrow(/lists a group entry with neither an id nor a name, so whether the user is in group g1 cannot be read back/);
      expect(server.requests.filter((r) => r.method === 'PATCH')).toHaveLength(0);
    } finally {
      await connector.close();
      await server.close();
    }
  });

  it('fails when the entry has only a name and the group\'s own name is not known', async () => {
    const { server, connector } = await silentServer([{ display: 'Engineering' }]);
    try {
      await expect(revoke(connector, undefined)).rejects.toThrow(/only the name "Engineering" and the group's own name is not known/);
    } finally {
      await connector.close();
      await server.close();
    }
  });
});

describe('group membership through provider hooks (hooks.groupMembership)', () => {
  it('puts back a membership the provider API dropped along with the one asked for, and fails naming it', async () => {
    const server = await startScimServer({ auth: { bearer: TOKEN } });
    // A provider API that, asked to add a user to one group, also drops the user from another.
    const groups = new Map<string, Set<string>>([['g1', new Set()], ['g2', new Set(['u1'])]]);
    const hooks: ScimProviderHooks = {
      groupMembership: {
        add: (groupId, userId) => {
          groups.get(groupId)?.add(userId);
          // Only the first call misbehaves; the restore's own add of g2 works.
          if (groupId === 'g1' && (adds += 1) === 1) groups.get('g2')?.delete(userId);
          return Promise.resolve();
        },
        remove: (groupId, userId) => (groups.get(groupId)?.delete(userId), Promise.resolve()),
        groupsOf: (userId) => Promise.resolve([...groups].filter(([, members]) => members.has(userId)).map(([id]) => id)),
      },
    };
    let adds = 0;
    const logger = recordingLogger();
    const connector = connectorFor({ config: scimConfig(server.url, { provisioning: PROVISIONING }), provisioning: true, hooks, logger });
    try {
      const group: Resource = { id: { resourceType: 'group', resource: 'g1' } };
      const grant = connector.resourceSyncers()[1]!.grant!({ id: { resourceType: 'user', resource: 'u1' } }, { id: 'group:g1:member', resource: group }, new AbortController().signal);
      await expect(grant).rejects.toThrow(/changed other group memberships.*removed "g2".*put back "g2" \(the read-back confirms it\)/s);
      expect([...groups.get('g2')!]).toEqual(['u1']);
      expect([...groups.get('g1')!]).toEqual(['u1']);
      expect(server.requests).toEqual([]);
    } finally {
      await connector.close();
      await server.close();
    }
  });
});
