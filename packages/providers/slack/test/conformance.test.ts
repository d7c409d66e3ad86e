import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '@baton-scim/cli';
import { startScimServer, type ScimDirectoryData, type ScimTestServer } from '@baton-scim/testkit';
import { defineProviderConformance, runCli, type CliRun } from '@baton-scim/testkit/conformance';
import { describe, expect, it } from 'vitest';

const packageDir = new URL('..', import.meta.url);
const token = 'xoxp-conformance-token';

defineProviderConformance({
  providerId: 'slack',
  packageDir,
  main,
  credentialFlags: ['--token', token],
  serverAuth: { bearer: token },
});

async function syncFixture(): Promise<{ run: CliRun; server: ScimTestServer }> {
  const directory = JSON.parse(readFileSync(new URL('fixtures/directory.json', packageDir), 'utf8')) as ScimDirectoryData;
  const server = await startScimServer({ directory, auth: { bearer: token } });
  const file = join(mkdtempSync(join(tmpdir(), 'slack-')), 'sync.c1z');
  const argv = ['--service-provider', 'slack', '--api-endpoint', server.url, '--token', token, '--log-level', 'warn', '-f', file];
  return { run: await runCli(main, argv, fileURLToPath(packageDir)), server };
}

describe('provider slack: quirks', () => {
  it('asks for 1000 resources per page, the most Slack serves (it defaults to 10)', async () => {
    const { run, server } = await syncFixture();
    try {
      expect(run.code, run.stderr).toBe(0);
      // The connector first checks its credentials with a one-item list; every listing page after it asks for 1000.
      const pages = server.requests.filter((r) => r.method === 'GET' && r.query['count'] !== '1');
      expect(new Set(pages.map((r) => r.path.slice(new URL(server.url).pathname.length)))).toEqual(new Set(['/Users', '/Groups']));
      for (const r of pages) expect(r.query['count']).toBe('1000');
    } finally {
      await server.close();
    }
  });
});
