import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '@baton-scim/cli';
import { startScimServer, type AuthOptions, type ScimDirectoryData } from '@baton-scim/testkit';
import { defineProviderConformance, runCli } from '@baton-scim/testkit/conformance';
import { describe, expect, it } from 'vitest';

const packageDir = new URL('..', import.meta.url);
const credentialFlags = ['--scim-client-id', 'cid', '--scim-client-secret', 'csecret', '--account-id', 'acct'];
const serverAuth: AuthOptions = { oauth: { clients: [{ clientId: 'cid', clientSecret: 'csecret', accountId: 'acct' }] } };

defineProviderConformance({
  providerId: 'zoom',
  packageDir,
  main,
  credentialFlags,
  serverAuth,
  basePath: '/scim2',
  obtainsToken: true,
});

describe('provider zoom: quirks', () => {
  it('obtains a server-to-server token (form, Basic client auth, account_credentials) and sends SCIM Accept headers', async () => {
    const directory = JSON.parse(readFileSync(new URL('fixtures/directory.json', packageDir), 'utf8')) as ScimDirectoryData;
    const server = await startScimServer({ directory, auth: serverAuth, basePath: '/scim2' });
    try {
      const file = join(mkdtempSync(join(tmpdir(), 'zoom-')), 'sync.c1z');
      const argv = ['--service-provider', 'zoom', '--api-endpoint', server.url, '--auth-url', server.tokenUrl, ...credentialFlags, '--log-level', 'warn', '-f', file];
      const run = await runCli(main, argv, fileURLToPath(packageDir));
      expect(run.code, run.stderr).toBe(0);

      const tokenRequests = server.requests.filter((r) => r.path === '/oauth/token');
      expect(tokenRequests.length).toBeGreaterThan(0);
      for (const r of tokenRequests) {
        expect(r.method).toBe('POST');
        expect(r.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
        expect(r.headers['authorization']).toBe('Basic [REDACTED]');
        expect(r.body).toEqual({ grant_type: 'account_credentials', account_id: 'acct' });
        expect(r.status).toBe(200);
      }
      const scim = server.requests.filter((r) => r.path !== '/oauth/token');
      expect(scim.length).toBeGreaterThan(0);
      for (const r of scim) {
        expect(r.headers['accept']).toContain('application/scim+json');
        expect(r.headers['authorization']).toBe('Bearer [REDACTED]');
      }
    } finally {
      await server.close();
    }
  });
});

describe('provider zoom: role provisioning', () => {
  it('grants a role by reading the user and PUTting it back with that one role instead of the old one, never by PATCH', async () => {
    const directory = JSON.parse(readFileSync(new URL('fixtures/directory.json', packageDir), 'utf8')) as ScimDirectoryData;
    const server = await startScimServer({ directory, auth: serverAuth, basePath: '/scim2' });
    try {
      const cwd = fileURLToPath(packageDir);
      const file = join(mkdtempSync(join(tmpdir(), 'zoom-')), 'sync.c1z');
      const common = ['--service-provider', 'zoom', '--api-endpoint', server.url, '--auth-url', server.tokenUrl, ...credentialFlags, '--log-level', 'warn', '-f', file];
      const sync = await runCli(main, common, cwd);
      expect(sync.code, sync.stderr).toBe(0);
      server.resetLog();
      const katherine = 'Xc5vBn7mAs1dFg3hJk9lPo';
      const grant = await runCli(main, [...common, '--provisioning', '--grant-entitlement', 'role:1:member', '--grant-principal-type', 'user', '--grant-principal', katherine], cwd);
      expect(grant.code, grant.stderr).toBe(0);
      const writes = server.requests.filter((r) => r.method !== 'GET' && r.path !== '/oauth/token');
      expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual([`PUT /scim2/Users/${katherine}`]);
      const body = writes[0]?.body as { roles?: { value: string }[]; meta?: unknown; userName?: string };
      // A Zoom user holds exactly one role: the grant replaces Member ("2") with Admin ("1").
      expect(body.roles?.map((r) => r.value)).toEqual(['1']);
      expect(server.directory.users.get(katherine)?.roles?.map((r) => r.value)).toEqual(['1']);
      expect(body.userName).toBe('katherine@example.com');
      expect(body.meta).toBeUndefined();
    } finally {
      await server.close();
    }
  });
});
