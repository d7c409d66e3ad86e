import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '@baton-scim/cli';
import { startScimServer, type AuthOptions, type ScimDirectoryData } from '@baton-scim/testkit';
import { defineProviderConformance, runCli } from '@baton-scim/testkit/conformance';
import { describe, expect, it } from 'vitest';

const packageDir = new URL('..', import.meta.url);
const apiKey = 'PMAK-0123456789abcdef01234567-0123456789abcdef0123456789abcdef01';
// The server accepts exactly the raw key as the Authorization value; "Bearer <key>" would be a 401.
const serverAuth: AuthOptions = { apiKey: { header: 'authorization', value: apiKey } };

defineProviderConformance({
  providerId: 'postman',
  packageDir,
  main,
  credentialFlags: ['--api-key', apiKey],
  serverAuth,
});

describe('provider postman: quirks', () => {
  it('sends the SCIM API key as the bare Authorization value, with no Bearer scheme', async () => {
    const directory = JSON.parse(readFileSync(new URL('fixtures/directory.json', packageDir), 'utf8')) as ScimDirectoryData;
    expect(directory.users.every((u) => u.emails === undefined)).toBe(true);
    const server = await startScimServer({ directory, auth: serverAuth });
    try {
      const file = join(mkdtempSync(join(tmpdir(), 'postman-')), 'sync.c1z');
      const argv = ['--service-provider', 'postman', '--api-endpoint', server.url, '--api-key', apiKey, '--log-level', 'warn', '-f', file];
      const run = await runCli(main, argv, fileURLToPath(packageDir));
      expect(run.code, run.stderr).toBe(0);
      expect(server.requests.length).toBeGreaterThan(0);
      for (const r of server.requests) {
        expect(r.headers['authorization']).toBe('[REDACTED]');
        expect(r.status).toBe(200);
      }
    } finally {
      await server.close();
    }
  });
});
