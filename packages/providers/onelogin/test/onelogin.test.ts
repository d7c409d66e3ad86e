import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '@baton-scim/cli';
import { definePackageChecks, expectSyncedDirectory, readSync, runCli, type ExpectedDirectory } from '@baton-scim/testkit/conformance';
import { afterEach, describe, expect, it } from 'vitest';
import { readDirectory, startFakeOneLogin, type FakeOneLogin } from './onelogin-server.js';

const packageDir = new URL('..', import.meta.url);
const cwd = fileURLToPath(packageDir);
const directory = readDirectory(new URL('fixtures/directory.json', packageDir));
const expected = JSON.parse(readFileSync(new URL('fixtures/expected.json', packageDir), 'utf8')) as ExpectedDirectory;
const client = { id: 'ol-client-id-0001', secret: 'onelogin-conformance-client-secret' };

let ol: FakeOneLogin | undefined;
afterEach(async () => {
  await ol?.close();
  ol = undefined;
});

const newFile = (): string => join(mkdtempSync(join(tmpdir(), 'onelogin-')), 'sync.c1z');
const syncArgs = (o: FakeOneLogin, file: string): string[] =>
  ['--service-provider', 'onelogin', '--api-endpoint', o.apiEndpoint, '--auth-url', o.tokenUrl,
    '--scim-client-id', client.id, '--scim-client-secret', client.secret, '--log-level', 'warn', '-f', file];
const pathOf = (target: string): string => new URL(target, 'http://x').pathname;

describe('provider onelogin', () => {
  definePackageChecks({
    main, providerId: 'onelogin', packageDir, capabilitiesNote: 'sync only',
    capabilities: 'sync-only',
  });

  it('syncs users, their group, and roles from the v2 and v1 APIs into exactly the expected directory', async () => {
    ol = await startFakeOneLogin(directory, client, 2);
    const file = newFile();
    const run = await runCli(main, syncArgs(ol, file), cwd);
    expect(run.code, run.stderr).toBe(0);
    expectSyncedDirectory(await readSync(main, file, cwd), expected);
  });

  it('generates a token with client credentials and follows After-Cursor and after_cursor to the end', async () => {
    ol = await startFakeOneLogin(directory, client, 2);
    const run = await runCli(main, syncArgs(ol, newFile()), cwd);
    expect(run.code, run.stderr).toBe(0);
    expect(ol.requests.every((r) => r.status === 200)).toBe(true);
    const token = ol.requests.filter((r) => r.method === 'POST');
    expect(token.length).toBeGreaterThan(0);
    for (const r of token) expect(JSON.parse(r.body)).toEqual({ grant_type: 'client_credentials' });
    const users = ol.requests.filter((r) => pathOf(r.target) === '/api/2/users').map((r) => new URL(r.target, 'http://x').searchParams);
    // The listing asks limit=50 (the documented maximum for users) once, then sends only the cursor; a cap of 2
    // makes 3 pages for 5 users.
    const listing = users.slice(users.findIndex((q) => q.get('limit') === '50'));
    expect(listing.map((q) => [q.get('limit'), q.has('cursor')])).toEqual([['50', false], [null, true], [null, true]]);
    const roles = ol.requests.filter((r) => pathOf(r.target) === '/api/2/roles').map((r) => new URL(r.target, 'http://x').searchParams.get('limit'));
    expect(roles[0]).toBe('650');
    expect(ol.requests.filter((r) => pathOf(r.target) === '/api/1/groups').map((r) => r.target.includes('after_cursor='))).toEqual([false, true]);
  });

  it('refuses the templated endpoint until --api-endpoint names the OneLogin subdomain', async () => {
    const run = await runCli(main, ['--service-provider', 'onelogin', '--scim-client-id', client.id, '--scim-client-secret', client.secret, '-f', newFile()], cwd);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('{subdomain}');
    expect(run.stderr).not.toContain(client.secret);
  });

  describe('a v2 listing whose After-Cursor goes round in a circle', () => {
    const cases = [
      ['cycles A→B→A in the users listing', { pathEnd: '/2/users', kind: 'cycle' }, 'sent a next page it had already sent'],
      ['cycles A→B→A in a role\'s users (read inside one call)', { pathEnd: '/users', kind: 'cycle' }, 'sent a next page it had already sent'],
    ] as const;
    it.each(cases)('fails the sync when the server %s', async (_name, misbehave, message) => {
      ol = await startFakeOneLogin(directory, client, 2, misbehave);
      const run = await runCli(main, syncArgs(ol, newFile()), cwd);
      expect(run.code).not.toBe(0);
      expect(run.stderr).toContain(message);
      expect(run.stderr).toContain('OneLogin GET');
      expect(ol.requests.length).toBeLessThan(40);
    });
  });
});
