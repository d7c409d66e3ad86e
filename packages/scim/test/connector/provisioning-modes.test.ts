// Grant and revoke on every server behaviour: only the named value ever changes, and every change is read back.
import { afterEach, describe, expect, it } from 'vitest';
import { provisioning, type Provisioning } from './provisioning-fixture.js';
import { SERVER_MODES } from './server-modes.js';

const open: Provisioning[] = [];
afterEach(async () => {
  for (const p of open.splice(0)) await p.close();
});

async function start(...args: Parameters<typeof provisioning>): Promise<Provisioning> {
  const p = await provisioning(...args);
  open.push(p);
  return p;
}

const sorted = (ids: readonly string[]): string[] => [...ids].sort();
const ROLES = { roles: [['admin', 'billing', 'auditor'], ['member'], []], members: [0, 1] };

describe.each(SERVER_MODES)('on a $name server', (mode) => {
  it('a revoke with the documented removeUserRole (op "remove") removes only the named role', async () => {
    const p = await start(mode, ROLES);
    const user = p.data.users[0]!.id;
    await p.revokeRole(0, 'admin');
    expect(sorted(p.server.roles(user))).toEqual(['auditor', 'billing']);
    // Revoking what is absent sends nothing and succeeds.
    const writes = p.server.writes().length;
    await p.revokeRole(0, 'admin');
    expect(p.server.writes()).toHaveLength(writes);
    expect(sorted(p.server.roles(user))).toEqual(['auditor', 'billing']);
  });

  it('a role grant adds the one role and keeps the others; the last role can be revoked', async () => {
    const p = await start(mode, ROLES);
    const { grants, outcome } = await p.grantRole(1, 'owner');
    expect(outcome).toBe('written');
    expect(grants.map((g) => g.id)).toEqual([`role:owner:member:user:${p.data.users[1]!.id}`]);
    expect(sorted(p.server.roles(p.data.users[1]!.id))).toEqual(['member', 'owner']);
    await p.grantRole(2, 'guest');
    await p.revokeRole(2, 'guest');
    expect(p.server.roles(p.data.users[2]!.id)).toEqual([]);
  });

  it('a member revoke removes only that member; a member grant adds only that member', async () => {
    const p = await start(mode, { roles: [[], [], [], []], members: [0, 1, 2] });
    const ids = p.data.users.map((u) => u.id);
    const group = p.data.groups[0]!.id;
    await p.removeMember(1);
    expect(sorted(p.server.members(group))).toEqual(sorted([ids[0]!, ids[2]!]));
    await p.addMember(3);
    expect(sorted(p.server.members(group))).toEqual(sorted([ids[0]!, ids[2]!, ids[3]!]));
  });

  it('the documented op "replace" removal revokes with or without ETags, keeping every other member', async () => {
    const p = await start(mode, { roles: [[], [], []], members: [0, 1, 2] }, { removeUserFromGroup: { op: 'replace', path: 'members', valuePath: 'value' } });
    const ids = p.data.users.map((u) => u.id);
    await p.removeMember(0);
    expect(sorted(p.server.members(p.data.groups[0]!.id))).toEqual(sorted([ids[1]!, ids[2]!]));
    await p.removeMember(2);
    await p.removeMember(1);
    expect(p.server.members(p.data.groups[0]!.id)).toEqual([]);
  });

  it('a grant configured with op "replace" leaves the user exactly the one role (one role per user)', async () => {
    const p = await start(mode, ROLES, { addUserRole: { op: 'replace', path: 'roles', valuePath: 'value' } });
    await p.grantRole(0, 'owner');
    expect(p.server.roles(p.data.users[0]!.id)).toEqual(['owner']);
  });
});
