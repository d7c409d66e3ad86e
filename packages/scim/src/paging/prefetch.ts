// Index pages fetched ahead of the engine: once totalResults is known, the next pages' offsets are too.
import type { ScimResponse } from '../http/response.js';

/** 16 MiB of response text: user pages of 1000 stay at the full concurrency, member-heavy group pages drop to one or two. */
const DEFAULT_AHEAD_CHARS = 16 * 1024 * 1024;

type Fetch = (startIndex: number, signal: AbortSignal) => Promise<ScimResponse>;

interface Pending {
  readonly response: Promise<ScimResponse>;
  readonly controller: AbortController;
}

/**
 * Keeps up to `concurrency` requests of one listing in flight, the page the engine asks for included. Pages
 * are predicted as full pages after a full page; a page that is short, or an offset nobody predicted, drops
 * the rest (their requests are aborted), so the listing goes on one page at a time as before. Rate limits
 * need nothing here: the client's retries and its shared Retry-After pause hold every request alike.
 */
export class IndexPrefetcher {
  private readonly listings = new Map<string, Map<number, Pending>>();

  /**
   * `aheadChars` bounds the body text of the pages fetched ahead, judged by the page just read. Group pages
   * that embed their members run to megabytes each, and every page fetched ahead is held parsed until the
   * engine takes it: four of them were the largest item of a big sync's peak memory.
   */
  constructor(
    readonly concurrency: number,
    readonly aheadChars = DEFAULT_AHEAD_CHARS,
  ) {}

  /** Pages to keep in flight after one of `pageChars` (unknown: the concurrency); at least the next page. */
  window(pageChars: number | undefined): number {
    if (pageChars === undefined || pageChars <= 0) return this.concurrency;
    return Math.max(1, Math.min(this.concurrency, Math.floor(this.aheadChars / pageChars)));
  }

  /** The response for `startIndex`: one fetched ahead, or a request made now. */
  take(listing: string, startIndex: number, fetch: Fetch, signal: AbortSignal): Promise<ScimResponse> {
    const pending = this.listings.get(listing);
    const hit = pending?.get(startIndex);
    if (hit) {
      pending?.delete(startIndex);
      return hit.response;
    }
    this.drop(listing);
    return fetch(startIndex, signal);
  }

  /** Starts the requests for `starts` (in order) that are not in flight yet, up to the concurrency. */
  ahead(listing: string, starts: readonly number[], fetch: Fetch, signal: AbortSignal): void {
    if (this.concurrency <= 1 || signal.aborted) return;
    let pending = this.listings.get(listing);
    if (!pending) {
      pending = new Map();
      this.listings.set(listing, pending);
    }
    for (const start of starts) {
      if (pending.size >= this.concurrency) break;
      if (pending.has(start)) continue;
      const controller = new AbortController();
      const response = fetch(start, AbortSignal.any([signal, controller.signal]));
      // Taken later or dropped; either way its failure must not surface as an unhandled rejection.
      response.catch(() => undefined);
      pending.set(start, { response, controller });
    }
  }

  /** Aborts every page fetched ahead (the connector closes). */
  dropAll(): void {
    for (const listing of [...this.listings.keys()]) this.drop(listing);
  }

  /** Aborts and forgets every page fetched ahead for `listing`. */
  drop(listing: string): void {
    const pending = this.listings.get(listing);
    if (!pending) return;
    for (const { controller } of pending.values()) controller.abort();
    this.listings.delete(listing);
  }
}
