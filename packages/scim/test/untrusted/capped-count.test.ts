// A server that caps `count` silently and reports the page length as totalResults: the sync holds everything or fails.
import { readFile } from 'node:fs/promises';
import { generateDirectory, startScimServer, startScimmyServer, type ScimDirectoryData, type ScimmyServer, type ScimTestServer } from '@baton-scim/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScimConfig } from '../../src/config/load.js';
import type { ScimConfig } from '../../src/config/types.js';
import { expandedGroupGrants, roleGrants } from '../sync/expected.js';
import { connectorFor, idsOf, readSync, resourceIds, sync, tempDir, type TempDir } from '../sync/support.js';

let data: ScimDirectoryData;
let tmp: TempDir;
let generic: ScimConfig;

beforeAll(async () => {
  // 300 users, 12 groups with nested groups: the figures of the report that found the truncation.
  data = generateDirectory({ users: 300, groups: 12, seed: 16, roles: 3, nestedGroups: 3 });
  tmp = await tempDir();
  // The documented generic config, unchanged: default page size (100), so every page is capped at 50.
  const text = await readFile(new URL('../config/fixtures/docs/generic.yaml', import.meta.url), 'utf8');
  generic = loadScimConfig(text, { file: 'generic.yaml' });
});

afterAll(async () => {
  await tmp.remove();
});

async function syncAll(url: string, name: string): Promise<Awaited<ReturnType<typeof readSync>>> {
  const connector = connectorFor({ config: generic, apiEndpoint: url });
  const file = tmp.file(name);
  try {
    await sync(connector, file);
  } finally {
    await connector.close();
  }
  return readSync(file);
}

function expectWhole(got: Awaited<ReturnType<typeof readSync>>): void {
  expect(resourceIds(got.resources, 'user')).toEqual(data.users.map((u) => u.id).sort());
  expect(resourceIds(got.resources, 'group')).toEqual(data.groups.map((g) => g.id).sort());
  expect(idsOf(got.grants)).toEqual([...expandedGroupGrants(data.groups), ...roleGrants(data.users)].sort());
}

describe('a server that caps count at 50 and reports totalResults as the page length', () => {
  let scimmy: ScimmyServer;
  let testkit: ScimTestServer;

  beforeAll(async () => {
    scimmy = await startScimmyServer({ users: data.users, groups: data.groups, token: 'test-token-0123456789', silentCountCap: 50 });
    testkit = await startScimServer({ directory: data, auth: { bearer: 'test-token-0123456789' }, faults: { pageCap: 50, totalIsPageLength: true } });
  });

  afterAll(async () => {
    await scimmy.close();
    await testkit.close();
  });

  it('SCIMMY so configured: every user, group and membership is in the sync', async () => {
    expectWhole(await syncAll(scimmy.url, 'scimmy.c1z'));
  });

  it('the testkit fault: every user, group and membership is in the sync, at one request past each page', async () => {
    testkit.resetLog();
    expectWhole(await syncAll(testkit.url, 'testkit.c1z'));
    const pages = testkit.requests.filter((r) => r.path.endsWith('/Users') && r.method === 'GET' && r.query['count'] === '100');
    const userStarts = pages.map((r) => r.query['startIndex']);
    // Six pages of 50, then the empty one that proves the end.
    expect(userStarts).toEqual(['1', '51', '101', '151', '201', '251', '301']);
  });
});
