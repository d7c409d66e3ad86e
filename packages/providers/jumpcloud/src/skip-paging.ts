// JumpCloud pages with `limit` (at most 100) and `skip`; the position of the shared hook paging is the next `skip`,
// so a server that keeps sending full pages stops at the page cap instead of being read forever.
import { hookPage, hookPages, ScimHttpError, type JsonValue, type ListHookContext } from '@baton-scim/scim';
import { isObject, text } from './json.js';

/** JumpCloud's documented maximum `limit` for v1 systemusers and the v2 lists. */
export const MAX_LIMIT = 100;

export interface SkipPage {
  readonly items: readonly JsonValue[];
  /** The next `skip` as a string; '' on the last page. */
  readonly next: string;
}

function invalid(path: string, problem: string): ScimHttpError {
  const advice = 'check that --api-endpoint is the JumpCloud API base, e.g. https://console.jumpcloud.com/api/';
  return new ScimHttpError({ code: 'invalid-data', method: 'GET', path, problem, advice, requestSent: true });
}

function skipOf(position: string, path: string): number {
  if (position === '') return 0;
  if (!/^\d+$/.test(position)) throw invalid(path, `was asked to resume at "${position.slice(0, 40)}", which is not a skip offset this provider issued`);
  return Number(position);
}

type Paging = Pick<ListHookContext, 'pageSize' | 'client' | 'signal'>;

/**
 * The page at `position` (the skip, '' for 0). v1 answers `{ totalCount, results }`, v2 a bare array; the listing
 * ends on a short page, or for v1 once `totalCount` is reached, so a directory that is an exact multiple of the
 * limit costs one empty page.
 */
function fetcher(ctx: Paging, path: string): (position: string) => Promise<SkipPage> {
  return async (position) => {
    const skip = skipOf(position, path);
    const limit = Math.min(ctx.pageSize, MAX_LIMIT);
    const res = await ctx.client.get(path, { limit, skip }, { signal: ctx.signal });
    const body = res.body;
    let items: JsonValue[];
    let total: number | undefined;
    if (Array.isArray(body)) items = body;
    else if (isObject(body) && Array.isArray(body['results'])) {
      items = body['results'];
      total = typeof body['totalCount'] === 'number' ? body['totalCount'] : undefined;
    } else throw invalid(path, `returned neither a list nor { results } (HTTP ${res.status})`);
    const done = items.length < limit || (total !== undefined && skip + items.length >= total);
    return { items, next: done ? '' : String(skip + items.length) };
  };
}

/** v1 users carry `_id` (and `id`); v2 groups `id`; graph connections `to.id`. */
function jumpCloudId(item: JsonValue): string | undefined {
  if (!isObject(item)) return undefined;
  const to = isObject(item['to']) ? item['to'] : undefined;
  return text(item['_id']) ?? text(item['id']) ?? (to === undefined ? undefined : text(to['id']));
}

/** One page of a listing the engine drives. */
export function skipPage(ctx: Paging & Pick<ListHookContext, 'cursor'>, path: string): Promise<{ items: JsonValue[]; nextCursor: string }> {
  return hookPage(ctx.cursor, { what: `JumpCloud GET ${path}`, idOf: jumpCloudId }, fetcher(ctx, path));
}

/** Every item of a listing read inside one hook call (a user's groups). */
export function skipAll(ctx: Paging, path: string): Promise<JsonValue[]> {
  return hookPages({ what: `JumpCloud GET ${path}`, idOf: jumpCloudId }, fetcher(ctx, path));
}
