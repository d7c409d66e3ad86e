import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '@baton-scim/cli';
import { definePackageChecks, expectSyncedDirectory, readSync, runCli, type ExpectedDirectory } from '@baton-scim/testkit/conformance';
import { afterEach, describe, expect, it } from 'vitest';
import { readDirectory, startFakeJumpCloud, type FakeJumpCloud } from './jumpcloud-server.js';

const packageDir = new URL('..', import.meta.url);
const cwd = fileURLToPath(packageDir);
const directory = readDirectory(new URL('fixtures/directory.json', packageDir));
const expected = JSON.parse(readFileSync(new URL('fixtures/expected.json', packageDir), 'utf8')) as ExpectedDirectory;
const apiKey = 'jumpcloud-conformance-api-key';

let jc: FakeJumpCloud | undefined;
afterEach(async () => {
  await jc?.close();
  jc = undefined;
});

const newFile = (): string => join(mkdtempSync(join(tmpdir(), 'jumpcloud-')), 'sync.c1z');
const syncArgs = (j: FakeJumpCloud, file: string): string[] =>
  ['--service-provider', 'jumpcloud', '--api-endpoint', j.apiEndpoint, '--api-key', apiKey, '--log-level', 'warn', '-f', file];

describe('provider jumpcloud', () => {
  definePackageChecks({
    main, providerId: 'jumpcloud', packageDir, capabilitiesNote: 'group provisioning',
    capabilities: [
      ['group', ['CAPABILITY_PROVISION', 'CAPABILITY_SYNC']],
      ['role', ['CAPABILITY_SYNC']],
      ['user', ['CAPABILITY_SYNC']],
    ],
  });

  it('syncs v1 users and v2 user groups and members into exactly the expected directory', async () => {
    jc = await startFakeJumpCloud(directory, apiKey);
    const file = newFile();
    const run = await runCli(main, syncArgs(jc, file), cwd);
    expect(run.code, run.stderr).toBe(0);
    expectSyncedDirectory(await readSync(main, file, cwd), expected);
  });

  it('authenticates with x-api-key only, asks for limit=100 and pages by skip to the end', async () => {
    const many = structuredClone(directory);
    const extra = Array.from({ length: 225 }, (_, i) => ({ ...directory.systemusers[0], _id: `u${String(i).padStart(23, '0')}`, id: `u${String(i).padStart(23, '0')}`, username: `user${i}` }));
    many.systemusers.push(...extra);
    many.members['60a1b2c3d4e5f6a7b8c9d0f3'] = extra.slice(0, 150).map((u) => u._id);
    jc = await startFakeJumpCloud(many, apiKey);
    const file = newFile();
    const run = await runCli(main, syncArgs(jc, file), cwd);
    expect(run.code, run.stderr).toBe(0);
    const synced = await readSync(main, file, cwd);
    expect(Object.keys(synced.users)).toHaveLength(230);
    expect(synced.grants.filter((g) => g.startsWith('group:60a1b2c3d4e5f6a7b8c9d0f3:'))).toHaveLength(150);
    expect(jc.requests.every((r) => r.apiKey && r.authorization === undefined && r.status === 200)).toBe(true);
    const listing = (path: string): string[] => jc?.requests.filter((r) => new URL(r.target, 'http://x').pathname === path).map((r) => r.target) ?? [];
    // After the one-user credential check, the users listing pages by skip until totalCount (230) is reached.
    expect(listing('/api/systemusers').slice(-3)).toEqual(['/api/systemusers?limit=100&skip=0', '/api/systemusers?limit=100&skip=100', '/api/systemusers?limit=100&skip=200']);
    expect(listing('/api/v2/usergroups/60a1b2c3d4e5f6a7b8c9d0f3/members')).toEqual([
      '/api/v2/usergroups/60a1b2c3d4e5f6a7b8c9d0f3/members?limit=100&skip=0',
      '/api/v2/usergroups/60a1b2c3d4e5f6a7b8c9d0f3/members?limit=100&skip=100',
    ]);
  });

  describe('a server that ignores skip and serves its first page forever', () => {
    const many = structuredClone(directory);
    const extra = Array.from({ length: 225 }, (_, i) => ({ ...directory.systemusers[0], _id: `u${String(i).padStart(23, '0')}`, id: `u${String(i).padStart(23, '0')}`, username: `user${i}` }));
    many.systemusers.push(...extra);
    many.members['60a1b2c3d4e5f6a7b8c9d0f3'] = extra.slice(0, 150).map((u) => u._id);
    it.each([['the users listing', '/systemusers'], ['a group\'s members', '/members']])('fails the sync in %s on the second page', async (_name, ignoreSkipOn) => {
      jc = await startFakeJumpCloud(many, apiKey, 100, { ignoreSkipOn });
      const run = await runCli(main, syncArgs(jc, newFile()), cwd);
      expect(run.code).not.toBe(0);
      expect(run.stderr).toContain('sent a page whose every item the page before already held');
      expect(run.stderr).toContain('JumpCloud GET');
      expect(jc.requests.length).toBeLessThan(20);
    });
  });
});
