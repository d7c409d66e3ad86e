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
const token = 'ghp_conformance0123456789abcdefghijklmn';
const basePath = '/scim/v2/enterprises/octo-corp';

defineProviderConformance({
  providerId: 'github',
  packageDir,
  main,
  credentialFlags: ['--token', token],
  serverAuth: { bearer: token },
  basePath,
  readsMembersPerGroup: true,
});

describe('provider github: quirks', () => {
  it('lists groups with excludedAttributes=members, as GitHub recommends, and still reads every membership', async () => {
    const directory = JSON.parse(readFileSync(new URL('fixtures/directory.json', packageDir), 'utf8')) as ScimDirectoryData;
    const server = await startScimServer({ directory, auth: { bearer: token }, basePath });
    try {
      const file = join(mkdtempSync(join(tmpdir(), 'github-')), 'sync.c1z');
      const argv = ['--service-provider', 'github', '--api-endpoint', server.url, '--token', token, '--log-level', 'warn', '-f', file];
      const run = await runCli(main, argv, cwd);
      expect(run.code, run.stderr).toBe(0);
      const groupLists = server.requests.filter((r) => r.method === 'GET' && r.path === `${basePath}/Groups` && r.query['filter'] === undefined);
      expect(groupLists.length).toBeGreaterThan(0);
      for (const r of groupLists) expect(r.query['excludedAttributes']).toBe('members');
      const grants = await runCli(main, ['inspect', 'grants', '-o', 'json', '-f', file], cwd);
      expect(grants.code, grants.stderr).toBe(0);
      expect(grants.stdout).toContain('group:24b28bbb-5fc4-4686-a153-a020debb1155:member:user:5c4b3a29-1807-4f6e-9d5c-4b3a29180706');
    } finally {
      await server.close();
    }
  });

  it('refuses the templated endpoint until --api-endpoint names the enterprise', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'github-')), 'sync.c1z');
    const run = await runCli(main, ['--service-provider', 'github', '--token', token, '-f', file], cwd);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('{enterprise}');
    expect(run.stderr).toContain('--api-endpoint');
  });
});
