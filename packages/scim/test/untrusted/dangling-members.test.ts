// Members that point to principals no listing held: checked with a few direct reads, never trusted blindly.
import { existsSync } from 'node:fs';
import { BatonError } from '@baton-scim/core';
import { startScimServer, type FaultPatch, type ScimTestServer } from '@baton-scim/testkit';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ScimConnector } from '../../src/index.js';
import { MAX_ABSENCE_CHECKS } from '../../src/connector/absence-check.js';
import { connectorFor, readSync, resourceIds, scimConfig, sync, tempDir, TOKEN, type TempDir } from '../sync/support.js';

let server: ScimTestServer;
let tmp: TempDir;

beforeAll(async () => {
  tmp = await tempDir();
});

beforeEach(async () => {
  await server?.close();
  server = await startScimServer({ generate: { users: 50, groups: 6, seed: 21, roles: 2 }, auth: { bearer: TOKEN } });
});

afterAll(async () => {
  await server.close();
  await tmp.remove();
});

async function syncWith(faults: FaultPatch, name: string): Promise<{ connector: ScimConnector; file: string }> {
  server.setFaults(faults);
  const connector = connectorFor({ config: scimConfig(server.url, { pagination: { pageSize: 10 } }) });
  const file = tmp.file(name);
  try {
    await sync(connector, file);
    return { connector, file };
  } finally {
    await connector.close();
  }
}

describe('members pointing to principals no listing held', () => {
  it('fails naming the server behaviour and the setting when such a user exists (paging that skips, no totalResults to catch it)', async () => {
    const name = 'skipped.c1z';
    const err = await syncWith({ omitTotalResults: true, skipAcrossPages: 5 }, name).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BatonError);
    const message = (err as BatonError).message;
    expect(message).toMatch(/has member user "[^"]+", which GET \/Users\/[^ ]+ returns but the users listing of this sync did not hold/);
    expect(message).toMatch(/a second read of the listing left it out too: the server's \/Users listing omits resources that exist/);
    expect(message).toMatch(/pagination\.pageSize/);
    expect(existsSync(tmp.file(name))).toBe(false);
    const reads = server.requests.filter((r) => r.method === 'GET' && /\/Users\/[^/]+$/.test(r.path));
    expect(reads).toHaveLength(1);
  });

  it('warns as before, after at most a few direct reads, when the users were deleted but left in their groups', async () => {
    server.setFaults({ deletedUsersStayInGroups: true });
    const members = [...server.directory.groups.values()].flatMap((g) => (g.members ?? []).filter((m) => m.type === 'User').map((m) => m.value));
    const doomed = [...new Set(members)].slice(0, 5);
    for (const id of doomed) {
      const res = await fetch(`${server.url}/Users/${id}`, { method: 'DELETE', headers: { authorization: `Bearer ${TOKEN}` } });
      expect(res.status).toBe(204);
    }
    const { connector, file } = await syncWith({ deletedUsersStayInGroups: true }, 'deleted.c1z');
    const got = await readSync(file);
    expect(resourceIds(got.resources, 'user')).toEqual([...server.directory.users.keys()].sort());
    expect(connector.droppedGrants().count).toBeGreaterThanOrEqual(doomed.length);
    expect(connector.requestStats().absenceChecks).toBe(MAX_ABSENCE_CHECKS);
    const reads = server.requests.filter((r) => r.method === 'GET' && /\/Users\/[^/]+$/.test(r.path));
    expect(reads.map((r) => r.status)).toEqual(Array.from({ length: MAX_ABSENCE_CHECKS }, () => 404));
  });
});
