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
const token = 'hcp-terraform-scim-conformance-token';
const basePath = '/scim/v2/scimconf-vaRz2K9cXJzARfrgzcVrDyCYJyap8b';

defineProviderConformance({
  providerId: 'hcp-terraform',
  packageDir,
  main,
  credentialFlags: ['--token', token],
  serverAuth: { bearer: token },
  basePath,
});

describe('provider hcp-terraform: quirks', () => {
  it('asks for 200 per page, sends the SCIM media type in Accept, a Bearer token, and reads every page', async () => {
    const directory = JSON.parse(readFileSync(new URL('fixtures/directory.json', packageDir), 'utf8')) as ScimDirectoryData;
    // Two resources a page forces several pages out of the small fixture.
    const server = await startScimServer({ directory, auth: { bearer: token }, basePath, faults: { pageCap: 2 } });
    try {
      const file = join(mkdtempSync(join(tmpdir(), 'hcp-terraform-')), 'sync.c1z');
      const argv = ['--service-provider', 'hcp-terraform', '--api-endpoint', server.url, '--token', token, '--log-level', 'warn', '-f', file];
      const run = await runCli(main, argv, cwd);
      expect(run.code, run.stderr).toBe(0);
      const lists = server.requests.filter((r) => r.method === 'GET' && /\/(Users|Groups)$/.test(r.path));
      for (const r of lists) expect(r.headers['authorization']).toBe('Bearer [REDACTED]');
      for (const r of lists) expect(r.headers['accept']).toContain('application/scim+json');
      // The connection check reads one user (count=1); every listing page asks for 200.
      const pages = lists.filter((r) => r.query['count'] !== '1');
      expect(pages.length).toBeGreaterThan(2);
      for (const r of pages) expect(r.query['count']).toBe('200');
    } finally {
      await server.close();
    }
  });

  it('refuses the templated endpoint until --api-endpoint names the tenant', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'hcp-terraform-')), 'sync.c1z');
    const run = await runCli(main, ['--service-provider', 'hcp-terraform', '--token', token, '-f', file], cwd);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('{scim_configuration_id}');
    expect(run.stderr).toContain('--api-endpoint');
  });

  it('removes a member with the documented filter path, members[value eq "<id>"]', async () => {
    const directory = JSON.parse(readFileSync(new URL('fixtures/directory.json', packageDir), 'utf8')) as ScimDirectoryData;
    const server = await startScimServer({ directory, auth: { bearer: token }, basePath });
    try {
      const file = join(mkdtempSync(join(tmpdir(), 'hcp-terraform-')), 'sync.c1z');
      const argv = ['--service-provider', 'hcp-terraform', '--api-endpoint', server.url, '--token', token, '--log-level', 'warn', '-f', file];
      expect((await runCli(main, argv, cwd)).code).toBe(0);
      const group = 'a1c3e5f7-0b2d-4f68-9a1c-3e5f7b9d1b01';
      const user = '1b9e7c3d-5a2f-4e68-8b0a-7c4d2e9f1a02';
      const revoke = await runCli(main, [...argv, '--provisioning', '--revoke-grant', `group:${group}:member:user:${user}`], cwd);
      expect(revoke.code, revoke.stderr).toBe(0);
      const patches = server.requests.filter((r) => r.method === 'PATCH');
      expect(patches.map((r) => (r.body as { Operations: unknown }).Operations)).toEqual([[{ op: 'remove', path: `members[value eq "${user}"]` }]]);
      expect((server.directory.groups.get(group)?.members ?? []).map((m) => m.value)).not.toContain(user);
    } finally {
      await server.close();
    }
  });
});
