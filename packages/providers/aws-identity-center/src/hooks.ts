// Identity Center returns every group with an empty member list, so a group's members are the users that
// ListUsers returns for the filter `groups.value eq "<group id>"`, read with the same cursor paging.
import { pageCursor, type JsonObject, type ListHookContext, type ListHookResult, type ScimProviderHooks } from '@baton-scim/scim';

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

export async function listGroupMembers(groupId: string, ctx: ListHookContext): Promise<ListHookResult> {
  const page = await pageCursor({
    client: ctx.client,
    path: '/Users',
    query: { filter: membersFilter(groupId) },
    pageToken: ctx.cursor,
    pageSize: ctx.pageSize,
    maxPageSize: MAX_PAGE_SIZE,
    signal: ctx.signal,
    logger: ctx.logger,
  });
  return { items: page.resources.map(member), nextCursor: page.nextPageToken };
}

export const hooks: ScimProviderHooks = { listGroupMembers };
