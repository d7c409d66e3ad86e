import { afterEach, describe, expect, it } from 'vitest';
import { BatonError } from '@baton-scim/core';
import { createScimHttpClient, pageCursor, type ScimHttpClient } from '../../src/index.js';
import { json, startServer, type TestServer } from '../http/test-server.js';
import { drain, ids } from './list-server.js';

let server: TestServer | undefined;
let client: ScimHttpClient | undefined;
afterEach(async () => {
  await client?.close();
  await server?.close();
  client = server = undefined;
});

/** An RFC 9865 server whose cursor is the next offset, written as an opaque string. */
async function cursorServer(total: number, opts: { stuck?: boolean; overlap?: boolean } = {}) {
  const all = ids(total);
  server = await startServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const cursor = url.searchParams.get('cursor');
    const count = Number(url.searchParams.get('count'));
    const offset = cursor === '' || cursor === null ? 0 : Number(Buffer.from(cursor, 'base64url').toString());
    const from = opts.overlap === true && offset > 0 ? offset - 1 : offset;
    const end = from + count;
    // A stuck server hands back, from page 2 on, the very cursor it was called with.
    const nextOffset = opts.stuck === true && offset > 0 ? offset : end;
    const next = end < total ? Buffer.from(String(nextOffset)).toString('base64url') : undefined;
    json(res, 200, { totalResults: 3, itemsPerPage: 999, Resources: all.slice(from, end).map((id) => ({ id })), ...(next === undefined ? {} : { nextCursor: next }) });
  });
  client = createScimHttpClient({ baseUrl: server.url, auth: { type: 'none' }, retry: { maxAttempts: 1 } });
  return { server, client };
}

describe('pageCursor', () => {
  it('sends cursor= first, follows nextCursor until it is absent, and ignores totalResults for stopping', async () => {
    const { server: s, client: c } = await cursorServer(12);
    const { ids: got } = await drain((pageToken) => pageCursor({ client: c, path: '/Users', query: { filter: 'active eq true' }, pageToken, pageSize: 5 }));
    expect(got).toEqual(ids(12));
    const queries = s.requests.map((r) => new URL(r.url, 'http://x').searchParams);
    expect(s.requests[0]!.url).toBe('/Users?filter=active%20eq%20true&cursor=&count=5');
    expect(queries.map((q) => q.get('cursor'))).toEqual(['', 'NQ', 'MTA']);
    expect(queries.every((q) => q.get('filter') === 'active eq true' && q.get('count') === '5')).toBe(true);
  });

  it('clamps count to maxPageSize', async () => {
    const { server: s, client: c } = await cursorServer(3);
    await pageCursor({ client: c, path: '/Users', pageToken: '', pageSize: 1000, maxPageSize: 50 });
    expect(new URL(s.requests[0]!.url, 'http://x').searchParams.get('count')).toBe('50');
  });

  it('drops resources repeated from the previous page', async () => {
    const { client: c } = await cursorServer(12, { overlap: true });
    const { ids: got } = await drain((pageToken) => pageCursor({ client: c, path: '/Users', pageToken, pageSize: 5 }));
    expect(got).toEqual(ids(12));
  });

  it('fails with invalid-data when the server hands back the same cursor', async () => {
    const { client: c } = await cursorServer(12, { stuck: true });
    const err = await drain((pageToken) => pageCursor({ client: c, path: '/Users', pageToken, pageSize: 5 })).catch((e: unknown) => e);
    expect((err as BatonError).code).toBe('invalid-data');
    expect((err as BatonError).message).toMatch(/returned the cursor it was called with as nextCursor/);
  });

  it('rejects an index-paging token', async () => {
    const { client: c } = await cursorServer(3);
    const token = JSON.stringify({ v: 1, k: 'i', s: 5, n: 1, f: [], p: [] });
    await expect(pageCursor({ client: c, path: '/Users', pageToken: token })).rejects.toMatchObject({ code: 'invalid-argument' });
  });
});
