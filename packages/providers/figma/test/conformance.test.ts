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
const token = 'figma-scim-conformance-token';
const basePath = '/scim/v2/1401286822445493852';

defineProviderConformance({
  providerId: 'figma',
  packageDir,
  main,
  credentialFlags: ['--token', token],
  serverAuth: { bearer: token },
  basePath,
});

describe('provider figma: quirks', () => {
  it('asks for 200 per page, sends plain JSON in Accept, a Bearer token, and reads every page', async () => {
    const directory = JSON.parse(readFileSync(new URL('fixtures/directory.json', packageDir), 'utf8')) as ScimDirectoryData;
    // Two resources a page forces several pages out of the small fixture.
    const server = await startScimServer({ directory, auth: { bearer: token }, basePath, faults: { pageCap: 2 } });
    try {
      const file = join(mkdtempSync(join(tmpdir(), 'figma-')), 'sync.c1z');
      const argv = ['--service-provider', 'figma', '--api-endpoint', server.url, '--token', token, '--log-level', 'warn', '-f', file];
      const run = await runCli(main, argv, cwd);
      expect(run.code, run.stderr).toBe(0);
      const lists = server.requests.filter((r) => r.method === 'GET' && /\/(Users|Groups)$/.test(r.path));
      for (const r of lists) expect(r.headers['authorization']).toBe('Bearer [REDACTED]');
      for (const r of lists) expect(r.headers['accept']).not.toContain('application/scim+json');
      // The connection check reads one user (count=1); every listing page asks for 200.
      const pages = lists.filter((r) => r.query['count'] !== '1');
      expect(pages.length).toBeGreaterThan(2);
      for (const r of pages) expect(r.query['count']).toBe('200');
    } finally {
      await server.close();
    }
  });

  it('refuses the templated endpoint until --api-endpoint names the tenant', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'figma-')), 'sync.c1z');
    const run = await runCli(main, ['--service-provider', 'figma', '--token', token, '-f', file], cwd);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('{tenant_id}');
    expect(run.stderr).toContain('--api-endpoint');
  });
});

