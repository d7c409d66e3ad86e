import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '@baton-scim/cli';
import { definePackageChecks, expectSyncedDirectory, readSync, runCli, type ExpectedDirectory } from '@baton-scim/testkit/conformance';
import { afterEach, describe, expect, it } from 'vitest';
import { readDirectory, startFakeGraph, type FakeGraph } from './graph-server.js';

const packageDir = new URL('..', import.meta.url);
const cwd = fileURLToPath(packageDir);
const directory = readDirectory(new URL('fixtures/directory.json', packageDir));
const expected = JSON.parse(readFileSync(new URL('fixtures/expected.json', packageDir), 'utf8')) as ExpectedDirectory;
const clientId = 'c0ffee00-1111-4222-8333-444455556666';
const clientSecret = 'entra-conformance-client-secret';

let graph: FakeGraph | undefined;
afterEach(async () => {
  await graph?.close();
  graph = undefined;
});

const newFile = (): string => join(mkdtempSync(join(tmpdir(), 'entra-')), 'sync.c1z');
const syncArgs = (g: FakeGraph, file: string): string[] =>
  ['--service-provider', 'entra-id', '--api-endpoint', g.apiEndpoint, '--auth-url', g.tokenUrl,
    '--scim-client-id', clientId, '--scim-client-secret', clientSecret, '--log-level', 'warn', '-f', file];
const pathOf = (target: string): string => new URL(target, 'http://x').pathname;

