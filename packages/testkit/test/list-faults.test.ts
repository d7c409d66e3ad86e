import { afterEach, describe, expect, it } from 'vitest';
import { startScimServer } from '../src/server/start.js';
import type { ScimTestServer } from '../src/server/options.js';
import { call, ids, walkIndex } from './helpers.js';

let server: ScimTestServer;
afterEach(async () => server.close());

async function start(): Promise<ScimTestServer> {
  server = await startScimServer({ generate: { users: 12, groups: 3, membershipsPerUser: 2, nestedGroups: 0, seed: 6 } });
  return server;
}

describe('list-shape faults', () => {
  it('pageCap serves at most N per page whatever count asks, and a careful walk still sees everyone', async () => {
    const s = await start();
    s.setFaults({ pageCap: 5 });
    expect((await call(`${s.url}/Users?count=100`)).json.Resources).toHaveLength(5);
    expect((await walkIndex(`${s.url}/Users`, 100)).ids).toEqual([...s.directory.users.keys()]);
  });

  it('itemsPerPage can be the requested count, the total, or zero', async () => {
    const s = await start();
    s.setFaults({ pageCap: 4, itemsPerPage: 'requested' });
    expect((await call(`${s.url}/Users?count=10`)).json).toMatchObject({ itemsPerPage: 10, totalResults: 12 });
    s.setFaults({ itemsPerPage: 'total' });
    expect((await call(`${s.url}/Users?count=10`)).json.itemsPerPage).toBe(12);
    s.setFaults({ itemsPerPage: 'zero' });
    const zero = await call(`${s.url}/Users?count=10`);
    expect(zero.json.itemsPerPage).toBe(0);
    expect(zero.json.Resources).toHaveLength(4);
  });

  it('omitTotalResults leaves totalResults out', async () => {
    const s = await start();
    s.setFaults({ omitTotalResults: true });
    const res = await call(`${s.url}/Users?count=3`);
    expect(res.json).not.toHaveProperty('totalResults');
    expect(res.json.Resources).toHaveLength(3);
  });

  it('zeroBasedStartIndex makes startIndex=1 skip the first user', async () => {
    const s = await start();
    s.setFaults({ zeroBasedStartIndex: true });
    const all = [...s.directory.users.keys()];
    expect(ids((await call(`${s.url}/Users?startIndex=1&count=3`)).json)).toEqual(all.slice(1, 4));
    expect(ids((await call(`${s.url}/Users?startIndex=0&count=3`)).json)).toEqual(all.slice(0, 3));
  });

  it('duplicateAcrossPages repeats the tail of the previous page', async () => {
    const s = await start();
    s.setFaults({ duplicateAcrossPages: 2 });
    const all = [...s.directory.users.keys()];
    expect(ids((await call(`${s.url}/Users?startIndex=1&count=5`)).json)).toEqual(all.slice(0, 5));
    expect(ids((await call(`${s.url}/Users?startIndex=6&count=5`)).json)).toEqual(all.slice(3, 8));
  });

  it('pastEndRepeatsFirstPage returns page one for a startIndex past the end', async () => {
    const s = await start();
    s.setFaults({ pastEndRepeatsFirstPage: true });
    expect(ids((await call(`${s.url}/Users?startIndex=13&count=4`)).json)).toEqual([...s.directory.users.keys()].slice(0, 4));
  });

  it('membersCap truncates members in the group list but GET /Groups/{id} returns them all', async () => {
    const s = await start();
    s.setFaults({ membersCap: 2 });
    const group = [...s.directory.groups.values()].find((g) => (g.members?.length ?? 0) > 2)!;
    const listed = (await call(`${s.url}/Groups?filter=${encodeURIComponent(`id eq "${group.id}"`)}`)).json.Resources[0];
    expect(listed.members).toHaveLength(2);
    expect(listed.members).toEqual(group.members?.slice(0, 2));
    expect((await call(`${s.url}/Groups/${group.id}`)).json.members).toHaveLength(group.members!.length);
    expect(s.directory.groups.get(group.id)?.members).toHaveLength(group.members!.length);
  });

  it('clearFaults and setFaults(undefined) switch faults off', async () => {
    const s = await start();
    s.setFaults({ pageCap: 1, omitTotalResults: true });
    s.setFaults({ pageCap: undefined });
    expect(s.faults).toEqual({ omitTotalResults: true });
    s.clearFaults();
    const res = await call(`${s.url}/Users?count=5`);
    expect(res.json).toMatchObject({ totalResults: 12, itemsPerPage: 5 });
  });
});
