// RFC 9865 cursor paging: `cursor=` first, then each `nextCursor` until the server stops sending one.
import { BatonError, silentLogger } from '@baton-scim/core';
import { readListResponse } from './list-response.js';
import { checkPageBudget, pageCount, type PageRequest, type ScimPage } from './page-request.js';
import { decodePageToken, encodePageToken, type CursorState } from './page-token.js';
import { sift } from './seen-ids.js';

const START: CursorState = { kind: 'cursor', cursor: '', pages: 0, previous: [] };

/**
 * A missing `nextCursor` is the only end signal (RFC 9865 §2), so `totalResults` is only
 * reported, never used to stop. Resources repeated from the previous page are dropped.
 */
export async function pageCursor(req: PageRequest): Promise<ScimPage> {
  const logger = req.logger ?? silentLogger;
  const state = decodePageToken(req.pageToken, 'cursor') ?? START;
  checkPageBudget(req, state.pages);
  const query = { ...req.query, cursor: state.cursor, count: pageCount(req) };
  const res = await req.client.get(req.path, query, req.signal === undefined ? {} : { signal: req.signal });
  const list = readListResponse(res.body, `GET ${req.path}`);
  const { fresh, prints } = sift(list.resources, state.previous);
  if (fresh.length < list.resources.length) {
    logger.debug({ path: req.path, dropped: list.resources.length - fresh.length }, 'dropped resources repeated from the previous page');
  }
  const cursor = list.nextCursor;
  if (cursor !== undefined && cursor === state.cursor) {
    throw new BatonError(
      'invalid-data',
      `GET ${req.path} returned the cursor it was called with as nextCursor, so paging would never end; the server's cursor paging is broken, use index paging for this provider`,
    );
  }
  const next: CursorState | undefined =
    cursor === undefined ? undefined : { kind: 'cursor', cursor, pages: state.pages + 1, previous: prints };
  return { resources: fresh, nextPageToken: next === undefined ? '' : encodePageToken(next), totalResults: list.totalResults };
}
