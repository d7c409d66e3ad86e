// During a sync the groups' listed member lists live in the working file, not in memory: memory stays flat in
// the number of memberships. The grant phase reads each list back from the entries committed with its page.
import type { Grant, SavedLookup } from '@baton-scim/core';
import { startScimServer, type ScimTestServer } from '@baton-scim/testkit';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ScimConnector } from '../../src/connector/connector.js';
import { connectorFor, readSync, scimConfig, sync, tempDir, TOKEN, type TempDir } from './support.js';

let server: ScimTestServer;
let tmp: TempDir;

beforeAll(async () => {
  server = await startScimServer({ generate: { users: 120, groups: 40, seed: 5 }, auth: { bearer: TOKEN } });
  tmp = await tempDir();
});

afterAll(async () => {
  await server.close();
  await tmp.remove();
});

/** Not only expanded: no sources, or its own entitlement among them. */
function isDirect(grant: Grant): boolean {
  const sources = grant.sources?.sources ?? {};
  return Object.keys(sources).length === 0 || Object.hasOwn(sources, grant.entitlement?.id ?? '');
}

/** The connector, recording which groups' member lists it read back through the saved-entry lookup. */
function recordingReads(connector: ScimConnector, reads: string[]): ScimConnector {
  return {
    ...connector,
    useSaved: (saved: SavedLookup) =>
      connector.useSaved?.({
        entry: (kind, key) => {
          const value = saved.entry(kind, key);
          if (kind === 'members' && value !== undefined) reads.push(key);
          return value;
        },
      }),
  };
}

it('reads every listed group\'s members back from the working file, and the memberships are all there', async () => {
  const reads: string[] = [];
  const connector = connectorFor({ config: scimConfig(server.url, { pagination: { pageSize: 15 } }) });
  const file = tmp.file('members.c1z');
  await sync(recordingReads(connector, reads), file);
  await connector.close();

  const groupIds = [...server.directory.groups.keys()].sort();
  expect([...reads].sort()).toEqual(groupIds);
  const expected = [...server.directory.groups.values()].flatMap((g) => (g.members ?? []).map((m) => `${g.id}>${m.value}`)).sort();
  const grants = (await readSync(file)).grants
    .filter((g) => g.entitlement?.resource?.id?.resourceType === 'group' && isDirect(g))
    .map((g) => `${g.entitlement?.resource?.id?.resource ?? ''}>${g.principal?.id?.resource ?? ''}`)
    .sort();
  expect(grants).toEqual(expected);
});
