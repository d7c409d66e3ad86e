import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startScimServer, type ScimTestServer } from '@baton-scim/testkit';
import { cli, CONFIG, startSyncedServer, syncArgs, tempDir, TOKEN } from './support/run.js';

let server: ScimTestServer;
let file: string;
beforeAll(async () => {
  ({ server, file } = await startSyncedServer());
});
afterAll(async () => server.close());

const base = (): string[] => ['--scim-config', CONFIG, '--api-endpoint', server.url, '--token', TOKEN, '-f', file, '-p'];
const memberIds = (groupId: string): string[] => (server.directory.groups.get(groupId)?.members ?? []).map((m) => m.value);

describe('one-shot provisioning', () => {
  it('grants a group membership to a user who lacks it, then revokes exactly that grant', async () => {
    const group = [...server.directory.groups.values()][0];
    const user = [...server.directory.users.values()].find((u) => !memberIds(group?.id ?? '').includes(u.id));
    if (!group || !user) throw new Error('fixture needs a group and a non-member user');
    const before = memberIds(group.id);

    const grantArgs = [...base(), '--grant-entitlement', `group:${group.id}:member`, '--grant-principal', user.id, '--grant-principal-type', 'user'];
    const grant = await cli(grantArgs);
    expect(grant.code, grant.stderr).toBe(0);
    // The outcome is the command's result: on stdout, whatever the log level.
    expect(grant.stdout).toBe(`group:${group.id}:member to user:${user.id}: granted: written and verified by reading it back\n`);
    expect(memberIds(group.id).sort()).toEqual([...before, user.id].sort());
    const patches = server.requests.filter((r) => r.method === 'PATCH');
    expect(patches).toHaveLength(1);
    // The same grant again sends nothing and says so, as JSON with -o json.
    const again = await cli([...grantArgs, '-o', 'json']);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual({
      action: 'grant', entitlement: `group:${group.id}:member`, principal: `user:${user.id}`,
      grants: [`group:${group.id}:member:user:${user.id}`], outcome: 'already-in-place',
    });
    expect(server.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);

    // The revoke looks the grant up in the c1z, so sync the new membership first.
    expect((await cli([...syncArgs(server, file)])).code).toBe(0);
    const revoke = await cli([...base(), '--revoke-grant', `group:${group.id}:member:user:${user.id}`]);
    expect(revoke.code, revoke.stderr).toBe(0);
    expect(revoke.stdout).toBe(`group:${group.id}:member:user:${user.id}: revoked: written and verified by reading it back\n`);
    expect(memberIds(group.id).sort()).toEqual([...before].sort());
    const gone = await cli([...base(), '--revoke-grant', `group:${group.id}:member:user:${user.id}`]);
    expect(gone.stdout).toBe(`group:${group.id}:member:user:${user.id}: already revoked: nothing sent\n`);
    expect(server.requests.filter((r) => r.method === 'PATCH')).toHaveLength(2);
  });

  it('a write the server gets wrong fails on stdout with what was restored, in console and JSON form', async () => {
    // RFC-strict PATCH: a value-list remove drops every member, which the verified revoke puts back.
    const strict = await startScimServer({ generate: { users: 20, groups: 3, nestedGroups: 0, membershipsPerUser: 2, seed: 3 }, auth: { bearer: TOKEN }, strictPatch: {} });
    try {
      const dir = tempDir();
      const config = join(dir, 'value-list.yaml');
      writeFileSync(config, readFileSync(CONFIG, 'utf8').replace(/removeUserFromGroup:\n(\s+)op: remove/, 'removeUserFromGroup:\n$1style: valueList\n$1op: remove'));
      const strictFile = join(dir, 'strict.c1z');
      expect((await cli(['--scim-config', config, '--api-endpoint', strict.url, '--token', TOKEN, '-f', strictFile])).code).toBe(0);
      const group = [...strict.directory.groups.values()].find((g) => (g.members ?? []).filter((m) => m.type === 'User').length >= 3)!;
      const [victim, ...kept] = group.members!.filter((m) => m.type === 'User').map((m) => m.value);
      const args = (member: string | undefined) => ['--scim-config', config, '--api-endpoint', strict.url, '--token', TOKEN, '-f', strictFile, '-p', '--revoke-grant', `group:${group.id}:member:user:${member ?? ''}`];
      const run = await cli(args(victim));
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(`revoke of grant "group:${group.id}:member:user:${victim ?? ''}" failed: `);
      expect(run.stdout).toContain(`Restored: put back ${kept.map((id) => `"${id}"`).join(', ')} (the read-back confirms it)`);
      // The error stream carries it too, as it does every error.
      expect(run.stderr).toContain('error: revoke of grant');
      // The victim is gone now; the next member's revoke fails the same way.
      const json = await cli([...args(kept[0]), '-o', 'json']);
      expect(json.code).toBe(1);
      expect(JSON.parse(json.stdout)).toMatchObject({ action: 'revoke', outcome: 'failed', error: expect.stringContaining('Restored: put back') as unknown });
    } finally {
      await strict.close();
    }
  });

  it('without -p a grant or revoke is a usage error (exit 2) and nothing is sent', async () => {
    const group = [...server.directory.groups.values()][0];
    const user = [...server.directory.users.values()].find((u) => !memberIds(group?.id ?? '').includes(u.id));
    if (!group || !user) throw new Error('fixture needs a group and a non-member user');
    const before = memberIds(group.id);
    server.resetLog();
    const unflagged = base().filter((a) => a !== '-p');
    const grant = await cli([...unflagged, '--grant-entitlement', `group:${group.id}:member`, '--grant-principal', user.id, '--grant-principal-type', 'user']);
    expect(grant.code).toBe(2);
    expect(grant.stderr).toMatch(/--grant-entitlement changes access.*-p\/--provisioning \(\$BATON_PROVISIONING=true\)/);
    const revoke = await cli([...unflagged, '--revoke-grant', `group:${group.id}:member:user:${before[0] ?? ''}`], { env: { BATON_PROVISIONING: 'false' } });
    expect(revoke.code).toBe(2);
    expect(revoke.stderr).toMatch(/--revoke-grant changes access/);
    expect(server.requests).toEqual([]);
    expect(memberIds(group.id)).toEqual(before);
    // The variable is the same gate as the flag.
    const viaEnv = await cli([...unflagged, '--grant-entitlement', `group:${group.id}:member`, '--grant-principal', user.id, '--grant-principal-type', 'user'], { env: { BATON_PROVISIONING: 'true' } });
    expect(viaEnv.code, viaEnv.stderr).toBe(0);
    expect(memberIds(group.id).sort()).toEqual([...before, user.id].sort());
  });

  it('an entitlement or grant missing from the c1z is a clear error that suggests a fresh sync', async () => {
    const run = await cli([...base(), '--revoke-grant', 'group:nope:member:user:nobody']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/group:nope:member:user:nobody/);
    expect(run.stderr).toMatch(/sync/i);
  });

  it('a role grant the config has no operation for names the missing provisioning key, before any request', async () => {
    const role = (JSON.parse((await cli(['inspect', 'resources', '-t', 'role', '-o', 'json', '-f', file])).stdout) as { resources: { resource: { id: { resource: string } } }[] }).resources[0];
    const user = [...server.directory.users.values()][0];
    const requests = server.requests.length;
    const run = await cli([...base(), '--grant-entitlement', `role:${role?.resource.id.resource ?? ''}:member`, '--grant-principal', user?.id ?? '', '--grant-principal-type', 'user']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--grant-entitlement: ${CONFIG} has no provisioning.addUserRole`);
    expect(server.requests.length).toBe(requests);
  });
});
