// RFC 7644 index paging (startIndex/count), one page per call, advancing by the resources actually returned.
import { silentLogger } from '@baton-scim/core';
import { readListResponse } from './list-response.js';
import { checkPageBudget, pageCount, type PageRequest, type ScimPage } from './page-request.js';
import { decodePageToken, encodePageToken, type IndexState } from './page-token.js';
import { sift } from './seen-ids.js';

const START: IndexState = { kind: 'index', startIndex: 1, pages: 0, first: [], previous: [] };

/**
 * Fetches the page the token points at. `itemsPerPage` is never read: servers report the
 * requested size, the total or 0 there. The listing ends on an empty page, once
 * `totalResults` is reached, or when a page holds only ids already seen. The seen-set is
 * bounded to the first and the previous page: that catches a server that ignores
 * `startIndex` (same page again), one that wraps around to page 1 past the end, and
 * items shifted onto the next page by inserts, while the token stays O(page size).
 */
export async function pageIndex(req: PageRequest): Promise<ScimPage> {
  const logger = req.logger ?? silentLogger;
  const state = decodePageToken(req.pageToken, 'index') ?? START;
  checkPageBudget(req, state.pages);
  const count = pageCount(req);
  const query = { ...req.query, startIndex: state.startIndex, count };
  const res = await req.client.get(req.path, query, req.signal === undefined ? {} : { signal: req.signal });
  const list = readListResponse(res.body, `GET ${req.path}`);
  const returned = list.resources.length;
  if (returned > count) {
    logger.warn({ path: req.path, count, returned }, 'SCIM server ignored count and returned more resources than asked');
  }
  const { fresh, prints, allSeen } = sift(list.resources, [...state.first, ...state.previous]);
  if (allSeen) {
    logger.warn({ path: req.path, startIndex: state.startIndex }, 'SCIM server returned only resources already listed; treating the listing as complete');
  }
  const total = list.totalResults;
  const reachedTotal = total !== undefined && state.startIndex - 1 + returned >= total;
  if (reachedTotal && state.pages === 0 && returned === count && total === count) {
    logger.warn({ path: req.path, totalResults: total }, 'SCIM server reported a total equal to the page size; some servers (AWS IAM Identity Center) do that when they truncate, so the list may be incomplete');
  }
  const done = returned === 0 || allSeen || reachedTotal;
  const next: IndexState = {
    kind: 'index',
    startIndex: state.startIndex + returned,
    pages: state.pages + 1,
    first: state.pages === 0 ? prints : state.first,
    previous: prints,
  };
  return { resources: fresh, nextPageToken: done ? '' : encodePageToken(next), totalResults: total };
}
