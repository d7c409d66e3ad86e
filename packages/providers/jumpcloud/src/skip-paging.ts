// JumpCloud pages with `limit` (at most 100) and `skip`; the hook cursor is the next `skip`.
import { ScimHttpError, type JsonValue, type ListHookContext } from '@baton-scim/scim';
import { isObject } from './json.js';

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

function skipOf(cursor: string, path: string): number {
  if (cursor === '') return 0;
  if (!/^\d+$/.test(cursor)) throw invalid(path, `was asked to resume at "${cursor.slice(0, 40)}", which is not a skip offset this provider issued`);
  return Number(cursor);
}

/**
 * One page. v1 answers `{ totalCount, results }`, v2 a bare array; the listing ends on a short page, or for
 * v1 once `totalCount` is reached, so a directory that is an exact multiple of the limit costs one empty page.
 */
export async function skipPage(ctx: Pick<ListHookContext, 'cursor' | 'pageSize' | 'client' | 'signal'>, path: string): Promise<SkipPage> {
  const skip = skipOf(ctx.cursor, path);
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
}
