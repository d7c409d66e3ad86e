// Atlassian quirks that need code: a generated directory larger than Atlassian's 100-item page.
import { startScimServer } from '@baton-scim/testkit';
import { describe, expect, it } from 'vitest';
import { readDeclared } from '../src/declared.js';
import { cli, fixtureDirectory, syncArgv } from '../src/suite.js';

const atlassian = readDeclared('atlassian')!;

describe('provider atlassian: quirks in code', () => {
  it('pages 100 at a time through a directory larger than a page, never asking for more', async () => {
    const template = fixtureDirectory(atlassian).users[0]!;
    const users = Array.from({ length: 230 }, (_, i) => ({ ...template, id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, userName: `user${i}@example.com`, emails: [{ value: `user${i}@example.com`, type: 'work', primary: true }] }));
    // The server itself caps at 100, as Atlassian does, so a client asking for more would still get 100.
    const server = await startScimServer({ directory: { users, groups: [] }, auth: atlassian.serverAuth, basePath: atlassian.basePath, paging: { maxPageSize: 100 } });
    try {
      const argv = syncArgv(atlassian, server);
      const run = await cli(atlassian, argv);
      expect(run.code, run.stderr).toBe(0);
      // The connector first checks its credentials with a one-item list; the listing pages follow it.
      const pages = server.requests.filter((r) => r.query['count'] !== '1');
      const userPages = pages.filter((r) => r.path === `${atlassian.basePath}/Users`);
      // The last short page reaches totalResults; the request past it, answered empty, proves the listing ended.
      expect(userPages.map((r) => r.query['startIndex'])).toEqual(['1', '101', '201', '231']);
      for (const r of pages) expect(r.query['count']).toBe('100');
      const resources = await cli(atlassian, ['inspect', 'resources', '-o', 'json', '-f', argv[argv.indexOf('-f') + 1]!]);
      expect(resources.code, resources.stderr).toBe(0);
      expect(resources.stdout).toContain('user229@example.com');
    } finally {
      await server.close();
    }
  });
});
