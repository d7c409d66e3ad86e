import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '@baton-scim/cli';
import { startScimServer, type ScimDirectoryData } from '@baton-scim/testkit';
import { defineProviderConformance, runCli } from '@baton-scim/testkit/conformance';
import { describe, expect, it } from 'vitest';

const packageDir = new URL('..', import.meta.url);
const cwd = fileURLToPath(packageDir);
const token = 'asana-service-account-conformance-token';
const basePath = '/api/1.0/scim';

defineProviderConformance({
  providerId: 'asana',
  packageDir,
  main,
  credentialFlags: ['--token', token],
  serverAuth: { bearer: token },
  basePath,
  readsMembersPerGroup: true,
});

describe('provider asana: quirks', () => {
  it('reads team members from each team, since Asana lists teams without members', async () => {
    const directory = JSON.parse(readFileSync(new URL('fixtures/directory.json', packageDir), 'utf8')) as ScimDirectoryData;
    // membersCap 0: the team listing carries no members, as in Asana's documented GET /Groups response.
    const server = await startScimServer({ directory, auth: { bearer: token }, basePath, faults: { membersCap: 0 } });
    try {
      const file = join(mkdtempSync(join(tmpdir(), 'asana-')), 'sync.c1z');
      const argv = ['--service-provider', 'asana', '--api-endpoint', server.url, '--token', token, '--log-level', 'warn', '-f', file];
      const run = await runCli(main, argv, cwd);
      expect(run.code, run.stderr).toBe(0);
      for (const r of server.requests) expect(r.headers['authorization']).toBe('Bearer [REDACTED]');
      const grants = await runCli(main, ['inspect', 'grants', '-o', 'json', '-f', file], cwd);
      expect(grants.code, grants.stderr).toBe(0);
      expect(grants.stdout).toContain('group:1204518856120002:member:user:1204518856110004');
      expect(grants.stdout).toContain('group:1204518856120001:member:user:1204518856110002');
    } finally {
      await server.close();
    }
  });

  it('fails, naming the team, when a team is read without members rather than record it as empty', async () => {
    const directory = JSON.parse(readFileSync(new URL('fixtures/directory.json', packageDir), 'utf8')) as ScimDirectoryData;
    // A team object shaped like Asana's documented ones (id, displayName), with no `members` attribute.
    directory.groups.push({ id: '1204518856120009', displayName: 'Unread team' });
    const server = await startScimServer({ directory, auth: { bearer: token }, basePath });
    try {
      const file = join(mkdtempSync(join(tmpdir(), 'asana-')), 'sync.c1z');
      const argv = ['--service-provider', 'asana', '--api-endpoint', server.url, '--token', token, '--log-level', 'warn', '-f', file];
      const run = await runCli(main, argv, cwd);
      expect(run.code).not.toBe(0);
      expect(run.stderr).toContain('returned group 1204518856120009 without "members"');
    } finally {
      await server.close();
    }
  });

  it('adds a team member with op add on members, accepting Asana\'s 204 No Content answer', async () => {
    const directory = JSON.parse(readFileSync(new URL('fixtures/directory.json', packageDir), 'utf8')) as ScimDirectoryData;
    const server = await startScimServer({ directory, auth: { bearer: token }, basePath, patchResponse: 'no-content' });
    try {
      const file = join(mkdtempSync(join(tmpdir(), 'asana-')), 'sync.c1z');
      const common = ['--service-provider', 'asana', '--api-endpoint', server.url, '--token', token, '--log-level', 'warn', '-f', file];
      expect((await runCli(main, common, cwd)).code).toBe(0);
      const grant = await runCli(main, [...common, '--provisioning', '--grant-entitlement', 'group:1204518856120001:member', '--grant-principal', '1204518856110004', '--grant-principal-type', 'user'], cwd);
      expect(grant.code, grant.stderr).toBe(0);
      const patches = server.requests.filter((r) => r.method === 'PATCH');
      expect(patches.map((r) => r.body)).toMatchObject([{ Operations: [{ op: 'add', path: 'members', value: [{ value: '1204518856110004' }] }] }]);
      expect(patches.map((r) => r.status)).toEqual([204]);
      expect((server.directory.groups.get('1204518856120001')?.members ?? []).map((m) => m.value)).toContain('1204518856110004');
      // Removal is not documented by Asana, so it is not offered.
      const revoke = await runCli(main, [...common, '--provisioning', '--revoke-grant', 'group:1204518856120001:member:user:1204518856110001'], cwd);
      expect(revoke.code).not.toBe(0);
      expect(server.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});
