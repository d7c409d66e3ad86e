// JumpCloud group membership grants and revokes with POST /v2/usergroups/{id}/members, each read back on the
// user's GET /v2/users/{id}/memberof.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '@baton-scim/cli';
import { runCli } from '@baton-scim/testkit/conformance';
import { afterEach, describe, expect, it } from 'vitest';
import { readDirectory, startFakeJumpCloud, type FakeJumpCloud, type FakeJumpCloudOptions, type JumpCloudDirectory } from './jumpcloud-server.js';

const packageDir = new URL('..', import.meta.url);
const cwd = fileURLToPath(packageDir);
const directory = readDirectory(new URL('fixtures/directory.json', packageDir));
const apiKey = 'jumpcloud-conformance-api-key';
const [staff, admins, empty] = ['60a1b2c3d4e5f6a7b8c9d0f1', '60a1b2c3d4e5f6a7b8c9d0f2', '60a1b2c3d4e5f6a7b8c9d0f3'];
const [ada, grace] = ['5f1b2c3d4e5f6a7b8c9d0e11', '5f1b2c3d4e5f6a7b8c9d0e12'];

let jc: FakeJumpCloud | undefined;
afterEach(async () => {
  await jc?.close();
  jc = undefined;
});

const syncArgs = (j: FakeJumpCloud, file: string): string[] =>
  ['--service-provider', 'jumpcloud', '--api-endpoint', j.apiEndpoint, '--api-key', apiKey, '--log-level', 'warn', '-f', file];
const grantArgs = (group: string, user: string): string[] => ['--provisioning', '--grant-entitlement', `group:${group}:member`, '--grant-principal-type', 'user', '--grant-principal', user];
const revokeArgs = (group: string, user: string): string[] => ['--provisioning', '--revoke-grant', `group:${group}:member:user:${user}`];
const memberOfReads = (j: FakeJumpCloud, user: string): string[] => j.requests.filter((r) => r.method === 'GET' && r.target.startsWith(`/api/v2/users/${user}/memberof`)).map((r) => r.target);
const posts = (j: FakeJumpCloud): unknown[] => j.requests.filter((r) => r.method === 'POST').map((r) => [r.target, JSON.parse(r.body) as unknown]);

/** A fake JumpCloud and a file synced from it, which the one-shot grant and revoke look their targets up in. */
async function synced(dir: JumpCloudDirectory = directory, options: FakeJumpCloudOptions = {}): Promise<{ j: FakeJumpCloud; file: string }> {
  const j = await startFakeJumpCloud(dir, apiKey, 100, options);
  jc = j;
  const file = join(mkdtempSync(join(tmpdir(), 'jumpcloud-p-')), 'sync.c1z');
  const run = await runCli(main, syncArgs(j, file), cwd);
  expect(run.code, run.stderr).toBe(0);
  j.requests.length = 0;
  return { j, file };
}

describe('provider jumpcloud: group provisioning', () => {
  it('adds and removes a user with POST /v2/usergroups/{id}/members, reading the user\'s memberof before and after each', async () => {
    const { j, file } = await synced();
    const grant = await runCli(main, [...syncArgs(j, file), ...grantArgs(empty, grace)], cwd);
    expect(grant.code, grant.stderr).toBe(0);
    expect(j.directory.members[empty]).toEqual([grace]);
    const revoke = await runCli(main, [...syncArgs(j, file), ...revokeArgs(staff, grace)], cwd);
    expect(revoke.code, revoke.stderr).toBe(0);
    expect(j.directory.members[staff]).toEqual([ada, '5f1b2c3d4e5f6a7b8c9d0e15']);
    expect(j.directory.members[empty]).toEqual([grace]);
    expect(posts(j)).toEqual([
      [`/api/v2/usergroups/${empty}/members`, { op: 'add', type: 'user', id: grace }],
      [`/api/v2/usergroups/${staff}/members`, { op: 'remove', type: 'user', id: grace }],
    ]);
    expect(memberOfReads(j, grace)).toEqual(Array.from({ length: 4 }, () => `/api/v2/users/${grace}/memberof?limit=100&skip=0`));
  });

  it('reads every page of the user\'s memberof', async () => {
    // Grace belongs to 120 groups, so her memberof takes two pages of 100; the granted group comes last.
    const many = structuredClone(directory);
    const extra = Array.from({ length: 121 }, (_, i) => ({ id: `6b${String(i).padStart(22, '0')}`, name: `Team ${i}`, type: 'user_group' }));
    many.usergroups.push(...extra);
    for (const g of extra.slice(0, 119)) many.members[g.id] = [grace];
    const last = extra[120]?.id ?? '';
    many.members[last] = [];
    const { j, file } = await synced(many);
    const grant = await runCli(main, [...syncArgs(j, file), ...grantArgs(last, grace)], cwd);
    expect(grant.code, grant.stderr).toBe(0);
    expect(j.directory.members[last]).toEqual([grace]);
    expect(memberOfReads(j, grace)).toEqual([
      `/api/v2/users/${grace}/memberof?limit=100&skip=0`, `/api/v2/users/${grace}/memberof?limit=100&skip=100`,
      `/api/v2/users/${grace}/memberof?limit=100&skip=0`, `/api/v2/users/${grace}/memberof?limit=100&skip=100`,
    ]);
  });

  it('puts back the groups a misbehaving add dropped the user from, and fails naming them', async () => {
    const { j, file } = await synced(directory, { dropOthersOnFirstAdd: true });
    const grant = await runCli(main, [...syncArgs(j, file), ...grantArgs(empty, ada)], cwd);
    expect(grant.code).not.toBe(0);
    expect(grant.stderr).toMatch(/changed other group memberships/);
    expect(grant.stderr).toContain(staff);
    expect(grant.stderr).toContain(admins);
    expect(grant.stderr).toMatch(/put back/);
    expect(j.directory.members[staff]).toContain(ada);
    expect(j.directory.members[admins]).toContain(ada);
    expect(posts(j).map((p) => (p as [string, unknown])[0]).sort()).toEqual(
      [`/api/v2/usergroups/${admins}/members`, `/api/v2/usergroups/${empty}/members`, `/api/v2/usergroups/${staff}/members`].sort(),
    );
  });
});
