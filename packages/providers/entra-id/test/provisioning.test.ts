// Entra ID group membership grants and revokes through Graph's members/$ref, each read back on the user's memberOf.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '@baton-scim/cli';
import { runCli } from '@baton-scim/testkit/conformance';
import { afterEach, describe, expect, it } from 'vitest';
import { readDirectory, startFakeGraph, type FakeGraph, type FakeGraphOptions } from './graph-server.js';

const packageDir = new URL('..', import.meta.url);
const cwd = fileURLToPath(packageDir);
const directory = readDirectory(new URL('fixtures/directory.json', packageDir));
const clientId = 'c0ffee00-1111-4222-8333-444455556666';
const clientSecret = 'entra-conformance-client-secret';
const [engineering, platformAdmins, allStaff] = ['02bd9fd6-8f93-4758-87c3-1fb73740a315', '45b7d2e7-b882-4a80-ba97-10b7a63b8fa4', '7f6b8c2a-1d3e-4f5a-9b0c-2e4d6f8a0b1c'];
const [grace, alan] = ['87d349ed-44d7-43e1-9a83-5f2406dee5bd', '5bde3e51-d13b-4db1-9948-fe4b109d11a7'];

let graph: FakeGraph | undefined;
afterEach(async () => {
  await graph?.close();
  graph = undefined;
});

const syncArgs = (g: FakeGraph, file: string): string[] =>
  ['--service-provider', 'entra-id', '--api-endpoint', g.apiEndpoint, '--auth-url', g.tokenUrl,
    '--scim-client-id', clientId, '--scim-client-secret', clientSecret, '--log-level', 'warn', '-f', file];
const grantArgs = (group: string, user: string): string[] => ['--provisioning', '--grant-entitlement', `group:${group}:member`, '--grant-principal-type', 'user', '--grant-principal', user];
const revokeArgs = (group: string, user: string): string[] => ['--provisioning', '--revoke-grant', `group:${group}:member:user:${user}`];
const targets = (g: FakeGraph, method: string): string[] => g.requests.filter((r) => r.method === method).map((r) => r.target);
const memberOfReads = (g: FakeGraph, user: string): string[] => targets(g, 'GET').filter((t) => new URL(t, 'http://x').pathname === `/v1.0/users/${user}/memberOf`);

/** A fake Graph and a file synced from it, which the one-shot grant and revoke look their targets up in. */
async function synced(options: Partial<FakeGraphOptions> = {}): Promise<{ g: FakeGraph; file: string }> {
  const g = await startFakeGraph(directory, { clientId, clientSecret, ...options });
  graph = g;
  const file = join(mkdtempSync(join(tmpdir(), 'entra-p-')), 'sync.c1z');
  const run = await runCli(main, syncArgs(g, file), cwd);
  expect(run.code, run.stderr).toBe(0);
  g.requests.length = 0;
  return { g, file };
}

