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
const apiKey = 'ATCTT3xFfGN0-conformance-directory-key';
const basePath = '/scim/directory/3b7c9b5e-0d4f-4c1a-9e2b-8f6a5d4c3b2a';

defineProviderConformance({
  providerId: 'atlassian',
  packageDir,
  main,
  credentialFlags: ['--api-key', apiKey],
  serverAuth: { bearer: apiKey },
  basePath,
});

describe('provider atlassian: quirks', () => {
  it('pages 100 at a time through a directory larger than a page, never asking for more', async () => {
    const fixture = JSON.parse(readFileSync(new URL('fixtures/directory.json', packageDir), 'utf8')) as ScimDirectoryData;
    const template = fixture.users[0]!;
    const users = Array.from({ length: 230 }, (_, i) => ({ ...template, id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, userName: `user${i}@example.com`, emails: [{ value: `user${i}@example.com`, type: 'work', primary: true }] }));
    // The server itself caps at 100, as Atlassian does, so a client asking for more would still get 100.
    const server = await startScimServer({ directory: { users, groups: [] }, auth: { bearer: apiKey }, basePath, paging: { maxPageSize: 100 } });
    try {
      const file = join(mkdtempSync(join(tmpdir(), 'atlassian-')), 'sync.c1z');
      const argv = ['--service-provider', 'atlassian', '--api-endpoint', server.url, '--api-key', apiKey, '--log-level', 'warn', '-f', file];
      const run = await runCli(main, argv, cwd);
      expect(run.code, run.stderr).toBe(0);
      // The connector first checks its credentials with a one-item list; the listing pages follow it.
      const pages = server.requests.filter((r) => r.query['count'] !== '1');
      const userPages = pages.filter((r) => r.path === `${basePath}/Users`);
      // The last short page reaches totalResults; the request past it, answered empty, proves the listing ended.
    expect(userPages.map((r) => r.query['startIndex'])).toEqual(['1', '101', '201', '231']);
      for (const r of pages) expect(r.query['count']).toBe('100');
      const resources = await runCli(main, ['inspect', 'resources', '-o', 'json', '-f', file], cwd);
      expect(resources.code, resources.stderr).toBe(0);
      expect(resources.stdout).toContain('user229@example.com');
    } finally {
      await server.close();
    }
  });

  it('refuses the templated endpoint until --api-endpoint names the directory', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'atlassian-')), 'sync.c1z');
    const run = await runCli(main, ['--service-provider', 'atlassian', '--api-key', apiKey, '-f', file], cwd);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('{directoryId}');
    expect(run.stderr).toContain('--api-endpoint');
  });
});
