import { afterEach, describe, expect, it } from 'vitest';
import { startScimServer } from '../src/server/start.js';
import type { ScimServerOptions, ScimTestServer } from '../src/server/options.js';
import { call, ids as idsOf, str, walkIndex } from './helpers.js';

let server: ScimTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(options: ScimServerOptions = {}): Promise<ScimTestServer> {
  server = await startScimServer({ generate: { users: 23, groups: 4, seed: 4 }, ...options });
  return server;
}

const userIds = (s: ScimTestServer): string[] => [...s.directory.users.keys()];

describe('index paging', () => {
  it('returns every user exactly once, in order, with a well-formed ListResponse', async () => {
    const s = await start();
    const { ids, pages } = await walkIndex(`${s.url}/Users`, 5);
    expect(ids).toEqual(userIds(s));
    expect(pages[0]).toMatchObject({ schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: 23, startIndex: 1, itemsPerPage: 5 });
    expect(pages[4]).toMatchObject({ totalResults: 23, startIndex: 21, itemsPerPage: 3 });
  });

  it('uses the default page size without count and silently caps count at maxPageSize', async () => {
    const s = await start({ paging: { defaultPageSize: 7, maxPageSize: 10 } });
    expect((await call(`${s.url}/Users`)).json.Resources).toHaveLength(7);
    expect((await call(`${s.url}/Users?count=50`)).json.Resources).toHaveLength(10);
  });

  it('treats count=0 and negative counts as totals only, and startIndex < 1 as 1', async () => {
    const s = await start();
    for (const count of ['0', '-4']) {
      const res = await call(`${s.url}/Users?count=${count}`);
      expect(res.json).toMatchObject({ totalResults: 23, itemsPerPage: 0, Resources: [] });
    }
    const clamped = await call(`${s.url}/Users?startIndex=-3&count=2`);
    expect(idsOf(clamped.json)).toEqual(userIds(s).slice(0, 2));
    expect(clamped.json.startIndex).toBe(1);
  });

  it('returns an empty page past the end and 400 invalidValue for a non-numeric count', async () => {
    const s = await start();
    expect((await call(`${s.url}/Users?startIndex=24&count=5`)).json).toMatchObject({ totalResults: 23, Resources: [] });
    const bad = await call(`${s.url}/Users?count=ten`);
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ status: '400', scimType: 'invalidValue' });
  });

  it('pages through a filtered list', async () => {
    const s = await start();
    const active = [...s.directory.users.values()].filter((u) => u.active === true).map((u) => u.id);
    const { ids } = await walkIndex(`${s.url}/Users?filter=${encodeURIComponent('active eq true')}`, 4);
    expect(ids).toEqual(active);
  });
});

describe('RFC 9865 cursor paging', () => {
  async function walkCursor(base: string, count: number): Promise<{ ids: string[]; bodies: any[] }> {
    const ids: string[] = [];
    const bodies: any[] = [];
    let cursor = '';
    for (let guard = 0; guard < 100; guard++) {
      const res = await call(`${base}?count=${count}&cursor=${encodeURIComponent(cursor)}`);
      bodies.push(res.json);
      ids.push(...idsOf(res.json));
      if (res.json.nextCursor === undefined) break;
      cursor = str(res.json.nextCursor);
    }
    return { ids, bodies };
  }

  it('walks all users with nextCursor, which is absent on the last page', async () => {
    const s = await start({ paging: { cursor: true } });
    const { ids, bodies } = await walkCursor(`${s.url}/Users`, 10);
    expect(ids).toEqual(userIds(s));
    expect(bodies).toHaveLength(3);
    expect(bodies[0].previousCursor).toBeUndefined();
    expect(bodies[1].previousCursor).toEqual(expect.any(String));
    expect(bodies[2].nextCursor).toBeUndefined();
    expect(bodies[0].startIndex).toBeUndefined();
  });

  it('serves the previous page from previousCursor', async () => {
    const s = await start({ paging: { cursor: true } });
    const first = await call(`${s.url}/Users?count=5&cursor=`);
    const second = await call(`${s.url}/Users?count=5&cursor=${first.json.nextCursor}`);
    const back = await call(`${s.url}/Users?count=5&cursor=${second.json.previousCursor}`);
    expect(idsOf(back.json)).toEqual(idsOf(first.json));
  });

  it('rejects unknown cursors and cursors reused with a different filter as 400 invalidCursor', async () => {
    const s = await start({ paging: { cursor: true } });
    const unknown = await call(`${s.url}/Users?cursor=nope`);
    expect(unknown.status).toBe(400);
    expect(unknown.json.scimType).toBe('invalidCursor');
    const first = await call(`${s.url}/Users?count=2&cursor=`);
    const changed = await call(`${s.url}/Users?count=2&cursor=${first.json.nextCursor}&filter=${encodeURIComponent('active eq true')}`);
    expect(changed.status).toBe(400);
    expect(changed.json.scimType).toBe('invalidCursor');
  });

  it('uses cursor paging by default only when configured so, and ignores cursor when disabled', async () => {
    const s = await start({ paging: { cursor: true, defaultMethod: 'cursor' } });
    expect((await call(`${s.url}/Users?count=5`)).json.nextCursor).toEqual(expect.any(String));
    expect((await call(`${s.url}/ServiceProviderConfig`)).json.pagination).toMatchObject({ cursor: true, index: true, defaultPaginationMethod: 'cursor' });
    await s.close();
    const plain = await start();
    const res = await call(`${plain.url}/Users?count=5&cursor=`);
    expect(res.json.nextCursor).toBeUndefined();
    expect(res.json.startIndex).toBe(1);
  });
});
