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
const token = 'webex-integration-conformance-token';
const basePath = '/identity/scim/d1349664-9f3d-410b-8bd3-6c31f181f14e/v2';
const readDirectory = (): ScimDirectoryData => JSON.parse(readFileSync(new URL('fixtures/directory.json', packageDir), 'utf8')) as ScimDirectoryData;
const syncArgs = (url: string, file: string): string[] => ['--service-provider', 'webex', '--api-endpoint', url, '--token', token, '--log-level', 'warn', '-f', file];

defineProviderConformance({
  providerId: 'webex',
  packageDir,
  main,
  credentialFlags: ['--token', token],
  serverAuth: { bearer: token },
  basePath,
  readsMemberPages: true,
});

describe('provider webex: quirks', () => {
  it('pages each group\'s members from /Groups/{id}/Members, asking for 500 at a time, until memberSize', async () => {
    // Two a page: "Support Agents" (3 members) and "All Staff" (3) take two member pages each.
    const server = await startScimServer({ directory: readDirectory(), auth: { bearer: token }, basePath, faults: { pageCap: 2 } });
    try {
      const file = join(mkdtempSync(join(tmpdir(), 'webex-')), 'sync.c1z');
      const run = await runCli(main, syncArgs(server.url, file), cwd);
      expect(run.code, run.stderr).toBe(0);
      const memberReads = server.requests.filter((r) => r.path.endsWith('/Members'));
      for (const r of memberReads) expect(r.query['count']).toBe('500');
      const agents = memberReads.filter((r) => r.path.endsWith('/6d26ba8b-8a07-465c-8e1a-c283eea9b001/Members')).map((r) => r.query['startIndex']);
      expect(agents).toEqual(['1', '3']);
      const grants = await runCli(main, ['inspect', 'grants', '-o', 'json', '-f', file], cwd);
      expect(grants.stdout).toContain('group:6d26ba8b-8a07-465c-8e1a-c283eea9b001:member:user:c5349664-9f3d-410b-8bd3-6c31f181f003');
    } finally {
      await server.close();
    }
  });

  it('fails the sync rather than keep a short member list when a page comes back empty before memberSize', async () => {
    // zeroBasedStartIndex shifts every member page by one, so the last one is empty while memberSize says one more.
    const server = await startScimServer({ directory: readDirectory(), auth: { bearer: token }, basePath, faults: { pageCap: 2, zeroBasedStartIndex: true, offsetFaultsOn: 'members' } });
    try {
      const file = join(mkdtempSync(join(tmpdir(), 'webex-')), 'sync.c1z');
      const run = await runCli(main, syncArgs(server.url, file), cwd);
      expect(run.code).not.toBe(0);
      expect(run.stderr).toContain('memberSize');
    } finally {
      await server.close();
    }
  });

  it('refuses the templated endpoint until --api-endpoint names the organization', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'webex-')), 'sync.c1z');
    const run = await runCli(main, ['--service-provider', 'webex', '--token', token, '-f', file], cwd);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('{org_id}');
    expect(run.stderr).toContain('--api-endpoint');
  });
});
