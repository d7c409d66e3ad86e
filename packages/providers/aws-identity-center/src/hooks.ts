// Identity Center returns every group with an empty member list, so a group's members are the users that
// ListUsers returns for the filter `groups.value eq "<group id>"`, read with cursor paging.
import { hookPage, readListResponse, type JsonObject, type ListHookContext, type ListHookResult, type ScimProviderHooks } from '@baton-scim/scim';

/** ListUsers returns at most 100 resources per page. */
export const MAX_PAGE_SIZE = 100;

/** A SCIM filter string literal: `"` and `\` escaped as in JSON (RFC 7644 §3.4.2.2). */
export function membersFilter(groupId: string): string {
  return `groups.value eq ${JSON.stringify(groupId)}`;
}

function member(user: JsonObject): JsonObject {
  const display = user['userName'];
  return { value: user['id'] ?? null, type: 'User', ...(typeof display === 'string' ? { display } : {}) };
}

/**
 * One page of the group's members, the users ListUsers returns for the group filter, paged with `cursor` and
 * `nextCursor` through the shared hook paging: a cursor that repeats or cycles, or a listing past the page cap,
 * fails instead of running on.
 */
export function listGroupMembers(groupId: string, ctx: ListHookContext): Promise<ListHookResult> {
  const what = `GET /Users?filter=${membersFilter(groupId)}`;
  const count = Math.min(ctx.pageSize, MAX_PAGE_SIZE);
  return hookPage(ctx.cursor, { what, idOf: (m: JsonObject) => (typeof m['value'] === 'string' ? m['value'] : undefined) }, async (cursor) => {
    const res = await ctx.client.get('/Users', { filter: membersFilter(groupId), cursor, count }, { signal: ctx.signal });
    const list = readListResponse(res.body, what);
    return { items: list.resources.map(member), next: list.nextCursor ?? '' };
  });
}

export const hooks: ScimProviderHooks = { listGroupMembers };
