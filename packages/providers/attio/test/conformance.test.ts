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
const token = 'attio-scim-conformance-token';
const basePath = '/scim/v2';

defineProviderConformance({
  providerId: 'attio',
  packageDir,
  main,
  credentialFlags: ['--token', token],
  serverAuth: { bearer: token },
  basePath,
});

describe('provider attio: quirks', () => {
  it('asks for 100 per page, sends plain JSON in Accept, a Bearer token, and reads every page', async () => {
    const directory = JSON.parse(readFileSync(new URL('fixtures/directory.json', packageDir), 'utf8')) as ScimDirectoryData;
    // Two resources a page forces several pages out of the small fixture.
    const server = await startScimServer({ directory, auth: { bearer: token }, basePath, faults: { pageCap: 2 } });
    try {
      const file = join(mkdtempSync(join(tmpdir(), 'attio-')), 'sync.c1z');
      const argv = ['--service-provider', 'attio', '--api-endpoint', server.url, '--token', token, '--log-level', 'warn', '-f', file];
      const run = await runCli(main, argv, cwd);
      expect(run.code, run.stderr).toBe(0);
      const lists = server.requests.filter((r) => r.method === 'GET' && /\/(Users|Groups)$/.test(r.path));
      for (const r of lists) expect(r.headers['authorization']).toBe('Bearer [REDACTED]');
      for (const r of lists) expect(r.headers['accept']).not.toContain('application/scim+json');
      // The connection check reads one user (count=1); every listing page asks for 100.
      const pages = lists.filter((r) => r.query['count'] !== '1');
      expect(pages.length).toBeGreaterThan(2);
      for (const r of pages) expect(r.query['count']).toBe('100');
    } finally {
      await server.close();
    }
  });

  it('removes a team member with the filter path members[value eq "<id>"]', async () => {
    const directory = JSON.parse(readFileSync(new URL('fixtures/directory.json', packageDir), 'utf8')) as ScimDirectoryData;
    const server = await startScimServer({ directory, auth: { bearer: token }, basePath });
    try {
      const file = join(mkdtempSync(join(tmpdir(), 'attio-')), 'sync.c1z');
      const argv = ['--service-provider', 'attio', '--api-endpoint', server.url, '--token', token, '--log-level', 'warn', '-f', file];
      expect((await runCli(main, argv, cwd)).code).toBe(0);
      const team = 'b5d3f8a1-c920-47e6-8b4d-3f17a9c82e01';
      const user = '3a8f5b2c-9e14-4d7a-b832-1c6f85d90e03';
      const revoke = await runCli(main, [...argv, '--provisioning', '--revoke-grant', `group:${team}:member:user:${user}`], cwd);
      expect(revoke.code, revoke.stderr).toBe(0);
      const patches = server.requests.filter((r) => r.method === 'PATCH');
      expect(patches.map((r) => (r.body as { Operations: unknown }).Operations)).toEqual([[{ op: 'remove', path: `members[value eq "${user}"]` }]]);
      expect((server.directory.groups.get(team)?.members ?? []).map((m) => m.value)).toEqual(['3a8f5b2c-9e14-4d7a-b832-1c6f85d90e01']);
    } finally {
      await server.close();
    }
  });
});
