// RFC 7644 index paging (startIndex/count), one page per call, advancing by the resources actually returned.
import { BatonError, silentLogger, type Logger } from '@baton-scim/core';
import { ScimHttpError } from '../http/errors.js';
import type { ScimResponse } from '../http/response.js';
import { readListResponse } from './list-response.js';
import { checkPageBudget, pageCount, type ListingEnd, type PageRequest, type ScimPage } from './page-request.js';
import { decodePageToken, encodePageToken, type IndexState } from './page-token.js';
import { sift } from './seen-ids.js';

const START: IndexState = {
  kind: 'index', startIndex: 1, pages: 0, first: [], previous: [], listed: 0, repeated: 0, totalWrong: false, widest: 0, reread: 0,
};

/**
 * Fetches the page the token points at. `itemsPerPage` is never read: servers report the requested size, the
 * total or 0 there. `totalResults` is trusted only as far as the pages agree with it: whatever the page sizes,
 * the listing ends only on an empty page, so pages that reach it are followed by one request past it (servers
 * that cap `count` silently report the page length as the total), and a short page is read on from where it
 * ended. A server that refuses that request (400/404/416) ends the listing with a warning and a note. A page of only repeated ids ends it too (servers that ignore `startIndex` or wrap around).
 * At the end the distinct resources must add up to `totalResults`, else the listing fails: a server that skips
 * resources between pages must not give a sync that looks complete. A listing that comes up short after
 * dropping repeats (overlapping pages) is first read once more from the start, with the page size the server
 * really served (or half the asked one), as further pages of the same listing; that pass alone must then be
 * whole. The engine already skips resources stored earlier in the sync (a point lookup per resource), so the
 * re-read needs no set of every id seen. The seen-set here is bounded to the first and the previous page of
 * the pass, so the token stays O(page size).
 */
export async function pageIndex(req: PageRequest): Promise<ScimPage> {
  const logger = req.logger ?? silentLogger;
  const state = decodePageToken(req.pageToken, 'index') ?? START;
  checkPageBudget(req, state.pages);
  const count = state.reread > 0 ? state.reread : pageCount(req);
  // The re-read goes one page at a time: it exists because the server's pages did not line up.
  const prefetch = state.reread > 0 ? undefined : req.prefetch;
  const listing = `${req.path}?${JSON.stringify(req.query ?? {})}&count=${count}`;
  const fetch = (startIndex: number, signal: AbortSignal | undefined): Promise<ScimResponse> =>
    req.client.get(req.path, { ...req.query, startIndex, count }, signal === undefined ? {} : { signal });
  const signal = req.signal ?? new AbortController().signal;
  let res: ScimResponse;
  try {
    res = prefetch ? await prefetch.take(listing, state.startIndex, fetch, signal) : await fetch(state.startIndex, req.signal);
  } catch (err) {
    if (state.confirming !== true || !refusedPastEnd(err)) throw err;
    prefetch?.drop(listing);
    return endRefused(req, state, err, logger);
  }
  const list = readListResponse(res.body, `GET ${req.path}`);
  const returned = list.resources.length;
  if (returned > count) {
    logger.warn({ path: req.path, count, returned }, 'SCIM server ignored count and returned more resources than asked');
  }
  const { fresh, prints, allSeen } = sift(list.resources, [...state.first, ...state.previous]);
  const total = list.totalResults;
  const end = state.startIndex - 1 + returned;
  // A page of only repeats past the end (servers that serve the last page again) contradicts no total.
  const totalWrong = state.totalWrong || (total !== undefined && end > total && !allSeen);
  if (totalWrong && !state.totalWrong) {
    logger.warn({ path: req.path, totalResults: total, listed: end }, 'SCIM server reported a totalResults smaller than what it lists; paging on until an empty page');
  }
  const next: IndexState = {
    ...state,
    startIndex: state.startIndex + returned,
    pages: state.pages + 1,
    // A pass starts at index 1 and advances by what is returned, so only its first page starts there.
    first: state.startIndex === 1 ? prints : state.first,
    previous: prints,
    listed: state.listed + fresh.length,
    repeated: state.repeated + (returned - fresh.length),
    totalWrong,
    // A first page cut short with more to come shows the server's own page size; later short pages may be
    // the end of a listing whose total is wrong. A listing of full first pages keeps its token as it was.
    widest: state.startIndex === 1 && returned < count && total !== undefined && returned < total ? returned : state.widest,
    // Pages that reach the claimed total prove nothing: the next request, past it, must come back empty.
    confirming: !totalWrong && total !== undefined && end >= total,
  };
  const how = ending(returned, allSeen);
  if (how === 'repeat-page') {
    logger.warn({ path: req.path, startIndex: state.startIndex }, 'SCIM server returned only resources already listed; treating the listing as complete');
  }
  if (how === undefined) {
    if (prefetch && returned === count && total !== undefined && !totalWrong) {
      const starts = Array.from({ length: prefetch.window(res.bodyChars) }, (_, i) => next.startIndex + i * count).filter((s) => s <= total + 1);
      prefetch.ahead(listing, starts, fetch, signal);
    } else prefetch?.drop(listing);
    return { resources: fresh, nextPageToken: encodePageToken(next), totalResults: total };
  }
  prefetch?.drop(listing);
  const ended: ListingEnd = {
    how, pages: next.pages, listed: next.listed, repeated: next.repeated, totalResults: total, totalWrong,
    ...(state.reread > 0 ? { rereadCount: state.reread } : {}),
  };
  if (isShort(ended) && ended.repeated > 0 && state.reread === 0) {
    const reread = rereadCount(next.widest, count);
    logger.warn(
      { path: req.path, totalResults: total, listed: ended.listed, repeated: ended.repeated, count: reread },
      'SCIM listing came up short after dropping resources repeated across pages; reading it once more from the start with a smaller page size',
    );
    const again: IndexState = { ...START, pages: next.pages, repeated: next.repeated, reread };
    return { resources: fresh, nextPageToken: encodePageToken(again), totalResults: total };
  }
  checkWhole(req, ended, count);
  return { resources: fresh, nextPageToken: '', totalResults: total, ended };
}

