// Bounded paging for provider hooks that follow a vendor's own next links, tokens or offsets. Every listing gets
// the SCIM listing's integrity rules: a link that repeats or cycles back fails, a listing still going after the
// page cap fails, items repeated from the previous page are dropped, and a page that only repeats the previous
// one (a server ignoring its paging parameter) fails when more pages are announced. The state fits in the hook's cursor, so
// a listing the engine drives page by page (and checkpoints) is bounded exactly like one read inside one call.
import { BatonError } from '@baton-scim/core';
import { DEFAULT_MAX_PAGES } from '../paging/page-request.js';
import { fingerprint, sift } from '../paging/seen-ids.js';
import type { JsonObject } from '../http/json.js';

/** One page of a vendor listing: `position` '' is the first page; `next` '' ends the listing. */
export interface HookPageResult<T> {
  readonly items: readonly T[];
  /** Where the next page is: a next link, a page token, an offset; '' on the last page. */
  readonly next: string;
}

export type HookPageFetch<T> = (position: string) => Promise<HookPageResult<T>>;

export interface HookPagingOptions<T> {
  /** Names the listing in errors, e.g. `GET users` or `Microsoft Graph groups/{id}/members`. */
  readonly what: string;
  /** Pages one listing may take before it is called broken; default 10 000, as for SCIM listings. */
  readonly maxPages?: number;
  /** The id of an item, so items the previous page already held are dropped; without it nothing is dropped. */
  readonly idOf?: (item: T) => string | undefined;
}

/** The paging state carried between pages. */
interface HookPagingState {
  /** Where the next page is. */
  readonly position: string;
  /** Pages read so far in this listing. */
  readonly pages: number;
  /**
   * Fingerprint of the position reached after the last power-of-two page (Brent's cycle detection): a listing
   * that comes back to a position it was at is caught within about twice the cycle's length, whatever its
   * length, with constant state.
   */
  readonly anchor: string;
  /** Fingerprints of the previous page's item ids, to drop items repeated across the page boundary. */
  readonly previous: readonly string[];
}

const VERSION = 1;
const START: HookPagingState = { position: '', pages: 0, anchor: '', previous: [] };

function broken(what: string, problem: string): BatonError {
  return new BatonError('invalid-data', `${what} ${problem}; the server's paging is broken, so the listing stops here rather than run forever (retry later, or report it to the vendor)`);
}

function encode(state: HookPagingState): string {
  return JSON.stringify({ v: VERSION, k: 'h', p: state.position, n: state.pages, a: state.anchor, l: state.previous });
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

function decode(cursor: string, what: string): HookPagingState {
  if (cursor === '') return START;
  let value: unknown;
  try {
    value = JSON.parse(cursor);
  } catch {
    value = undefined;
  }
  const r = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  if (r['v'] !== VERSION || r['k'] !== 'h' || typeof r['p'] !== 'string' || r['p'] === '' || !Number.isSafeInteger(r['n']) || (r['n'] as number) < 1 || typeof r['a'] !== 'string' || !isStrings(r['l'])) {
    const shown = cursor.length > 80 ? `${cursor.slice(0, 80)}…` : cursor;
    throw new BatonError('invalid-argument', `${what}: page token ${JSON.stringify(shown)} is not one this connector issued; start the listing again from an empty token`);
  }
  return { position: r['p'], pages: r['n'] as number, anchor: r['a'], previous: r['l'] };
}

const isPowerOfTwo = (n: number): boolean => n > 0 && (n & (n - 1)) === 0;

/** Reads the page at `state.position` and returns its fresh items with the state after it (undefined at the end). */
async function step<T>(state: HookPagingState, o: HookPagingOptions<T>, fetch: HookPageFetch<T>): Promise<{ items: T[]; next: HookPagingState | undefined }> {
  const max = o.maxPages ?? DEFAULT_MAX_PAGES;
  if (state.pages >= max) throw broken(o.what, `was still sending a next page after ${max} pages`);
  const page = await fetch(state.position);
  const { items, prints, allSeen } = fresh(page.items, state.previous, o.idOf);
  if (page.next === '') return { items, next: undefined };
  // A server that ignores the paging parameter serves the same page again and again.
  if (allSeen) throw broken(o.what, `sent a page whose every item the page before already held, and another page after it (at ${shorten(page.next)})`);
  const pages = state.pages + 1;
  if (page.next === state.position) throw broken(o.what, `sent the same next page it was called with (${shorten(page.next)})`);
  const print = fingerprint(page.next);
  if (print === state.anchor) throw broken(o.what, `sent a next page it had already sent (${shorten(page.next)}), so its pages go round in a circle`);
  const anchor = isPowerOfTwo(pages) ? print : state.anchor;
  return { items, next: { position: page.next, pages, anchor, previous: prints } };
}

function fresh<T>(items: readonly T[], previous: readonly string[], idOf: ((item: T) => string | undefined) | undefined): { items: T[]; prints: string[]; allSeen: boolean } {
  if (idOf === undefined) return { items: [...items], prints: [], allSeen: false };
  // sift reads `id`, so each item is seen through its id; items without one are always kept.
  const keyed = items.map((item): JsonObject => {
    const id = idOf(item);
    return id === undefined ? {} : { id };
  });
  const sifted = sift(keyed, previous);
  const kept = new Set(sifted.fresh);
  return { items: items.filter((_, i) => kept.has(keyed[i] as JsonObject)), prints: [...sifted.prints], allSeen: sifted.allSeen };
}

const shorten = (position: string): string => (position.length > 120 ? `${position.slice(0, 120)}…` : position);

/**
 * One page of a hook listing the engine drives: `cursor` is the hook's `ctx.cursor`, and the returned
 * `nextCursor` carries the position (link, token, offset) together with what bounds the listing.
 */
export async function hookPage<T>(cursor: string, o: HookPagingOptions<T>, fetch: HookPageFetch<T>): Promise<{ items: T[]; nextCursor: string }> {
  const { items, next } = await step(decode(cursor, o.what), o, fetch);
  return { items, nextCursor: next === undefined ? '' : encode(next) };
}

/** Every item of a listing read inside one hook call (a user's groups, a role's holders), with the same bounds. */
export async function hookPages<T>(o: HookPagingOptions<T>, fetch: HookPageFetch<T>): Promise<T[]> {
  const all: T[] = [];
  let state: HookPagingState | undefined = START;
  while (state !== undefined) {
    const { items, next }: { items: T[]; next: HookPagingState | undefined } = await step(state, o, fetch);
    for (const item of items) all.push(item);
    state = next;
  }
  return all;
}