describe('provider entra-id: group provisioning', () => {
  it('adds and removes a user through members/$ref, reading the user\'s memberOf before and after each', async () => {
    const { g, file } = await synced();
    const grant = await runCli(main, [...syncArgs(g, file), ...grantArgs(platformAdmins, alan)], cwd);
    expect(grant.code, grant.stderr).toBe(0);
    // The membership hooks are the provisioning; no provisioning: section is missing.
    expect(grant.stderr).not.toContain('has no effect');
    expect(g.directory.groupMembers[platformAdmins]).toEqual([grace, alan]);
    const post = g.requests.find((r) => r.method === 'POST' && r.target.endsWith('/members/$ref'));
    expect(JSON.parse(post?.body ?? '{}')).toEqual({ '@odata.id': `${g.apiEndpoint}directoryObjects/${alan}` });
    // The revoke looks its grant up in the file, so the new membership must be synced first.
    expect((await runCli(main, syncArgs(g, file), cwd)).code).toBe(0);
    const revoke = await runCli(main, [...syncArgs(g, file), ...revokeArgs(platformAdmins, alan)], cwd);
    expect(revoke.code, revoke.stderr).toBe(0);
    expect(g.directory.groupMembers[platformAdmins]).toEqual([grace]);
    expect(targets(g, 'DELETE')).toEqual([`/v1.0/groups/${platformAdmins}/members/${alan}/$ref`]);
    expect(memberOfReads(g, alan)).toHaveLength(4);
  });

  it('reads every page of the user\'s memberOf before and after each change', async () => {
    // One entry per page: Grace's memberOf is Engineering, Platform Admins and a directory role.
    const { g, file } = await synced({ maxTop: 1 });
    const grant = await runCli(main, [...syncArgs(g, file), ...grantArgs(allStaff, grace)], cwd);
    expect(grant.code, grant.stderr).toBe(0);
    const revoke = await runCli(main, [...syncArgs(g, file), ...revokeArgs(engineering, grace)], cwd);
    expect(revoke.code, revoke.stderr).toBe(0);
    expect(g.directory.groupMembers[allStaff]).toContain(grace);
    expect(g.directory.groupMembers[engineering]).not.toContain(grace);
    expect(g.directory.groupMembers[platformAdmins]).toEqual([grace]);
    // Before and after the grant: 3 entries then 4, a page each; before and after the revoke: 4 then 3.
    expect(memberOfReads(g, grace).filter((t) => new URL(t, 'http://x').searchParams.has('$skiptoken'))).toHaveLength(2 + 3 + 3 + 2);
  });

  it('puts back the groups a misbehaving add dropped the user from, and fails naming them', async () => {
    const { g, file } = await synced({ dropOthersOnFirstAdd: true });
    const grant = await runCli(main, [...syncArgs(g, file), ...grantArgs(allStaff, grace)], cwd);
    expect(grant.code).not.toBe(0);
    expect(grant.stderr).toMatch(/changed other group memberships/);
    expect(grant.stderr).toContain(engineering);
    expect(grant.stderr).toMatch(/put back/);
    expect(g.directory.groupMembers[engineering]).toContain(grace);
    expect(g.directory.groupMembers[platformAdmins]).toEqual([grace]);
    expect(targets(g, 'POST').filter((t) => t.endsWith('/members/$ref')).sort()).toEqual(
      [`/v1.0/groups/${allStaff}/members/$ref`, `/v1.0/groups/${engineering}/members/$ref`, `/v1.0/groups/${platformAdmins}/members/$ref`].sort(),
    );
  });

  it('grants membership to users only: a group as member is refused before anything is sent', async () => {
    const { g, file } = await synced();
    const grant = await runCli(main, [...syncArgs(g, file), '--provisioning', '--grant-entitlement', `group:${allStaff}:member`, '--grant-principal-type', 'group', '--grant-principal', platformAdmins], cwd);
    expect(grant.code).not.toBe(0);
    expect(grant.stderr).toContain('granted to users only');
    expect(g.requests.filter((r) => r.method !== 'GET' && !r.target.includes('oauth2'))).toEqual([]);
    expect(g.directory.groupMembers[allStaff]).not.toContain(platformAdmins);
  });

  it('refuses a memberOf @odata.nextLink to another host and sends no write', async () => {
    const { g, file } = await synced();
    const hostile = await startFakeGraph(directory, { clientId, clientSecret, maxTop: 1, linkOrigin: 'https://attacker.example.net' });
    try {
      const grant = await runCli(main, [...syncArgs(hostile, file), ...grantArgs(allStaff, grace)], cwd);
      expect(grant.code).not.toBe(0);
      expect(grant.stderr).toContain('@odata.nextLink outside');
      expect(hostile.requests.some((r) => r.target.startsWith(`/v1.0/users/${grace}/memberOf`))).toBe(true);
      expect(hostile.requests.filter((r) => r.method !== 'GET' && !r.target.includes('oauth2'))).toEqual([]);
      expect(hostile.directory.groupMembers[allStaff]).not.toContain(grace);
    } finally {
      await hostile.close();
    }
    expect(g.requests).toEqual([]);
  });
});
