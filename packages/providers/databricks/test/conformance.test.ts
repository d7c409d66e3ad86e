import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '@baton-scim/cli';
import { startScimServer, type AuthOptions, type ScimDirectoryData } from '@baton-scim/testkit';
import { defineProviderConformance, expectSyncedDirectory, readSync, runCli, type ExpectedDirectory } from '@baton-scim/testkit/conformance';
import { describe, expect, it } from 'vitest';

const packageDir = new URL('..', import.meta.url);
const accountId = '0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a';
const basePath = `/api/2.0/accounts/${accountId}/scim/v2`;
const credentialFlags = ['--scim-client-id', 'cid', '--scim-client-secret', 'csecret', '--account-id', accountId];
const serverAuth: AuthOptions = { oauth: { clients: [{ clientId: 'cid', clientSecret: 'csecret' }] } };

defineProviderConformance({
  providerId: 'databricks',
  packageDir,
  main,
  credentialFlags,
  serverAuth,
  basePath,
  obtainsToken: true,
});

describe('provider databricks: quirks', () => {
  it('obtains an OAuth M2M token with client_credentials, scope all-apis and Basic client auth', async () => {
    const directory = JSON.parse(readFileSync(new URL('fixtures/directory.json', packageDir), 'utf8')) as ScimDirectoryData;
    const server = await startScimServer({ directory, auth: serverAuth, basePath });
    try {
      const file = join(mkdtempSync(join(tmpdir(), 'databricks-')), 'sync.c1z');
      const argv = ['--service-provider', 'databricks', '--api-endpoint', server.url, '--auth-url', server.tokenUrl, ...credentialFlags, '--log-level', 'warn', '-f', file];
      const run = await runCli(main, argv, fileURLToPath(packageDir));
      expect(run.code, run.stderr).toBe(0);
      const tokenRequests = server.requests.filter((r) => r.path === '/oauth/token');
      expect(tokenRequests.length).toBeGreaterThan(0);
      for (const r of tokenRequests) {
        expect(r.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
        expect(r.headers['authorization']).toBe('Basic [REDACTED]');
        expect(r.body).toEqual({ grant_type: 'client_credentials', scope: 'all-apis' });
      }
    } finally {
      await server.close();
    }
  });

  it('reads each group on its own when the account lists groups without members (accounts created after 2025-08-22)', async () => {
    const directory = JSON.parse(readFileSync(new URL('fixtures/directory.json', packageDir), 'utf8')) as ScimDirectoryData;
    const expected = JSON.parse(readFileSync(new URL('fixtures/expected.json', packageDir), 'utf8')) as ExpectedDirectory;
    // The documented newer-account shape: GET /Groups carries no `members`; GET /Groups/{id} does.
    const server = await startScimServer({ directory, auth: serverAuth, basePath, faults: { listedWithoutMembers: true } });
    try {
      const cwd = fileURLToPath(packageDir);
      const file = join(mkdtempSync(join(tmpdir(), 'databricks-')), 'sync.c1z');
      const argv = ['--service-provider', 'databricks', '--api-endpoint', server.url, '--auth-url', server.tokenUrl, ...credentialFlags, '--log-level', 'warn', '-f', file];
      const run = await runCli(main, argv, cwd);
      expect(run.code, run.stderr).toBe(0);
      expectSyncedDirectory(await readSync(main, file, cwd), expected);
      const reads = server.requests.filter((r) => /\/Groups\/[^/]+$/.test(r.path));
      expect(reads.map((r) => r.query['attributes'])).toEqual(directory.groups.map(() => 'members'));
      expect(server.requests.filter((r) => r.path.endsWith('/Groups')).every((r) => Number(r.query['count']) <= 100)).toBe(true);
    } finally {
      await server.close();
    }
  });
});
