import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '@baton-scim/cli';
import type { AuthOptions, ScimDirectoryData } from '@baton-scim/testkit';
import { readSync, runCli, type ExpectedDirectory } from '@baton-scim/testkit/conformance';
import { afterEach, describe, expect, it } from 'vitest';
import { documentedListShape, startFakeZoom, type FakeZoom } from './zoom-server.js';

const packageDir = new URL('..', import.meta.url);
const cwd = fileURLToPath(packageDir);
const credentialFlags = ['--scim-client-id', 'cid', '--scim-client-secret', 'csecret', '--account-id', 'acct'];
const serverAuth: AuthOptions = { oauth: { clients: [{ clientId: 'cid', clientSecret: 'csecret', accountId: 'acct' }] } };
const readJson = <T>(name: string): T => JSON.parse(readFileSync(new URL(`fixtures/${name}`, packageDir), 'utf8')) as T;
const directory = documentedListShape(readJson<ScimDirectoryData>('directory.json'));
const expected = readJson<ExpectedDirectory>('expected.json');

let zoom: FakeZoom | undefined;
afterEach(async () => {
  await zoom?.close();
  zoom = undefined;
});

const args = (z: FakeZoom, file: string): string[] =>
  ['--service-provider', 'zoom', '--api-endpoint', z.scimUrl, '--auth-url', z.tokenUrl, ...credentialFlags, '--log-level', 'warn', '-f', file];
const newFile = (): string => join(mkdtempSync(join(tmpdir(), 'zoom-rest-')), 'sync.c1z');

describe('provider zoom: memberships and roles from the REST API', () => {
  it('syncs every group membership and role although SCIM ListUsers carries neither', async () => {
    zoom = await startFakeZoom(directory, serverAuth);
    const file = newFile();
    const run = await runCli(main, args(zoom, file), cwd);
    expect(run.code, run.stderr).toBe(0);
    const synced = await readSync(main, file, cwd);
    expect(synced.users).toEqual(expected.users);
    expect(synced.groups).toEqual(expected.groups);
    expect(synced.roles).toEqual(expected.roles);
    expect(synced.grants).toEqual([...expected.grants].sort());
  });

  it('reads one list of roles and groups and their members, following next_page_token, never a user by id', async () => {
    zoom = await startFakeZoom(directory, serverAuth);
    const run = await runCli(main, args(zoom, newFile()), cwd);
    expect(run.code, run.stderr).toBe(0);
    expect(zoom.rest.every((r) => r.scheme === 'Bearer')).toBe(true);
    const paths = zoom.rest.map((r) => r.target.replace(/\?.*$/, ''));
    // Once for the sync's users listing; the one-user credential check builds none.
    const perBuild = ['/v2/roles', '/v2/roles/0/members', '/v2/roles/1/members', '/v2/roles/2/members', '/v2/roles/2/members', '/v2/groups', '/v2/groups/Zx8cVb6nMl4kJh2gFd0sAq/members', '/v2/groups/Zx8cVb6nMl4kJh2gFd0sAq/members', '/v2/groups/Lk7jHg5fDs3aPo1iUy9tRe/members'].map((p) => `GET ${p}`);
    expect(paths).toEqual(perBuild);
    expect(zoom.rest.some((r) => r.target.includes('next_page_token=rQ9mX2vK7pL4nT1w'))).toBe(true);
    expect(zoom.rest.every((r) => r.target.includes('page_size=300'))).toBe(true);
    expect(zoom.scim.requests.some((r) => /\/Users\/[^/]+$/.test(r.path))).toBe(false);
  });

  it('sends write bodies as application/json, the type Zoom documents, with Accept application/scim+json', async () => {
    zoom = await startFakeZoom(directory, serverAuth);
    const file = newFile();
    expect((await runCli(main, args(zoom, file), cwd)).code).toBe(0);
    zoom.scim.resetLog();
    const grant = await runCli(main, [...args(zoom, file), '--provisioning', '--grant-entitlement', 'group:Lk7jHg5fDs3aPo1iUy9tRe:member', '--grant-principal-type', 'user', '--grant-principal', 'Xc5vBn7mAs1dFg3hJk9lPo'], cwd);
    expect(grant.code, grant.stderr).toBe(0);
    const writes = zoom.scim.requests.filter((r) => r.method === 'PATCH');
    expect(writes).toHaveLength(1);
    expect(writes[0]?.headers['content-type']).toBe('application/json');
    expect(writes[0]?.headers['accept']).toBe('application/scim+json');
  });

  it('fails the sync when a member listing\'s next_page_token goes A → B → A, after a few requests', async () => {
    const members = '/v2/groups/Zx8cVb6nMl4kJh2gFd0sAq/members';
    zoom = await startFakeZoom(directory, serverAuth, (rest) => {
      const second = rest[`GET ${members}?next_page_token=aB3dE5fG7hJ9kL1m`];
      if (second === undefined) throw new Error('the recording has no second members page');
      rest[`GET ${members}?next_page_token=aB3dE5fG7hJ9kL1m`] = { ...second, next_page_token: 'cC4eF6gH8iJ0kL2n' };
      rest[`GET ${members}?next_page_token=cC4eF6gH8iJ0kL2n`] = { ...second, members: [], next_page_token: 'aB3dE5fG7hJ9kL1m' };
    });
    const run = await runCli(main, args(zoom, newFile()), cwd);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(`Zoom GET groups/Zx8cVb6nMl4kJh2gFd0sAq/members sent a next page it had already sent`);
    expect(zoom.rest.length).toBeLessThan(20);
  });
});
