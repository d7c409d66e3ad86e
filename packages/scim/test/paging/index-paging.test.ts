import { afterEach, describe, expect, it } from 'vitest';
import { BatonError } from '@baton-scim/core';
import { pageIndex, type ScimHttpClient } from '../../src/index.js';
import type { TestServer } from '../http/test-server.js';
import { captureLogger } from '../http/test-server.js';
import { describeListingEnd } from '../../src/paging/listing-end-text.js';
import { drain, ids, listServer, type Quirks } from './list-server.js';

let server: TestServer | undefined;
let client: ScimHttpClient | undefined;
afterEach(async () => {
  await client?.close();
  await server?.close();
  client = server = undefined;
});

async function setup(total: number, quirks: Quirks = {}) {
  ({ server, client } = await listServer(total, quirks));
  return { server, client };
}

const starts = (s: TestServer) => s.requests.map((r) => new URL(r.url, 'http://x').searchParams.get('startIndex'));

describe('pageIndex', () => {
  it('advances by the resources actually returned when the server caps the page', async () => {
    const { server: s, client: c } = await setup(23, { cap: 7 });
    const { ids: got } = await drain((pageToken) => pageIndex({ client: c, path: '/Users', pageToken, pageSize: 10 }));
    expect(got).toEqual(ids(23));
    // The short page reaching totalResults proves nothing: the request past it must come back empty.
    expect(starts(s)).toEqual(['1', '8', '15', '22', '24']);
    expect(s.requests.every((r) => r.url.includes('count=10'))).toBe(true);
  });

  it.each(['count', 'total', 'zero'] as const)('never trusts itemsPerPage (server reports %s)', async (itemsPerPage) => {
    const { client: c } = await setup(23, { cap: 7, itemsPerPage });
    const { ids: got } = await drain((pageToken) => pageIndex({ client: c, path: '/Users', pageToken, pageSize: 10 }));
    expect(got).toEqual(ids(23));
  });

  it('stops on an empty page when totalResults is missing', async () => {
    const { server: s, client: c } = await setup(20, { totalResults: 'missing' });
    const { ids: got } = await drain((pageToken) => pageIndex({ client: c, path: '/Users', pageToken, pageSize: 10 }));
    expect(got).toEqual(ids(20));
    expect(starts(s)).toEqual(['1', '11', '21']);
  });

  it('reads a numeric-string totalResults and ignores a non-numeric one and a non-numeric startIndex', async () => {
    const a = await setup(12, { totalResults: 'string' });
    expect((await drain((pageToken) => pageIndex({ client: a.client, path: '/Users', pageToken, pageSize: 5 }))).ids).toEqual(ids(12));
    expect(a.server.requests).toHaveLength(4);
    const first = await pageIndex({ client: a.client, path: '/Users', pageToken: '', pageSize: 5 });
    expect(first.totalResults).toBe(12);
    await a.client.close();
    await a.server.close();
    const b = await setup(12, { totalResults: 'garbage', wrapAround: true });
    const page = await pageIndex({ client: b.client, path: '/Users', pageToken: '', pageSize: 5 });
    expect(page.totalResults).toBeUndefined();
    expect((await drain((pageToken) => pageIndex({ client: b.client, path: '/Users', pageToken, pageSize: 5 }))).ids).toEqual(ids(12));
  });

  it('drops resources repeated across pages when inserts shift the listing', async () => {
    const { client: c } = await setup(20, { shiftBack: true, totalResults: 'missing' });
    const { ids: got } = await drain((pageToken) => pageIndex({ client: c, path: '/Users', pageToken, pageSize: 5 }));
    expect(got).toEqual(ids(20));
  });

  it('stops when a server past the end wraps around to page 1 (SCIMMY)', async () => {
    const { client: c } = await setup(10, { wrapAround: true, totalResults: 'missing' });
    const { ids: got } = await drain((pageToken) => pageIndex({ client: c, path: '/Users', pageToken, pageSize: 4 }));
    expect(got).toEqual(ids(10));
  });

  it('stops and warns when the server ignores startIndex', async () => {
    const cap = captureLogger();
    const { server: s, client: c } = await setup(10, { ignoreStartIndex: true, totalResults: 'missing' });
    const { ids: got } = await drain((pageToken) => pageIndex({ client: c, path: '/Users', pageToken, pageSize: 4, logger: cap.logger }));
    expect(got).toEqual(ids(4));
    expect(s.requests).toHaveLength(2);
    expect(cap.lines.map((l) => l.msg)).toContain('SCIM server returned only resources already listed; treating the listing as complete');
  });

  it('detects a server that ignores count and returns more', async () => {
    const cap = captureLogger();
    const { server: s, client: c } = await setup(9, { ignoreCount: true, totalResults: 'missing' });
    const { ids: got } = await drain((pageToken) => pageIndex({ client: c, path: '/Users', pageToken, pageSize: 3, logger: cap.logger }));
    expect(got).toEqual(ids(9));
    expect(starts(s)).toEqual(['1', '10']);
    expect(cap.lines.find((l) => l.level === 'warn')?.obj).toMatchObject({ count: 3, returned: 9 });
  });

  it('clamps count to the provider maximum and repeats the caller query on every page', async () => {
    const { server: s, client: c } = await setup(150);
    const query = { filter: 'active eq true', excludedAttributes: 'members' };
    const { ids: got } = await drain((pageToken) => pageIndex({ client: c, path: '/Users', query, pageToken, pageSize: 500, maxPageSize: 100 }));
    expect(got).toHaveLength(150);
    expect(s.requests.map((r) => r.url)).toEqual([
      '/scim/v2/Users?filter=active%20eq%20true&excludedAttributes=members&startIndex=1&count=100',
      '/scim/v2/Users?filter=active%20eq%20true&excludedAttributes=members&startIndex=101&count=100',
      '/scim/v2/Users?filter=active%20eq%20true&excludedAttributes=members&startIndex=151&count=100',
    ]);
  });

  it('ends an empty listing after one request', async () => {
    const { server: s, client: c } = await setup(0);
    const page = await pageIndex({ client: c, path: '/Users', pageToken: '' });
    expect(page).toMatchObject({ resources: [], nextPageToken: '', totalResults: 0, ended: { how: 'empty-page', listed: 0 } });
    expect(s.requests).toHaveLength(1);
  });

  it('keeps page tokens compact and versioned, whatever the page number', async () => {
    const { client: c } = await setup(60, { cap: 5 });
    const { tokens } = await drain((pageToken) => pageIndex({ client: c, path: '/Users', pageToken, pageSize: 5 }));
    // 12 full pages, then one more request: a full page reaching totalResults does not prove the end.
    expect(tokens).toHaveLength(12);
    for (const t of tokens) {
      expect(JSON.parse(t)).toMatchObject({ v: 1, k: 'i' });
      expect(t.length).toBeLessThan(210);
    }
  });

  it('stops a listing that never ends at maxPages', async () => {
    const { client: c } = await setup(30, { cap: 2, totalResults: 'missing' });
    const err = await drain((pageToken) => pageIndex({ client: c, path: '/Users', pageToken, pageSize: 2, maxPages: 3 })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BatonError);
    expect((err as BatonError).code).toBe('invalid-data');
    expect((err as BatonError).message).toMatch(/^GET \/Users was still returning new pages after 3 pages/);
  });

  it.each([0, 10, 15])('pages past a totalResults of %i while the server holds 50, until an empty page', async (reported) => {
    const { server: s, client: c } = await setup(50, { cap: 10, reportTotal: reported });
    const { ids: got } = await drain((pageToken) => pageIndex({ client: c, path: '/Users', pageToken, pageSize: 10 }));
    expect(got).toEqual(ids(50));
    expect(starts(s).at(-1)).toBe('51');
  });

  it('asks once more after a full page that reaches totalResults, and ends on the empty answer', async () => {
    const { server: s, client: c } = await setup(20);
    let last: Awaited<ReturnType<typeof pageIndex>> | undefined;
    const { ids: got } = await drain(async (pageToken) => (last = await pageIndex({ client: c, path: '/Users', pageToken, pageSize: 10 })));
    expect(got).toEqual(ids(20));
    expect(starts(s)).toEqual(['1', '11', '21']);
    expect(last?.ended).toEqual({ how: 'empty-page', pages: 3, listed: 20, repeated: 0, totalResults: 20, totalWrong: false });
  });

  it('notes a server that refuses the request past its claimed end, and fails on any other refusal', async () => {
    const cap = captureLogger();
    const a = await setup(25, { refusePastEnd: 400 });
    let last: Awaited<ReturnType<typeof pageIndex>> | undefined;
    const { ids: got } = await drain(async (pageToken) => (last = await pageIndex({ client: a.client, path: '/Users', pageToken, pageSize: 10, logger: cap.logger })));
    expect(got).toEqual(ids(25));
    expect(last?.ended).toMatchObject({ how: 'end-refused', listed: 25, pages: 3 });
    expect(describeListingEnd('users', last!.ended!)).toMatch(/the server refused the request past its claimed end, so the end was not proved/);
    expect(cap.lines.find((l) => l.level === 'warn')?.msg).toMatch(/refused the request past the end its totalResults claimed/);
    await a.client.close();
    await a.server.close();
    const b = await setup(25, { refusePastEnd: 500 });
    await expect(drain((pageToken) => pageIndex({ client: b.client, path: '/Users', pageToken, pageSize: 10 }))).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('asks once past a short page that reaches totalResults, and ends only on the empty answer', async () => {
    const { server: s, client: c } = await setup(25);
    let last: Awaited<ReturnType<typeof pageIndex>> | undefined;
    await drain(async (pageToken) => (last = await pageIndex({ client: c, path: '/Users', pageToken, pageSize: 10 })));
    expect(starts(s)).toEqual(['1', '11', '21', '26']);
    expect(last?.ended).toMatchObject({ how: 'empty-page', listed: 25, totalResults: 25 });
  });

  it('keeps every resource of a server whose pages overlap, dropping the repeats', async () => {
    const { client: c } = await setup(50, { cap: 10, overlap: 3 });
    let last: Awaited<ReturnType<typeof pageIndex>> | undefined;
    const { ids: got } = await drain(async (pageToken) => (last = await pageIndex({ client: c, path: '/Users', pageToken, pageSize: 10 })));
    expect(got).toEqual(ids(50));
    expect(last?.ended).toMatchObject({ listed: 50, totalResults: 50 });
    expect(last?.ended?.repeated).toBeGreaterThan(0);
  });

  it('fails, naming the server behaviour and the setting, when the pages skip resources', async () => {
    const { client: c } = await setup(50, { cap: 10, skip: 2 });
    const err = await drain((pageToken) => pageIndex({ client: c, path: '/Users', pageToken, pageSize: 10 })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BatonError);
    expect((err as BatonError).code).toBe('invalid-data');
    expect((err as BatonError).message).toMatch(/cannot be made whole: the server reported totalResults 50, but its \d+ pages held only \d+ distinct/);
    expect((err as BatonError).message).toMatch(/pagination\.pageSize/);
  });
});
