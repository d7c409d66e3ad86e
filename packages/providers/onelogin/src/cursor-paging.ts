// OneLogin paging: API v2 answers a bare array and the next page's cursor in the `After-Cursor` header (sent
// back as `cursor`, with `limit` only on the first request); API v1 wraps `data` with `pagination.after_cursor`.
// Every listing goes through the shared hook paging, so a cursor that repeats or cycles, or a listing that
// never ends, fails instead of running forever.
import { hookPage, hookPages, ScimHttpError, type JsonValue, type ListHookContext, type Query, type ScimHttpClient } from '@baton-scim/scim';
import { idText } from './ids.js';
import { isObject, text } from './json.js';

/**
 * OneLogin's documented maximum `limit` per v2 list: users 50 ("returns up to 50 users per page"), roles 650
 * ("Max page limit is 650"); role users documents none, so it gets the users' 50 (unverified).
 */
export const MAX_LIMIT = { users: 50, roles: 650, roleUsers: 50 } as const;

export interface CursorPage {
  readonly items: readonly JsonValue[];
  /** The next page's cursor; '' on the last page. */
  readonly next: string;
}

function invalid(path: string, problem: string): ScimHttpError {
  const advice = 'check that --api-endpoint is your OneLogin API base, e.g. https://example.onelogin.com/api/';
  return new ScimHttpError({ code: 'invalid-data', method: 'GET', path, problem, advice, requestSent: true });
}

type Paging = Pick<ListHookContext, 'pageSize' | 'signal'> & { readonly client: Pick<ScimHttpClient, 'get'> };

const oneLoginId = (item: JsonValue): string | undefined => (isObject(item) ? idText(item['id']) : undefined);

/** The page of an API v2 list (`2/users`, `2/roles`, `2/roles/{id}/users`) at `cursor` ('' for the first). */
function v2Fetch(ctx: Paging, path: string, max: number, query: Query): (cursor: string) => Promise<CursorPage> {
  return async (cursor) => {
    const q = cursor === '' ? { ...query, limit: Math.min(ctx.pageSize, max) } : { ...query, cursor };
    const res = await ctx.client.get(path, q, { signal: ctx.signal });
    if (!Array.isArray(res.body)) throw invalid(path, `returned JSON that is not a list (HTTP ${res.status})`);
    return { items: res.body, next: res.headers['after-cursor'] ?? '' };
  };
}

/** One page of an API v2 list the engine drives. */
export function v2Page(ctx: Paging & Pick<ListHookContext, 'cursor'>, path: string, max: number, query: Query = {}): Promise<{ items: JsonValue[]; nextCursor: string }> {
  return hookPage(ctx.cursor, { what: `OneLogin GET ${path}`, idOf: oneLoginId }, v2Fetch(ctx, path, max, query));
}

/** Every item of a v2 list, for the role lists read inside one hook call. */
export function v2All(ctx: Paging, path: string, max: number): Promise<JsonValue[]> {
  return hookPages({ what: `OneLogin GET ${path}`, idOf: oneLoginId }, v2Fetch(ctx, path, max, {}));
}

/** One page of an API v1 list (`1/groups`): `{ data: [...], pagination: { after_cursor } }`. */
export function v1Page(ctx: Paging & Pick<ListHookContext, 'cursor'>, path: string): Promise<{ items: JsonValue[]; nextCursor: string }> {
  return hookPage(ctx.cursor, { what: `OneLogin GET ${path}`, idOf: oneLoginId }, async (cursor) => {
    const res = await ctx.client.get(path, cursor === '' ? undefined : { after_cursor: cursor }, { signal: ctx.signal });
    const body = res.body;
    if (!isObject(body) || !Array.isArray(body['data'])) throw invalid(path, `returned no { data } list (HTTP ${res.status})`);
    const pagination = isObject(body['pagination']) ? body['pagination'] : {};
    return { items: body['data'], next: text(pagination['after_cursor']) ?? '' };
  });
}
