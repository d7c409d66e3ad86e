import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '@baton-scim/cli';
import { startScimServer, type ScimDirectoryData, type ScimTestServer } from '@baton-scim/testkit';
import { defineProviderConformance, runCli, type CliRun } from '@baton-scim/testkit/conformance';
import { describe, expect, it } from 'vitest';

const packageDir = new URL('..', import.meta.url);
const token = 'xoxp-conformance-token';

defineProviderConformance({
  providerId: 'slack',
  packageDir,
  main,
  credentialFlags: ['--token', token],
  serverAuth: { bearer: token },
});

async function syncFixture(): Promise<{ run: CliRun; server: ScimTestServer; argv: string[] }> {
  const directory = JSON.parse(readFileSync(new URL('fixtures/directory.json', packageDir), 'utf8')) as ScimDirectoryData;
  const server = await startScimServer({ directory, auth: { bearer: token } });
  const file = join(mkdtempSync(join(tmpdir(), 'slack-')), 'sync.c1z');
  const argv = ['--service-provider', 'slack', '--api-endpoint', server.url, '--token', token, '--log-level', 'warn', '-f', file];
  return { run: await runCli(main, argv, fileURLToPath(packageDir)), server, argv };
}

describe('provider slack: quirks', () => {
  it('asks for 1000 resources per page, the most Slack serves (it defaults to 10)', async () => {
    const { run, server } = await syncFixture();
    try {
      expect(run.code, run.stderr).toBe(0);
      // The connector first checks its credentials with a one-item list; every listing page after it asks for 1000.
      const pages = server.requests.filter((r) => r.method === 'GET' && r.query['count'] !== '1');
      expect(new Set(pages.map((r) => r.path.slice(new URL(server.url).pathname.length)))).toEqual(new Set(['/Users', '/Groups']));
      for (const r of pages) expect(r.query['count']).toBe('1000');
    } finally {
      await server.close();
    }
  });

  it('removes one member by replacing the member list without it, and reads the list back to check', async () => {
    const { run, server, argv } = await syncFixture();
    try {
      expect(run.code, run.stderr).toBe(0);
      server.resetLog();
      const revoke = await runCli(main, [...argv, '--provisioning', '--revoke-grant', 'group:S01OPS67890:member:user:U01DEFG5HI6'], fileURLToPath(packageDir));
      expect(revoke.code, revoke.stderr).toBe(0);
      const group = server.requests.filter((r) => r.path === '/scim/v2/Groups/S01OPS67890');
      expect(group.map((r) => r.method)).toEqual(['GET', 'GET', 'PATCH', 'GET']);
      expect(group[2]?.body).toEqual({
        schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
        Operations: [{ op: 'replace', path: 'members', value: [expect.objectContaining({ value: 'U01CDEF4GH5' })] }],
      });
      expect(server.directory.groups.get('S01OPS67890')?.members?.map((m) => m.value)).toEqual(['U01CDEF4GH5']);
    } finally {
      await server.close();
    }
  });

  it('keeps the free-text roles profile field as a profile value, not as roles', async () => {
    const { run, server, argv } = await syncFixture();
    try {
      expect(run.code, run.stderr).toBe(0);
      const file = argv[argv.indexOf('-f') + 1]!;
      const listed = await runCli(main, ['inspect', 'resources', '-o', 'json', '-f', file], fileURLToPath(packageDir));
      expect(listed.code, listed.stderr).toBe(0);
      const resources = (JSON.parse(listed.stdout) as { resources: { resource: { id: { resourceType: string; resource: string }; annotations?: { profile?: { fields: Record<string, { stringValue?: string }> } }[] } }[] }).resources;
      expect(resources.filter((r) => r.resource.id.resourceType === 'role')).toEqual([]);
      const ada = resources.find((r) => r.resource.id.resource === 'U01ABCD2EF3');
      expect(ada?.resource.annotations?.find((a) => a.profile)?.profile?.fields['roles_profile_field']?.stringValue).toBe('Tech Lead');
    } finally {
      await server.close();
    }
  });
});
