// Miro role provisioning: a user has exactly one organization role, so a grant replaces it with PATCH replace.
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
  it('grants a role with PATCH replace of roles, leaving the user that one role', async () => {
    const directory = JSON.parse(readFileSync(new URL('fixtures/directory.json', packageDir), 'utf8')) as ScimDirectoryData;
    const server = await startScimServer({ directory, auth: { bearer: token }, basePath: '/api/v1/scim' });
    try {
      const file = join(mkdtempSync(join(tmpdir(), 'miro-')), 'sync.c1z');
      const argv = ['--service-provider', 'miro', '--api-endpoint', server.url, '--token', token, '--log-level', 'warn', '-f', file];
      const sync = await runCli(main, argv, cwd);
      expect(sync.code, sync.stderr).toBe(0);
      server.resetLog();
      const user = '3458764517517852418';
      const grant = await runCli(main, [...argv, '-p', '--grant-entitlement', 'role:ORGANIZATION_INTERNAL_ADMIN:member', '--grant-principal-type', 'user', '--grant-principal', user], cwd);
      expect(grant.code, grant.stderr).toBe(0);
      const writes = server.requests.filter((r) => r.method !== 'GET');
      expect(writes.map((r) => [r.method, r.path, (r.body as { Operations: unknown }).Operations])).toEqual([
        ['PATCH', `/api/v1/scim/Users/${user}`, [{ op: 'replace', path: 'roles', value: [{ value: 'ORGANIZATION_INTERNAL_ADMIN' }] }]],
      ]);
      expect(server.directory.users.get(user)?.roles?.map((r) => r.value)).toEqual(['ORGANIZATION_INTERNAL_ADMIN']);
      // No role revoke is offered: a Miro user always holds one role.
      const revoke = await runCli(main, [...argv, '-p', '--revoke-grant', `role:ORGANIZATION_INTERNAL_USER:member:user:3458764517517852419`], cwd);
      expect(revoke.code).toBe(2);
      expect(revoke.stderr).toMatch(/has no provisioning\.removeUserRole/);
      expect(server.requests.filter((r) => r.method !== 'GET')).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});
