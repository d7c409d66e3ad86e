import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '@baton-scim/cli';
import { startScimServer, type ScimDirectoryData } from '@baton-scim/testkit';
import { defineProviderConformance, runCli } from '@baton-scim/testkit/conformance';
import { describe, expect, it } from 'vitest';

const packageDir = new URL('..', import.meta.url);
const token = 'miro-scim-conformance-token';

defineProviderConformance({
  providerId: 'miro',
  packageDir,
  main,
  credentialFlags: ['--token', token],
  serverAuth: { bearer: token },
  basePath: '/api/v1/scim',
});

describe('provider miro: quirks', () => {
  it('sends the SCIM media type in Accept and a Bearer token on every request', async () => {
    const directory = JSON.parse(readFileSync(new URL('fixtures/directory.json', packageDir), 'utf8')) as ScimDirectoryData;
    const server = await startScimServer({ directory, auth: { bearer: token }, basePath: '/api/v1/scim' });
    try {
      const file = join(mkdtempSync(join(tmpdir(), 'miro-')), 'sync.c1z');
      const argv = ['--service-provider', 'miro', '--api-endpoint', server.url, '--token', token, '--log-level', 'warn', '-f', file];
      const run = await runCli(main, argv, fileURLToPath(packageDir));
      expect(run.code, run.stderr).toBe(0);
      expect(server.requests.length).toBeGreaterThan(0);
      for (const r of server.requests) {
        expect(r.headers['accept']).toContain('application/scim+json');
        expect(r.headers['authorization']).toBe('Bearer [REDACTED]');
      }
    } finally {
      await server.close();
    }
  });
});
