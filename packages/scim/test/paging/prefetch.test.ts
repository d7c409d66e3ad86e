// Index pages fetched ahead: requests overlap once the total is known, and the listing is the same as one at a time.
import { afterEach, describe, expect, it } from 'vitest';
import { createScimHttpClient, pageIndex, type ScimHttpClient } from '../../src/index.js';
import { IndexPrefetcher } from '../../src/paging/prefetch.js';
import { json, startServer, type TestServer } from '../http/test-server.js';
import { drain, ids } from './list-server.js';

let server: TestServer | undefined;
let client: ScimHttpClient | undefined;
afterEach(async () => {
  await client?.close();
  await server?.close();
  client = server = undefined;
});

const page = (all: string[], start: number, count: number) => ({
  schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
  totalResults: all.length,
  startIndex: start,
  Resources: all.slice(start - 1, start - 1 + count).map((id) => ({ id })),
});

describe('IndexPrefetcher', () => {
  it('has the next pages in flight while one is being answered, and lists the same resources', async () => {
    const all = ids(40);
    let releaseSecond: (() => void) | undefined;
    const thirdAsked = new Promise<void>((resolve) => (releaseSecond = resolve));
    // The answer for startIndex 11 waits until startIndex 21 has been asked for: one page at a time never gets there.
    server = await startServer(async (req, res) => {
      const q = new URL(req.url, 'http://x').searchParams;
      const start = Number(q.get('startIndex'));
      if (start === 21) releaseSecond?.();
      if (start === 11) await thirdAsked;
      json(res, 200, page(all, start, Number(q.get('count'))));
    });
    client = createScimHttpClient({ baseUrl: `${server.url}/scim/v2`, auth: { type: 'bearer', token: 'tok-abcdef' }, retry: { maxAttempts: 1 } });
    const c = client;
    const prefetch = new IndexPrefetcher(3);
    const { ids: got } = await drain((pageToken) => pageIndex({ client: c, path: '/Users', pageToken, pageSize: 10, prefetch }));
    expect(got).toEqual(all);
    // 4 full pages and the one request past them that proves the end: nothing fetched twice, nothing wasted.
    const starts = server.requests.map((r) => new URL(r.url, 'http://x').searchParams.get('startIndex')).sort();
    expect(starts).toEqual(['1', '11', '21', '31', '41']);
  });

  it('drops what it fetched ahead when a page comes back short, and goes on one page at a time', async () => {
    const all = ids(40);
    // A server that caps pages from the third one on: the predicted offsets are wrong from there.
    server = await startServer((req, res) => {
      const q = new URL(req.url, 'http://x').searchParams;
      const start = Number(q.get('startIndex'));
      json(res, 200, page(all, start, start > 20 ? 5 : Number(q.get('count'))));
    });
    client = createScimHttpClient({ baseUrl: `${server.url}/scim/v2`, auth: { type: 'bearer', token: 'tok-abcdef' }, retry: { maxAttempts: 1 } });
    const c = client;
    const { ids: got } = await drain((pageToken) => pageIndex({ client: c, path: '/Users', pageToken, pageSize: 10, prefetch: new IndexPrefetcher(4) }));
    expect(got).toEqual(all);
  });

  it('keeps fewer pages ahead when pages are large, at least the next one', () => {
    const prefetch = new IndexPrefetcher(4, 1000);
    expect(prefetch.window(100)).toBe(4);
    expect(prefetch.window(300)).toBe(3);
    expect(prefetch.window(600)).toBe(1);
    expect(prefetch.window(5000)).toBe(1);
    expect(prefetch.window(undefined)).toBe(4);
  });

  it('lists every resource once, nothing fetched twice, when each page is over the byte bound', async () => {
    const all = ids(40);
    let largest = 0;
    server = await startServer((req, res) => {
      const q = new URL(req.url, 'http://x').searchParams;
      const body = page(all, Number(q.get('startIndex')), Number(q.get('count')));
      largest = Math.max(largest, JSON.stringify(body).length);
      json(res, 200, body);
    });
    client = createScimHttpClient({ baseUrl: `${server.url}/scim/v2`, auth: { type: 'bearer', token: 'tok-abcdef' }, retry: { maxAttempts: 1 } });
    const c = client;
    const prefetch = new IndexPrefetcher(4, 10);
    const { ids: got } = await drain((pageToken) => pageIndex({ client: c, path: '/Users', pageToken, pageSize: 10, prefetch }));
    expect(got).toEqual(all);
    expect(largest).toBeGreaterThan(10);
    const starts = server.requests.map((r) => new URL(r.url, 'http://x').searchParams.get('startIndex')).sort();
    expect(starts).toEqual(['1', '11', '21', '31', '41']);
  });
});
