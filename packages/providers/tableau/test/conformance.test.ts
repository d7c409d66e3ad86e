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
const token = 'tableau-scim-conformance-token';
const basePath = '/pods/prod-ca-a/sites/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d/scim/v2';

defineProviderConformance({
  providerId: 'tableau',
  packageDir,
  main,
  credentialFlags: ['--token', token],
  serverAuth: { bearer: token },
  basePath,
});

describe('provider tableau: quirks', () => {
  it('asks for 100 per page, sends plain JSON in Accept, a Bearer token, and reads every page', async () => {
    const directory = JSON.parse(readFileSync(new URL('fixtures/directory.json', packageDir), 'utf8')) as ScimDirectoryData;
    // Two resources a page forces several pages out of the small fixture.
    const server = await startScimServer({ directory, auth: { bearer: token }, basePath, faults: { pageCap: 2 } });
    try {
      const file = join(mkdtempSync(join(tmpdir(), 'tableau-')), 'sync.c1z');
      const argv = ['--service-provider', 'tableau', '--api-endpoint', server.url, '--token', token, '--log-level', 'warn', '-f', file];
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

  it('refuses the templated endpoint until --api-endpoint names the tenant', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tableau-')), 'sync.c1z');
    const run = await runCli(main, ['--service-provider', 'tableau', '--token', token, '-f', file], cwd);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('{pod_id}');
    expect(run.stderr).toContain('--api-endpoint');
  });
});

