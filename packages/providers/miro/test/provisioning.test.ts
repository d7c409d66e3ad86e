// Miro role provisioning: one organization user role and any number of admin roles; a grant adds an admin role.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '@baton-scim/cli';
import { startScimServer, type ScimDirectoryData } from '@baton-scim/testkit';
import { runCli } from '@baton-scim/testkit/conformance';
import { describe, expect, it } from 'vitest';

const packageDir = new URL('..', import.meta.url);
const cwd = fileURLToPath(packageDir);
const token = 'miro-scim-provisioning-token';

describe('provider miro: role provisioning', () => {
  async function synced(): Promise<{ server: Awaited<ReturnType<typeof startScimServer>>; argv: string[] }> {
    const directory = JSON.parse(readFileSync(new URL('fixtures/directory.json', packageDir), 'utf8')) as ScimDirectoryData;
    const server = await startScimServer({ directory, auth: { bearer: token }, basePath: '/api/v1/scim' });
    const file = join(mkdtempSync(join(tmpdir(), 'miro-')), 'sync.c1z');
    const argv = ['--service-provider', 'miro', '--api-endpoint', server.url, '--token', token, '--log-level', 'warn', '-f', file];
    const sync = await runCli(main, argv, cwd);
    expect(sync.code, sync.stderr).toBe(0);
    server.resetLog();
    return { server, argv };
  }

  it('grants an admin role by adding it with its type, keeping the user role and other admin roles', async () => {
    const { server, argv } = await synced();
    try {
      const user = '3458764517517852418';
      const grant = await runCli(main, [...argv, '-p', '--grant-entitlement', 'role:Content Admin:member', '--grant-principal-type', 'user', '--grant-principal', user], cwd);
      expect(grant.code, grant.stderr).toBe(0);
      const writes = server.requests.filter((r) => r.method !== 'GET');
      expect(writes.map((r) => [r.method, r.path, (r.body as { Operations: unknown }).Operations])).toEqual([
        ['PATCH', `/api/v1/scim/Users/${user}`, [{ op: 'add', path: 'roles', value: [{ value: 'Content Admin', type: 'organization_admin_role' }] }]],
      ]);
      // Miro's role elements carry a `type` the testkit's role shape does not declare.
      expect(server.directory.users.get(user)?.roles?.map((r) => [r.value, (r as { type?: string }).type])).toEqual([
        ['ORGANIZATION_INTERNAL_USER', 'organization_user_role'],
        ['User Admin', 'organization_admin_role'],
        ['Content Admin', 'organization_admin_role'],
      ]);
    } finally {
      await server.close();
    }
  });

  it('refuses to change the one organization user role, sending nothing, and offers no revoke', async () => {
    const { server, argv } = await synced();
    try {
      const user = '3458764517517852418';
      const grant = await runCli(main, [...argv, '-p', '--grant-entitlement', 'role:ORGANIZATION_INTERNAL_ADMIN:member', '--grant-principal-type', 'user', '--grant-principal', user], cwd);
      expect(grant.code).not.toBe(0);
      expect(grant.stderr).toContain('organization_user_role');
      expect(server.requests.filter((r) => r.method !== 'GET')).toEqual([]);
      expect(server.directory.users.get(user)?.roles?.map((r) => r.value)).toEqual(['ORGANIZATION_INTERNAL_USER', 'User Admin']);
      const revoke = await runCli(main, [...argv, '-p', '--revoke-grant', 'role:User Admin:member:user:3458764517517852418'], cwd);
      expect(revoke.code).toBe(2);
      expect(revoke.stderr).toMatch(/has no provisioning\.removeUserRole/);
      expect(server.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
