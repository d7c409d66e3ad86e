// What a list function passes to the paging helpers, what it gets back, and the page-size rule.
import { BatonError, type Logger } from '@baton-scim/core';
import type { ScimHttpClient } from '../http/client.js';
import type { JsonObject } from '../http/json.js';
import type { Query } from '../http/url.js';
import type { IndexPrefetcher } from './prefetch.js';

export interface PageRequest {
  readonly client: Pick<ScimHttpClient, 'get'>;
  /** Resource endpoint under the base URL, e.g. `/Users`. */
  readonly path: string;
  /** Extra query (filter, attributes, excludedAttributes); repeated unchanged on every page. */
  readonly query?: Query;
  /** '' for the first page, else the `nextPageToken` of the previous call. */
  readonly pageToken: string;
  /** Requested `count`; default 100. */
  readonly pageSize?: number;
  /** The provider's cap (Slack 1000, Atlassian 100, AWS 50); `count` never exceeds it. */
  readonly maxPageSize?: number;
  /** Guard against servers whose paging never ends; default 10 000 pages. */
  readonly maxPages?: number;
  readonly signal?: AbortSignal;
  readonly logger?: Logger;
  /** Fetches index pages ahead once the total is known; absent: one page at a time. */
  readonly prefetch?: IndexPrefetcher;
}

/** How a listing ended, for the summary: a listing that cannot be made whole fails instead. */
export interface ListingEnd {
  /** `end-refused`: the server answered the request past its claimed end with an error instead of an empty page. */
  readonly how: 'empty-page' | 'repeat-page' | 'end-refused';
  readonly pages: number;
  /** Distinct resources returned. */
  readonly listed: number;
  /** Resources dropped as already returned by an earlier page. */
  readonly repeated: number;
  readonly totalResults: number | undefined;
  /** The pages held more than the server's totalResults. */
  readonly totalWrong: boolean;
  /** The listing came up short after repeats and was read once more from the start, with this smaller `count`. */
  readonly rereadCount?: number;
}

export interface ScimPage {
  /** This page's resources, minus any already returned earlier in the listing. */
  readonly resources: readonly JsonObject[];
  /** '' when the listing is complete. */
  readonly nextPageToken: string;
  /** The server's totalResults when it sent a usable number. */
  readonly totalResults: number | undefined;
  /** Set on the last page of an index listing. */
  readonly ended?: ListingEnd;
}

export const DEFAULT_PAGE_SIZE = 100;
export const DEFAULT_MAX_PAGES = 10_000;

export function pageCount(req: PageRequest): number {
  const size = req.pageSize ?? DEFAULT_PAGE_SIZE;
  const cap = req.maxPageSize ?? Number.POSITIVE_INFINITY;
  if (!Number.isInteger(size) || size < 1) throw new BatonError('invalid-argument', `pageSize must be a positive integer, got ${size}`);
  if (cap !== Number.POSITIVE_INFINITY && (!Number.isInteger(cap) || cap < 1)) {
    throw new BatonError('invalid-argument', `maxPageSize must be a positive integer, got ${cap}`);
  }
  return Math.min(size, cap);
}

export function checkPageBudget(req: PageRequest, pages: number): void {
  const max = req.maxPages ?? DEFAULT_MAX_PAGES;
  if (pages >= max) {
    throw new BatonError(
      'invalid-data',
      `GET ${req.path} was still returning new pages after ${max} pages; the server's paging looks broken (check pagination.style and the paging keys of the config against what the server returns)`,
    );
  }
}
