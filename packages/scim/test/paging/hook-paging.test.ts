// hookPage / hookPages against a real server whose next links are hostile: a cycle A→B→A, a link that repeats
// itself, a longer cycle, a listing that never ends, and pages that overlap. Each must end, with a clear error.
import { afterEach, describe, expect, it } from 'vitest';
import { BatonError } from '@baton-scim/core';
import { createScimHttpClient, hookPage, hookPages, type HookPageFetch, type ScimHttpClient } from '../../src/index.js';
import { json, startServer, type TestServer } from '../http/test-server.js';

let server: TestServer | undefined;
let client: ScimHttpClient | undefined;
afterEach(async () => {
  await client?.close();
  await server?.close();
  client = server = undefined;
});

interface Item {
  readonly id: string;
}

/**
 * Serves `/list` (page 0) and `/list?page=N`; `nextOf(N)` is the page the body's `next` names (undefined ends
 * the listing). Page N holds ids `pN-0`, `pN-1`, plus `p(N-1)-1` when `overlap` is set.
 */
async function linkServer(nextOf: (page: number) => number | undefined, overlap = false, ignoresPage = false) {
  server = await startServer((req, res) => {
    const asked = Number(new URL(req.url, 'http://x').searchParams.get('page') ?? '0');
    // A server that ignores the paging parameter serves page 0's items under every link.
    const page = ignoresPage ? 0 : asked;
    const next = nextOf(asked);
    const items = [{ id: `p${page}-0` }, { id: `p${page}-1` }, ...(overlap && page > 0 ? [{ id: `p${page - 1}-1` }] : [])];
    json(res, 200, { items, ...(next === undefined ? {} : { next: `list?page=${next}` }) });
  });
  client = createScimHttpClient({ baseUrl: server.url, auth: { type: 'none' }, retry: { maxAttempts: 1 } });
  const c = client;
  const fetch: HookPageFetch<Item> = async (position) => {
    const res = await c.get(position === '' ? 'list' : position);
    const body = res.body as unknown as { items: Item[]; next?: string };
    return { items: body.items, next: body.next ?? '' };
  };
  return { server, fetch };
}

/** Drives hookPage the way the engine does: the returned cursor goes back in until it is ''. */
async function drive(fetch: HookPageFetch<Item>, maxPages?: number): Promise<Item[]> {
  const all: Item[] = [];
  let cursor = '';
  do {
    const page = await hookPage(cursor, { what: 'GET list', idOf: (i) => i.id, ...(maxPages === undefined ? {} : { maxPages }) }, fetch);
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== '');
  return all;
}

const both = [
  ['engine-driven hookPage', (f: HookPageFetch<Item>, max?: number) => drive(f, max)],
  ['one-call hookPages', (f: HookPageFetch<Item>, max?: number) => hookPages({ what: 'GET list', idOf: (i: Item) => i.id, ...(max === undefined ? {} : { maxPages: max }) }, f)],
] as const;

describe.each(both)('%s', (_name, read) => {
  it('follows next links to the end and keeps every item once', async () => {
    const { fetch, server: s } = await linkServer((p) => (p < 3 ? p + 1 : undefined));
    const items = await read(fetch);
    expect(items.map((i) => i.id)).toEqual(['p0-0', 'p0-1', 'p1-0', 'p1-1', 'p2-0', 'p2-1', 'p3-0', 'p3-1']);
    expect(s.requests.map((r) => r.url)).toEqual(['/list', '/list?page=1', '/list?page=2', '/list?page=3']);
  });

  it('fails on a cycle A→B→A after a handful of requests', async () => {
    // page 0 → 1 → 2 → 1 → 2 …
    const { fetch, server: s } = await linkServer((p) => (p === 2 ? 1 : p + 1));
    const err = await read(fetch).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BatonError);
    expect((err as BatonError).code).toBe('invalid-data');
    expect((err as Error).message).toContain('GET list sent a next page it had already sent (list?page=2), so its pages go round in a circle');
    expect(s.requests.length).toBeLessThanOrEqual(6);
  });

  it('fails on a link that names the page it came from', async () => {
    const { fetch, server: s } = await linkServer((p) => (p === 0 ? 1 : p));
    const err = await read(fetch).catch((e: unknown) => e);
    expect((err as Error).message).toContain('GET list sent the same next page it was called with (list?page=1)');
    expect(s.requests).toHaveLength(2);
  });

  it('fails on a long cycle back to an early page within about twice its length', async () => {
    // 0 → 1 → … → 40 → 5 → 6 → …: a cycle of 36 pages entered after 5.
    const { fetch, server: s } = await linkServer((p) => (p === 40 ? 5 : p + 1));
    const err = await read(fetch).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/sent a next page it had already sent/);
    expect(s.requests.length).toBeLessThanOrEqual(2 * 41 + 36);
  });

  it('fails a listing that never ends at the page cap, naming the cap', async () => {
    const { fetch, server: s } = await linkServer((p) => p + 1);
    const err = await read(fetch, 25).catch((e: unknown) => e);
    expect((err as Error).message).toContain('GET list was still sending a next page after 25 pages');
    expect(s.requests).toHaveLength(25);
  });

  it('fails when a page only repeats the one before and yet announces more (a server ignoring its paging)', async () => {
    const { fetch, server: s } = await linkServer((p) => p + 1, false, true);
    const err = await read(fetch).catch((e: unknown) => e);
    expect((err as Error).message).toContain('GET list sent a page whose every item the page before already held, and another page after it (at list?page=2)');
    expect(s.requests).toHaveLength(2);
  });

  it('drops items the previous page already held', async () => {
    const { fetch } = await linkServer((p) => (p < 2 ? p + 1 : undefined), true);
    const items = await read(fetch);
    expect(items.map((i) => i.id)).toEqual(['p0-0', 'p0-1', 'p1-0', 'p1-1', 'p2-0', 'p2-1']);
  });
});

describe('hookPage cursors', () => {
  it('refuses a cursor it did not issue, naming the listing', async () => {
    const { fetch } = await linkServer(() => undefined);
    await expect(hookPage('list?page=7', { what: 'GET list' }, fetch)).rejects.toThrow(/GET list: page token "list\?page=7" is not one this connector issued/);
  });
});
