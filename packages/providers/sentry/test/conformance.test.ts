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
const token = 'sentry-scim-conformance-token';
const basePath = '/api/0/organizations/acme/scim/v2';

defineProviderConformance({
  providerId: 'sentry',
  packageDir,
  main,
  credentialFlags: ['--token', token],
  serverAuth: { bearer: token },
  basePath,
});

describe('provider sentry: quirks', () => {
  it('asks for 100 per page, Sentry\'s documented maximum, and reads every page', async () => {
    const directory = JSON.parse(readFileSync(new URL('fixtures/directory.json', packageDir), 'utf8')) as ScimDirectoryData;
    // Two resources a page forces several pages out of the small fixture.
    const server = await startScimServer({ directory, auth: { bearer: token }, basePath, faults: { pageCap: 2 } });
    try {
      const file = join(mkdtempSync(join(tmpdir(), 'sentry-')), 'sync.c1z');
      const argv = ['--service-provider', 'sentry', '--api-endpoint', server.url, '--token', token, '--log-level', 'warn', '-f', file];
      const run = await runCli(main, argv, cwd);
      expect(run.code, run.stderr).toBe(0);
      const lists = server.requests.filter((r) => r.method === 'GET' && /\/(Users|Groups)$/.test(r.path));
      for (const r of lists) expect(r.headers['authorization']).toBe('Bearer [REDACTED]');
      // The connection check reads one user (count=1); every listing page asks for 100.
      const pages = lists.filter((r) => r.query['count'] !== '1');
      expect(pages.length).toBeGreaterThan(2);
      for (const r of pages) expect(r.query['count']).toBe('100');
      const users = await runCli(main, ['inspect', 'resources', '-o', 'json', '-f', file], cwd);
      expect(users.stdout).toContain('linus@example.com');
    } finally {
      await server.close();
    }
  });

  it('refuses the templated endpoint until --api-endpoint names the organization', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sentry-')), 'sync.c1z');
    const run = await runCli(main, ['--service-provider', 'sentry', '--token', token, '-f', file], cwd);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('{organization_slug}');
    expect(run.stderr).toContain('--api-endpoint');
  });

  it('adds and removes a team member in the forms Sentry documents for Update a Team\'s Attributes', async () => {
    const directory = JSON.parse(readFileSync(new URL('fixtures/directory.json', packageDir), 'utf8')) as ScimDirectoryData;
    const server = await startScimServer({ directory, auth: { bearer: token }, basePath });
    try {
      const file = join(mkdtempSync(join(tmpdir(), 'sentry-')), 'sync.c1z');
      const common = ['--service-provider', 'sentry', '--api-endpoint', server.url, '--token', token, '--log-level', 'warn', '-f', file];
      expect((await runCli(main, common, cwd)).code).toBe(0);
      const grant = await runCli(main, [...common, '--provisioning', '--grant-entitlement', 'group:23251:member', '--grant-principal', '131', '--grant-principal-type', 'user'], cwd);
      expect(grant.code, grant.stderr).toBe(0);
      const revoke = await runCli(main, [...common, '--provisioning', '--revoke-grant', 'group:23232:member:user:117'], cwd);
      expect(revoke.code, revoke.stderr).toBe(0);
      const patches = server.requests.filter((r) => r.method === 'PATCH').map((r) => r.body);
      expect(patches).toMatchObject([
        { Operations: [{ op: 'add', path: 'members', value: [{ value: '131' }] }] },
        { Operations: [{ op: 'remove', path: 'members[value eq "117"]' }] },
      ]);
      expect((server.directory.groups.get('23232')?.members ?? []).map((m) => m.value)).toEqual(['102']);
    } finally {
      await server.close();
    }
  });
});