describe('provider entra-id', () => {
  definePackageChecks({
    main, providerId: 'entra-id', packageDir, capabilitiesNote: 'group provisioning through Graph',
    capabilities: [
      ['group', ['CAPABILITY_PROVISION', 'CAPABILITY_SYNC']],
      ['role', ['CAPABILITY_SYNC']],
      ['user', ['CAPABILITY_SYNC']],
    ],
  });

  it('syncs users, groups with nested groups, directory roles and memberships from Graph', async () => {
    graph = await startFakeGraph(directory, { clientId, clientSecret, maxTop: 2 });
    const file = newFile();
    const run = await runCli(main, syncArgs(graph, file), cwd);
    expect(run.code, run.stderr).toBe(0);
    expectSyncedDirectory(await readSync(main, file, cwd), expected);
  });

  it('asks for $top=999, follows every @odata.nextLink once, and obtains a client-credentials token', async () => {
    graph = await startFakeGraph(directory, { clientId, clientSecret, maxTop: 2 });
    const run = await runCli(main, syncArgs(graph, newFile()), cwd);
    expect(run.code, run.stderr).toBe(0);
    expect(graph.requests.every((r) => r.status < 300)).toBe(true);
    const token = graph.requests.filter((r) => r.method === 'POST');
    expect(token.length).toBeGreaterThan(0);
    // The scope follows --api-endpoint ({api_origin}/.default), so a national cloud's Graph host gets its own scope.
    expect(new Set(graph.tokenScopes)).toEqual(new Set([`${new URL(graph.apiEndpoint).origin}/.default`]));
    const reads = graph.requests.filter((r) => r.method === 'GET');
    expect(reads.every((r) => r.scheme === 'Bearer')).toBe(true);
    const usersPages = reads.filter((r) => pathOf(r.target) === '/v1.0/users').map((r) => new URL(r.target, 'http://x').searchParams);
    // The credential check lists one user; each listing then walks 3 pages of 2 (5 users).
    expect(usersPages.filter((q) => q.get('$top') === '999' && q.get('$skiptoken') === null).length).toBeGreaterThan(0);
    expect(usersPages.filter((q) => q.get('$skiptoken') === '4').length).toBe(usersPages.filter((q) => q.get('$skiptoken') === '2').length);
    // Roles are read once, for the sync's users listing, not for the one-user credential check.
    expect(reads.filter((r) => pathOf(r.target) === '/v1.0/directoryRoles')).toHaveLength(1);
    const engineering = reads.filter((r) => pathOf(r.target) === '/v1.0/groups/02bd9fd6-8f93-4758-87c3-1fb73740a315/members');
    expect(engineering.map((r) => new URL(r.target, 'http://x').searchParams.get('$skiptoken'))).toEqual([null, '2']);
  });

  it('refuses an @odata.nextLink to another host instead of sending the token there', async () => {
    graph = await startFakeGraph(directory, { clientId, clientSecret, maxTop: 2, linkOrigin: 'https://attacker.example.net' });
    const run = await runCli(main, syncArgs(graph, newFile()), cwd);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('@odata.nextLink outside');
    expect(run.stderr).not.toContain(clientSecret);
    expect(graph.requests.some((r) => r.target.includes('$skiptoken'))).toBe(false);
  });

  it('refuses the templated token URL until --auth-url names the tenant', async () => {
    const run = await runCli(main, ['--service-provider', 'entra-id', '--scim-client-id', clientId, '--scim-client-secret', clientSecret, '-f', newFile()], cwd);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('{tenant}');
    expect(run.stderr).toContain('--auth-url');
  });
  it('reads a directory role with 1,000 members or more from its role assignments, which page past that cap', async () => {
    // Graph documents that a role's members list returns 1,000 objects and no nextLink past them.
    const big = structuredClone(directory);
    const extra = Array.from({ length: 1005 }, (_, i) => ({ ...directory.users[0], id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, userPrincipalName: `u${i}@contoso.example`, mail: `u${i}@contoso.example` }));
    big.users.push(...extra);
    const globalAdmin = '0ba6b6f9-ea3d-4a3e-9f6b-3b1c2d4e5f60';
    big.roleMembers[globalAdmin] = [...(big.roleMembers[globalAdmin] ?? []), ...extra.map((u) => String(u.id))];
    graph = await startFakeGraph(big, { clientId, clientSecret, maxTop: 500 });
    const file = newFile();
    const run = await runCli(main, syncArgs(graph, file), cwd);
    expect(run.code, run.stderr).toBe(0);
    const synced = await readSync(main, file, cwd);
    const holders = synced.grants.filter((g) => g.startsWith('role:62e90394-69f5-4237-9190-012177145e10:member:user:'));
    // Ada, the 1,005 added users, and Grace through the Platform Admins group; never the administrative-unit-scoped one.
    expect(holders).toHaveLength(1 + 1005 + 1);
    expect(synced.grants).not.toContain('role:62e90394-69f5-4237-9190-012177145e10:member:user:e8b753b5-4117-464e-9a08-713e1ff266b3');
    const assignments = graph.requests.filter((r) => pathOf(r.target) === '/v1.0/roleManagement/directory/roleAssignments');
    expect(assignments.map((r) => new URL(r.target, 'http://x').searchParams.get('$filter'))).toContain("roleDefinitionId eq '62e90394-69f5-4237-9190-012177145e10'");
    expect(assignments.length).toBeGreaterThan(1);
  });

  describe('a Graph listing whose nextLinks never end', () => {
    const cases = [
      ['cycles A→B→A in the users listing', '/users', (skip: number) => (skip === 4 ? 2 : skip + 2), 'sent a next page it had already sent'],
      ['names itself in a directory role\'s members (read inside one call)', '/members', (skip: number) => Math.max(skip, 2), 'sent the same next page it was called with'],
      ['cycles A→B→C→A in the groups listing', '/groups', (skip: number) => (skip === 6 ? 2 : skip + 2), 'sent a next page it had already sent'],
    ] as const;
    it.each(cases)('fails the sync when the server %s, after a few requests', async (_name, pathEnd, next, message) => {
      graph = await startFakeGraph(directory, { clientId, clientSecret, maxTop: 2, hostile: { pathEnd, next } });
      const file = newFile();
      const run = await runCli(main, syncArgs(graph, file), cwd);
      expect(run.code).not.toBe(0);
      expect(run.stderr).toContain(message);
      expect(run.stderr).toContain('Microsoft Graph GET');
      expect(graph.requests.length).toBeLessThan(60);
    });
  });
});
