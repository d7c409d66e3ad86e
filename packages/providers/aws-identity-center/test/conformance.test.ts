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
const token = 'aws-scim-conformance-access-token';
const basePath = '/a1b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e/scim/v2';

defineProviderConformance({
  providerId: 'aws-identity-center',
  packageDir,
  main,
  credentialFlags: ['--token', token],
  serverAuth: { bearer: token },
  basePath,
});

describe('provider aws-identity-center: quirks', () => {
  it('asks for 50 resources per page, the most Identity Center returns', async () => {
    const directory = JSON.parse(readFileSync(new URL('fixtures/directory.json', packageDir), 'utf8')) as ScimDirectoryData;
    const server = await startScimServer({ directory, auth: { bearer: token }, basePath });
    try {
      const file = join(mkdtempSync(join(tmpdir(), 'aws-')), 'sync.c1z');
      const argv = ['--service-provider', 'aws-identity-center', '--api-endpoint', server.url, '--token', token, '--log-level', 'warn', '-f', file];
      const run = await runCli(main, argv, cwd);
      expect(run.code, run.stderr).toBe(0);
      // The connector first checks its credentials with a one-item list; every listing page after it asks for 50.
      const pages = server.requests.filter((r) => r.method === 'GET' && r.query['count'] !== '1');
      expect(new Set(pages.map((r) => r.path.slice(basePath.length)))).toEqual(new Set(['/Users', '/Groups']));
      for (const r of pages) expect(r.query['count']).toBe('50');
    } finally {
      await server.close();
    }
  });

  it('refuses the templated endpoint until --api-endpoint names the region and tenant', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'aws-')), 'sync.c1z');
    const run = await runCli(main, ['--service-provider', 'aws-identity-center', '--token', token, '-f', file], cwd);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('{region}');
    expect(run.stderr).toContain('{tenant}');
    expect(run.stderr).toContain('--api-endpoint');
  });
});
