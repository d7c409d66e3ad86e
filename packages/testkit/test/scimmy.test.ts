import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateDirectory } from '../src/generate.js';
import { startScimmyServer, type ScimmyServer } from '../src/scimmy.js';
import type { ScimDirectoryData } from '../src/scim-types.js';
import { bearer, call, ids, jsonInit, patchOp, values, walkIndex } from './helpers.js';

let data: ScimDirectoryData;
let s: ScimmyServer;
const auth = bearer('scimmy-token');

beforeEach(async () => {
  data = generateDirectory({ users: 17, groups: 4, nestedGroups: 1, seed: 31 });
  s = await startScimmyServer({ ...data, token: 'scimmy-token' });
});
afterEach(async () => s.close());

describe('SCIMMY harness', () => {
  it('serves the generated users through SCIMMY index paging', async () => {
    const { ids, pages } = await walkIndex(`${s.url}/Users`, 5, auth);
    expect(new Set(ids)).toEqual(new Set(data.users.map((u) => u.id)));
    expect(ids).toHaveLength(17);
    expect(pages[0].totalResults).toBe(17);
    const one = (await call(`${s.url}/Users/${data.users[2]!.id}`, { headers: auth })).json;
    expect(one.userName).toBe(data.users[2]!.userName);
    expect(one.meta.location).toBe(`${s.url}/Users/${data.users[2]!.id}`);
  });

  it('repeats page one for a startIndex past the end (SCIMMY 1.3.5), which is why clients stop at totalResults', async () => {
    const first = await call(`${s.url}/Users?startIndex=1&count=3`, { headers: auth });
    const past = await call(`${s.url}/Users?startIndex=18&count=3`, { headers: auth });
    expect(ids(past.json)).toEqual(ids(first.json));
  });

  it('serves groups with their members and filters on displayName', async () => {
    const group = data.groups[1]!;
    const res = await call(`${s.url}/Groups?filter=${encodeURIComponent(`displayName eq "${group.displayName}"`)}`, { headers: auth });
    expect(res.json.totalResults).toBe(1);
    expect(values(res.json.Resources[0].members)).toEqual(values(group.members));
  });

  it('answers a member-removal PATCH and keeps the change', async () => {
    const group = data.groups.find((g) => (g.members?.length ?? 0) >= 2)!;
    const [victim, ...rest] = group.members!.map((m) => m.value);
    const res = await call(`${s.url}/Groups/${group.id}`, jsonInit('PATCH', patchOp({ op: 'remove', path: `members[value eq "${victim}"]` }), auth));
    expect(res.status).toBe(200);
    expect(values(res.json.members)).toEqual(rest);
    const again = await call(`${s.url}/Groups/${group.id}`, { headers: auth });
    expect(values(again.json.members)).toEqual(rest);
    expect((s.store.groups.get(group.id)?.['members'] as unknown[]).length).toBe(rest.length);
  });

  it('requires the bearer token when one is configured', async () => {
    const res = await call(`${s.url}/Users`);
    expect(res.status).toBe(401);
    expect(res.json.schemas).toEqual(['urn:ietf:params:scim:api:messages:2.0:Error']);
  });

  it('keeps two harnesses in one process apart', async () => {
    const otherData = generateDirectory({ users: 3, groups: 1, seed: 32 });
    const other = await startScimmyServer(otherData);
    try {
      expect((await call(`${other.url}/Users`)).json.totalResults).toBe(3);
      expect((await call(`${s.url}/Users`, { headers: auth })).json.totalResults).toBe(17);
    } finally {
      await other.close();
    }
  });
});
