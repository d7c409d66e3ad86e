// One page of /Users or /Groups: the configured SCIM paging, or a provider hook that reads another source.
import { BatonError, type SyncNote } from '@baton-scim/core';
import type { JsonObject } from '../http/json.js';
import type { Query } from '../http/url.js';
import { parsePath } from '../jsonpath/parse.js';
import type { CompiledPath } from '../jsonpath/compile.js';
import { pageCursor } from '../paging/cursor-paging.js';
import { pageIndex } from '../paging/index-paging.js';
import { describeListingEnd } from '../paging/listing-end-text.js';
import type { PageRequest, ScimPage } from '../paging/page-request.js';
import { clientFor, listHookContext, type ConnectorContext } from './context.js';
import type { RequestPurpose } from './request-stats.js';

export type ListingKind = 'users' | 'groups';

export interface ListPageOptions {
  readonly token: string;
  readonly signal: AbortSignal;
  readonly purpose: RequestPurpose;
  /** Only these attributes are asked for (SCIM `attributes`); the server always adds `id`. */
  readonly attributes?: readonly string[];
  readonly excludedAttributes?: readonly string[];
  /** Overrides the configured page size (validate asks for one item). */
  readonly pageSize?: number;
}

export interface ListedPage {
  readonly items: readonly JsonObject[];
  /** '' on the last page. */
  readonly nextPageToken: string;
  /** On the last page of an index listing: how it ended, for the engine to store with the sync. */
  readonly notes?: readonly SyncNote[];
}

const ENDPOINT: Record<ListingKind, string> = { users: '/Users', groups: '/Groups' };

export async function listPage(ctx: ConnectorContext, kind: ListingKind, o: ListPageOptions): Promise<ListedPage> {
  const pagination = ctx.config.pagination;
  const pageSize = o.pageSize ?? pagination.pageSize;
  const hook = kind === 'users' ? ctx.hooks.listUsers : ctx.hooks.listGroups;
  if (hook) {
    const call = { cursor: o.token, pageSize, signal: o.signal, ...(o.attributes ? { attributes: o.attributes } : {}) };
    const result = await hook(await listHookContext(ctx, o.purpose, call));
    return { items: result.items, nextPageToken: result.nextCursor ?? '' };
  }
  const query: Record<string, string> = {};
  if (o.attributes && o.attributes.length > 0) query['attributes'] = o.attributes.join(',');
  if (o.excludedAttributes && o.excludedAttributes.length > 0) query['excludedAttributes'] = o.excludedAttributes.join(',');
  const request: PageRequest = {
    client: await clientFor(ctx, o.purpose),
    path: ENDPOINT[kind],
    query: query satisfies Query,
    pageToken: o.token,
    pageSize,
    ...(o.pageSize === undefined && pagination.maxPageSize !== undefined ? { maxPageSize: pagination.maxPageSize } : {}),
    signal: o.signal,
    logger: ctx.logger,
    // A caller that sets its own page size (validate) reads one page only: nothing to fetch ahead for it.
    ...(ctx.prefetch && pagination.style === 'index' && o.pageSize === undefined ? { prefetch: ctx.prefetch } : {}),
  };
  const page: ScimPage = pagination.style === 'cursor' ? await pageCursor(request) : await pageIndex(request);
  if (!page.ended) return { items: page.resources, nextPageToken: page.nextPageToken };
  ctx.listings.set(kind, page.ended);
  const notes = [{ topic: `${kind} listing`, text: describeListingEnd(kind, page.ended) }];
  return { items: page.resources, nextPageToken: page.nextPageToken, notes };
}

/**
 * Every page of a listing inside one call. Only the rebuild paths use it: the sync itself lets the engine
 * drive the pages, so each one is checkpointed.
 */
export async function walkListing(
  ctx: ConnectorContext,
  kind: ListingKind,
  o: Omit<ListPageOptions, 'token'>,
  onPage: (items: readonly JsonObject[]) => void,
): Promise<void> {
  const seen = new Set<string>();
  let token = '';
  do {
    seen.add(token);
    const page = await listPage(ctx, kind, { ...o, token });
    onPage(page.items);
    token = page.nextPageToken;
    if (seen.has(token) && token !== '') {
      throw new BatonError('invalid-data', `listing ${ENDPOINT[kind]} returned a page token it had already returned; its paging does not advance`);
    }
  } while (token !== '');
}

/**
 * The top-level SCIM attribute a config path reads (`name.givenName` → `name`), or undefined when the
 * path does not start with a plain name (then the caller must not restrict attributes).
 */
export function rootAttribute(path: CompiledPath): string | undefined {
  const first = parsePath(path.source).segments[0];
  return first?.kind === 'name' ? first.name : undefined;
}

/** The `attributes` list covering every path, or undefined when one of them cannot be narrowed. */
export function attributesFor(paths: readonly (CompiledPath | undefined)[]): string[] | undefined {
  const roots = new Set<string>();
  for (const path of paths) {
    if (path === undefined) continue;
    const root = rootAttribute(path);
    if (root === undefined) return undefined;
    roots.add(root);
  }
  return [...roots];
}
