import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '@baton-scim/cli';
import { generateDirectory, startScimServer, type ScimDirectoryData, type ScimServerOptions } from '@baton-scim/testkit';
import { defineProviderConformance, readSync, runCli } from '@baton-scim/testkit/conformance';
import { describe, expect, it } from 'vitest';

const packageDir = new URL('..', import.meta.url);
const cwd = fileURLToPath(packageDir);
const token = 'aws-scim-conformance-access-token';
const basePath = '/a1b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e/scim/v2';

/**
 * Identity Center as documented: cursor paging (count 1–100, default 100), and GetGroup/ListGroups with an
 * empty member list (`membersCap: 0`), while ListUsers still answers a `groups.value eq` filter.
 */
const awsLike: Omit<ScimServerOptions, 'directory' | 'auth' | 'basePath'> = {
  paging: { cursor: true, defaultMethod: 'cursor', defaultPageSize: 100, maxPageSize: 100 },
  faults: { membersCap: 0 },
};

defineProviderConformance({
  providerId: 'aws-identity-center',
  packageDir,
  main,
  credentialFlags: ['--token', token],
  serverAuth: { bearer: token },
  basePath,
  server: awsLike,
});

const syncArgs = (url: string, file: string): string[] =>
  ['--service-provider', 'aws-identity-center', '--api-endpoint', url, '--token', token, '--log-level', 'warn', '-f', file];
const newFile = (): string => join(mkdtempSync(join(tmpdir(), 'aws-')), 'sync.c1z');

describe('provider aws-identity-center: quirks', () => {
  it('pages every list with cursor/nextCursor, never startIndex, and reads past the first 100', async () => {
    const directory = generateDirectory({ users: 230, groups: 3, nestedGroups: 0, membershipsPerUser: 1, seed: 7 });
    const server = await startScimServer({ ...awsLike, directory, auth: { bearer: token }, basePath });
    try {
      const file = newFile();
      const run = await runCli(main, syncArgs(server.url, file), cwd);
      expect(run.code, run.stderr).toBe(0);
      const synced = await readSync(main, file, cwd);
      expect(Object.keys(synced.users)).toHaveLength(230);
      expect(synced.grants).toHaveLength(230);
      // The connector first checks its credentials with a one-item list; every listing page after it uses a cursor.
      const pages = server.requests.filter((r) => r.method === 'GET' && r.query['count'] !== '1');
      for (const r of pages) {
        expect(r.query['startIndex']).toBeUndefined();
        expect(r.query['cursor']).toBeDefined();
        expect(Number(r.query['count'])).toBeLessThanOrEqual(100);
      }
      const userListing = pages.filter((r) => r.path === `${basePath}/Users` && r.query['filter'] === undefined);
      expect(userListing.map((r) => r.query['cursor'] === '')).toEqual([true, false, false]);
    } finally {
      await server.close();
    }
  });

  it("reads each group's members once, through ListUsers filtered by groups.value", async () => {
    const directory = JSON.parse(readFileSync(new URL('fixtures/directory.json', packageDir), 'utf8')) as ScimDirectoryData;
    const server = await startScimServer({ ...awsLike, directory, auth: { bearer: token }, basePath });
    try {
      const run = await runCli(main, syncArgs(server.url, newFile()), cwd);
      expect(run.code, run.stderr).toBe(0);
      const filters = server.requests.map((r) => r.query['filter']).filter((f) => f !== undefined).sort();
      expect(filters).toEqual(directory.groups.map((g) => `groups.value eq "${g.id}"`).sort());
      expect(server.requests.some((r) => /\/Groups\/[^/]+$/.test(r.path))).toBe(false);
    } finally {
      await server.close();
    }
  });

  it("pages a large group's members with cursor/nextCursor through ListUsers, every member once", async () => {
    const directory = JSON.parse(readFileSync(new URL('fixtures/directory.json', packageDir), 'utf8')) as ScimDirectoryData;
    const base = directory.users[0]!;
    const extra = Array.from({ length: 230 }, (_, i) => ({ ...base, id: `9067729b3d-extra-${String(i).padStart(4, '0')}`, userName: `extra${i}@example.com`, emails: [{ value: `extra${i}@example.com`, type: 'work', primary: true }] }));
    directory.users.push(...extra);
    const group = directory.groups[0]!;
    group.members = [...(group.members ?? []), ...extra.map((u) => ({ value: u.id }))];
    const server = await startScimServer({ ...awsLike, directory, auth: { bearer: token }, basePath });
    try {
      const file = newFile();
      const run = await runCli(main, syncArgs(server.url, file), cwd);
      expect(run.code, run.stderr).toBe(0);
      const reads = server.requests.filter((r) => r.query['filter'] === `groups.value eq "${group.id}"`);
      expect(reads.map((r) => r.query['cursor'] === '')).toEqual([true, false, false]);
      const synced = await readSync(main, file, cwd);
      expect(synced.grants.filter((g) => g.startsWith(`group:${group.id}:member:user:`))).toHaveLength((group.members ?? []).length);
    } finally {
      await server.close();
    }
  });

  it('refuses the templated endpoint until --api-endpoint names the region and tenant', async () => {
    const run = await runCli(main, ['--service-provider', 'aws-identity-center', '--token', token, '-f', newFile()], cwd);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('{region}');
    expect(run.stderr).toContain('{tenant}');
    expect(run.stderr).toContain('--api-endpoint');
  });
});
