import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '@baton-scim/cli';
import { definePackageChecks, runCli } from '@baton-scim/testkit/conformance';
import { describe, expect, it } from 'vitest';
import { readRecording, startFakeOkta } from './okta-server.js';
import { readSync, type Synced } from './read-sync.js';

const packageDir = new URL('..', import.meta.url);
const cwd = fileURLToPath(packageDir);
const recording = readRecording(new URL('fixtures/directory.json', packageDir));
const expected = JSON.parse(readFileSync(new URL('fixtures/expected.json', packageDir), 'utf8')) as Synced;
const token = '00aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789abcdef';
const newFile = (): string => join(mkdtempSync(join(tmpdir(), 'okta-')), 'sync.c1z');
const syncArgs = (apiEndpoint: string, file: string): string[] =>
  ['--service-provider', 'okta', '--api-endpoint', apiEndpoint, '--api-key', token, '--log-level', 'warn', '-f', file];

describe('provider okta', () => {
  definePackageChecks({
    main, providerId: 'okta', packageDir, capabilitiesNote: 'group membership provisioning, nothing else',
    capabilities: [
      ['group', ['CAPABILITY_PROVISION', 'CAPABILITY_SYNC']],
      ['role', ['CAPABILITY_SYNC']],
      ['user', ['CAPABILITY_SYNC']],
    ],
  });

  it('syncs the recorded Okta responses into exactly the expected users, groups and memberships', async () => {
    const okta = await startFakeOkta(recording, { token });
    try {
      const file = newFile();
      const run = await runCli(main, syncArgs(okta.apiEndpoint, file), cwd);
      expect(run.code, run.stderr).toBe(0);
      const synced = await readSync(main, file, cwd);
      expect(synced.users).toEqual(expected.users);
      expect(synced.groups).toEqual(expected.groups);
      expect(synced.roles).toEqual(expected.roles);
      expect(synced.grants).toEqual([...expected.grants].sort());
    } finally {
      await okta.close();
    }
  });

  it('follows every Link rel="next" to the last page, reads each page once, and authenticates with SSWS', async () => {
    const okta = await startFakeOkta(recording, { token });
    try {
      const run = await runCli(main, syncArgs(okta.apiEndpoint, newFile()), cwd);
      expect(run.code, run.stderr).toBe(0);
      expect(okta.requests.every((r) => r.scheme === 'SSWS' && r.status === 200)).toBe(true);
      // The connector first checks its credentials by listing one user; the sync's own pages follow.
      expect(okta.requests[0]?.target).toBe('/api/v1/users?limit=1&search=status%20pr');
      const sync = okta.requests.slice(1);
      const pages = (path: string): string[] => sync.filter((r) => new URL(r.target, 'http://x').pathname === path).map((r) => r.target);
      expect(pages('/api/v1/users')).toEqual([
        // One listing of every user with a status: Okta's plain listing would leave out deactivated users.
        '/api/v1/users?limit=100&search=status%20pr',
        '/api/v1/users?after=00u2l3k4j5h6g7f8d9s0&limit=2&search=status%20pr',
        '/api/v1/users?after=00u4n5m6l7k8j9h0g1f2&limit=2&search=status%20pr',
      ]);
      expect(pages('/api/v1/groups/00g1a2b3c4d5e6f7g8h9/users')).toEqual([
        '/api/v1/groups/00g1a2b3c4d5e6f7g8h9/users?limit=100',
        '/api/v1/groups/00g1a2b3c4d5e6f7g8h9/users?after=00u3m4l5k6j7h8g9f0d1&limit=3',
      ]);
      expect(sync).toHaveLength(recording.responses.length);
    } finally {
      await okta.close();
    }
  });

  it('fails the sync when a next link leads back to a page it already read (A→B→A), after a few requests', async () => {
    // The third users page links back to the second.
    const back = `<${recording.recordedFrom}/api/v1/users?after=00u2l3k4j5h6g7f8d9s0&limit=2&search=status%20pr>; rel="next"`;
    const responses = recording.responses.map((r) => (r.request.includes('after=00u4n5m6l7k8j9h0g1f2') ? { ...r, headers: { ...r.headers, link: [back] } } : r));
    const okta = await startFakeOkta({ ...recording, responses }, { token });
    try {
      const run = await runCli(main, syncArgs(okta.apiEndpoint, newFile()), cwd);
      expect(run.code).not.toBe(0);
      expect(run.stderr).toContain('Okta GET users sent a next page it had already sent');
      expect(okta.requests.length).toBeLessThan(12);
    } finally {
      await okta.close();
    }
  });

  it('refuses a next link to another host instead of sending the token there', async () => {
    const okta = await startFakeOkta(recording, { token, linkOrigin: 'https://attacker.example.net' });
    try {
      const run = await runCli(main, syncArgs(okta.apiEndpoint, newFile()), cwd);
      expect(run.code).not.toBe(0);
      expect(run.stderr).toContain('next link outside');
      expect(run.stderr).not.toContain(token);
      expect(okta.requests.some((r) => r.target.includes('after='))).toBe(false);
    } finally {
      await okta.close();
    }
  });

  it('refuses the templated endpoint until --api-endpoint names the Okta org', async () => {
    const run = await runCli(main, ['--service-provider', 'okta', '--api-key', token, '-f', newFile()], cwd);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('{okta_domain}');
    expect(run.stderr).toContain('--api-endpoint');
  });
});
