// OneLogin paging: API v2 answers a bare array and the next page's cursor in the `After-Cursor` header (sent
// back as `cursor`, with `limit` only on the first request); API v1 wraps `data` with `pagination.after_cursor`.
import { ScimHttpError, type JsonValue, type ListHookContext, type Query, type ScimHttpClient } from '@baton-scim/scim';
import { isObject, text } from './json.js';

/** OneLogin's documented maximum `limit` for API v2 lists. */
export const MAX_LIMIT = 1000;

export interface CursorPage {
  readonly items: readonly JsonValue[];
  /** The next page's cursor; '' on the last page. */
  readonly next: string;
}

function invalid(path: string, problem: string): ScimHttpError {
  const advice = 'check that --api-endpoint is your OneLogin API base, e.g. https://example.onelogin.com/api/';
  return new ScimHttpError({ code: 'invalid-data', method: 'GET', path, problem, advice, requestSent: true });
}

type Paging = Pick<ListHookContext, 'cursor' | 'pageSize' | 'signal'> & { readonly client: Pick<ScimHttpClient, 'get'> };

/** One page of an API v2 list (`2/users`, `2/roles`, `2/roles/{id}/users`). */
export async function v2Page(ctx: Paging, path: string, query: Query = {}): Promise<CursorPage> {
  const first = ctx.cursor === '';
  const res = await ctx.client.get(path, first ? { ...query, limit: Math.min(ctx.pageSize, MAX_LIMIT) } : { ...query, cursor: ctx.cursor }, { signal: ctx.signal });
  if (!Array.isArray(res.body)) throw invalid(path, `returned JSON that is not a list (HTTP ${res.status})`);
  const next = res.headers['after-cursor'] ?? '';
  if (next !== '' && next === ctx.cursor) throw invalid(path, 'returned the cursor it was called with as After-Cursor, so paging would never end');
  return { items: res.body, next };
}

/** One page of an API v1 list (`1/groups`): `{ data: [...], pagination: { after_cursor } }`. */
export async function v1Page(ctx: Paging, path: string): Promise<CursorPage> {
  const res = await ctx.client.get(path, ctx.cursor === '' ? undefined : { after_cursor: ctx.cursor }, { signal: ctx.signal });
  const body = res.body;
  if (!isObject(body) || !Array.isArray(body['data'])) throw invalid(path, `returned no { data } list (HTTP ${res.status})`);
  const pagination = isObject(body['pagination']) ? body['pagination'] : {};
  const next = text(pagination['after_cursor']) ?? '';
  if (next !== '' && next === ctx.cursor) throw invalid(path, 'returned the cursor it was called with as after_cursor, so paging would never end');
  return { items: body['data'], next };
}

/** Every item of a v2 list, for the small role lists read inside one hook call. */
export async function v2All(ctx: Omit<Paging, 'cursor'>, path: string): Promise<JsonValue[]> {
  const items: JsonValue[] = [];
  let cursor = '';
  do {
    const page = await v2Page({ ...ctx, cursor }, path);
    items.push(...page.items);
    cursor = page.next;
  } while (cursor !== '');
  return items;
}