/** The page size the server served on the first page when that was less than asked; else half the asked one. */
function rereadCount(widest: number, count: number): number {
  return widest > 0 && widest < count ? widest : Math.max(1, Math.floor(count / 2));
}

/** The distinct resources fall short of a total the pages never contradicted. */
function isShort(ended: ListingEnd): boolean {
  return ended.totalResults !== undefined && !ended.totalWrong && ended.listed < ended.totalResults;
}

/**
 * How the listing ends with this page, or undefined when it goes on. Only an empty page (or one of only
 * repeats) ends it: a page that reaches `totalResults` may come from a server that caps `count` silently and
 * reports the page length as the total, so the request past the claimed end is always made.
 */
function ending(returned: number, allSeen: boolean): ListingEnd['how'] | undefined {
  if (returned === 0) return 'empty-page';
  if (allSeen) return 'repeat-page';
  return undefined;
}

/**
 * Statuses with which servers refuse a `startIndex` past the end of a listing instead of answering with an
 * empty page. Anything else (a 5xx after retries, a dropped connection, 401/403) fails the listing as before.
 */
const PAST_END_REFUSALS = new Set([400, 404, 416]);

function refusedPastEnd(err: unknown): err is ScimHttpError {
  return err instanceof ScimHttpError && err.status !== undefined && PAST_END_REFUSALS.has(err.status);
}

/** The request past the claimed end was refused: the listing ends there, and says so in the summary and the notes. */
function endRefused(req: PageRequest, state: IndexState, err: ScimHttpError, logger: Logger): ScimPage {
  logger.warn(
    { path: req.path, startIndex: state.startIndex, status: err.status ?? null },
    'SCIM server refused the request past the end its totalResults claimed instead of returning an empty page; the listing is taken as ending there, which the server did not prove',
  );
  const ended: ListingEnd = {
    how: 'end-refused', pages: state.pages, listed: state.listed, repeated: state.repeated, totalResults: undefined, totalWrong: state.totalWrong,
    ...(state.reread > 0 ? { rereadCount: state.reread } : {}),
  };
  return { resources: [], nextPageToken: '', totalResults: undefined, ended };
}

/** Fails a listing whose distinct resources fall short of a total the pages never contradicted. */
function checkWhole(req: PageRequest, ended: ListingEnd, count: number): void {
  const total = ended.totalResults;
  if (!isShort(ended)) return;
  const repeats = ended.repeated > 0 ? `, ${ended.repeated} of them repeated across pages,` : '';
  const again = ended.rereadCount === undefined ? '' : ` (even after reading the listing again from the start with count ${ended.rereadCount})`;
  throw new BatonError(
    'invalid-data',
    `GET ${req.path}: the listing cannot be made whole: the server reported totalResults ${total}, but its ` +
      `${ended.pages} pages${repeats} held only ${ended.listed} distinct resources${again}: its index paging skips ` +
      `resources between pages, or its total counts resources it never lists (this sync was not saved). Set pagination.pageSize to the page size ` +
      `the server really serves (${count} was asked), or pagination.style "cursor" if the server supports cursors.`,
  );
}
