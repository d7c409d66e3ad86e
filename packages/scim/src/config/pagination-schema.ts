// The `pagination` section: how list responses are paged (RFC 7644 index paging or RFC 9865 cursors).
import { z } from 'zod';
import { evenWithOtherIssues, jsonPathField, pageSizeField, problemAt } from './fields.js';

export const DEFAULT_PAGE_SIZE = 100;
/** Index pages in flight at once; a few hide the round trip without looking like a flood to the server. */
export const DEFAULT_PAGE_CONCURRENCY = 4;
export const MAX_PAGE_CONCURRENCY = 32;

export const paginationSchema = z
  .strictObject({
    style: z
      .enum(['index', 'cursor'])
      .default('index')
      .describe('Extension: "index" (startIndex/count, RFC 7644) or "cursor" (cursor/nextCursor, RFC 9865).'),
    totalResults: jsonPathField('JSONPath to the total results count, e.g. "totalResults"; required for index paging.').optional(),
    itemsPerPage: jsonPathField('JSONPath to the items per page, e.g. "itemsPerPage"; required for index paging. Paging advances by the number of resources returned, not by this value.').optional(),
    startIndex: jsonPathField('JSONPath to the start index, e.g. "startIndex"; required for index paging.').optional(),
    nextCursor: jsonPathField('Extension: JSONPath to the next cursor for cursor paging. Default: "nextCursor".').optional(),
    pageSize: pageSizeField(`Extension: the count requested per page. Default: ${DEFAULT_PAGE_SIZE}, or maxPageSize when smaller.`).optional(),
    maxPageSize: pageSizeField("Extension: the server's cap on count (e.g. Slack 1000, Atlassian 100, AWS 50).").optional(),
    concurrency: z
      .int()
      .min(1)
      .max(MAX_PAGE_CONCURRENCY)
      .optional()
      .describe(
        `Extension: index pages fetched at once once totalResults is known (default ${DEFAULT_PAGE_CONCURRENCY}; 1 fetches one page at a time). Rate limits and Retry-After hold them all. Cursor paging is always sequential. The --page-concurrency flag overrides it.`,
      ),
  })
  .superRefine((page, ctx) => {
    for (const key of ['totalResults', 'itemsPerPage', 'startIndex'] as const) {
      if (page.style === 'index' && page[key] === undefined) {
        problemAt(ctx, key, 'required for index paging (pagination.style "index", the default)');
      }
    }
    if (page.style === 'index' && page.nextCursor !== undefined) {
      problemAt(ctx, 'nextCursor', 'only used when pagination.style is "cursor"');
    }
    if (typeof page.pageSize === 'number' && typeof page.maxPageSize === 'number' && page.pageSize > page.maxPageSize) {
      problemAt(ctx, 'pageSize', `is larger than pagination.maxPageSize (${page.maxPageSize})`);
    }
  }, evenWithOtherIssues)
  .describe('Pagination mapping (required).');
