// RFC 7644 index paging (startIndex/count), one page per call, advancing by the resources actually returned.
import { BatonError, silentLogger } from '@baton-scim/core';
import type { ScimResponse } from '../http/response.js';
import { readListResponse } from './list-response.js';
import { checkPageBudget, pageCount, type ListingEnd, type PageRequest, type ScimPage } from './page-request.js';
import { decodePageToken, encodePageToken, type IndexState } from './page-token.js';
import { sift } from './seen-ids.js';

const START: IndexState = { kind: 'index', startIndex: 1, pages: 0, first: [], previous: [], listed: 0, repeated: 0, totalWrong: false };

/**
 * Fetches the page the token points at. `itemsPerPage` is never read: servers report the requested size, the
 * total or 0 there. `totalResults` is trusted only as far as the pages agree with it: a full page that
 * reaches it is followed by one more request, and once the pages hold more than it claimed, only an empty page
 * ends the listing. A page of only repeated ids ends it too (servers that ignore `startIndex` or wrap around).
 * At the end the distinct resources must add up to `totalResults`, else the listing fails: a server that skips
 * resources between pages must not give a sync that looks complete. The seen-set is bounded to the first and
 * the previous page, so the token stays O(page size).
 */
export async function pageIndex(req: PageRequest): Promise<ScimPage> {
  const logger = req.logger ?? silentLogger;
  const state = decodePageToken(req.pageToken, 'index') ?? START;
  checkPageBudget(req, state.pages);
  const count = pageCount(req);
  const listing = `${req.path}?${JSON.stringify(req.query ?? {})}&count=${count}`;
  const fetch = (startIndex: number, signal: AbortSignal | undefined): Promise<ScimResponse> =>
    req.client.get(req.path, { ...req.query, startIndex, count }, signal === undefined ? {} : { signal });
  const signal = req.signal ?? new AbortController().signal;
  const res = req.prefetch ? await req.prefetch.take(listing, state.startIndex, fetch, signal) : await fetch(state.startIndex, req.signal);
  const list = readListResponse(res.body, `GET ${req.path}`);
  const returned = list.resources.length;
  if (returned > count) {
    logger.warn({ path: req.path, count, returned }, 'SCIM server ignored count and returned more resources than asked');
  }
  const { fresh, prints, allSeen } = sift(list.resources, [...state.first, ...state.previous]);
  const total = list.totalResults;
  const end = state.startIndex - 1 + returned;
  const totalWrong = state.totalWrong || (total !== undefined && end > total);
  if (totalWrong && !state.totalWrong) {
    logger.warn({ path: req.path, totalResults: total, listed: end }, 'SCIM server reported a totalResults smaller than what it lists; paging on until an empty page');
  }
  const next: IndexState = {
    kind: 'index',
    startIndex: state.startIndex + returned,
    pages: state.pages + 1,
    first: state.pages === 0 ? prints : state.first,
    previous: prints,
    listed: state.listed + fresh.length,
    repeated: state.repeated + (returned - fresh.length),
    totalWrong,
  };
  const how = ending(returned, count, allSeen, total, end, totalWrong);
  if (how === 'repeat-page') {
    logger.warn({ path: req.path, startIndex: state.startIndex }, 'SCIM server returned only resources already listed; treating the listing as complete');
  }
  if (how === undefined) {
    if (req.prefetch && returned === count && total !== undefined && !totalWrong) {
      const starts = Array.from({ length: req.prefetch.window(res.bodyChars) }, (_, i) => next.startIndex + i * count).filter((s) => s <= total + 1);
      req.prefetch.ahead(listing, starts, fetch, signal);
    } else req.prefetch?.drop(listing);
    return { resources: fresh, nextPageToken: encodePageToken(next), totalResults: total };
  }
  req.prefetch?.drop(listing);
  const ended: ListingEnd = { how, pages: next.pages, listed: next.listed, repeated: next.repeated, totalResults: total, totalWrong };
  checkWhole(req, ended, count);
  return { resources: fresh, nextPageToken: '', totalResults: total, ended };
}

/** How the listing ends with this page, or undefined when it goes on. */
function ending(returned: number, count: number, allSeen: boolean, total: number | undefined, end: number, totalWrong: boolean): ListingEnd['how'] | undefined {
  if (returned === 0) return 'empty-page';
  if (allSeen) return 'repeat-page';
  if (totalWrong || total === undefined || end < total) return undefined;
  // A full page that reaches the total could be a server reporting a total it truncated to: ask once more.
  return returned < count ? 'total-reached' : undefined;
}

/** Fails a listing whose distinct resources fall short of a total the pages never contradicted. */
function checkWhole(req: PageRequest, ended: ListingEnd, count: number): void {
  const total = ended.totalResults;
  if (total === undefined || ended.totalWrong || ended.listed >= total) return;
  const repeats = ended.repeated > 0 ? `, ${ended.repeated} of them repeated across pages,` : '';
  throw new BatonError(
    'invalid-data',
    `GET ${req.path}: the listing cannot be made whole: the server reported totalResults ${total}, but its ` +
      `${ended.pages} pages${repeats} held only ${ended.listed} distinct resources: its index paging skips ` +
      `resources between pages, or its total counts resources it never lists (this sync was not saved). Set pagination.pageSize to the page size ` +
      `the server really serves (${count} was asked), or pagination.style "cursor" if the server supports cursors.`,
  );
}
