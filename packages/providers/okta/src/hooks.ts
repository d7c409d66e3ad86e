// The Okta hooks: users, groups and group members read from the Management API and handed over as SCIM objects.
import type { ListHookContext, ListHookResult, ScimProviderHooks } from '@baton-scim/scim';
import { scimGroup, scimMember } from './groups.js';
import { oktaPage } from './link-paging.js';
import { groupMembership } from './memberships.js';
import { scimUser } from './users.js';

// Okta's documented maximum `limit` per endpoint.
const MAX_LIMIT = { users: 200, groups: 10_000, members: 1000 } as const;

/**
 * Every user with a status, DEPROVISIONED included: Okta's plain listing leaves deactivated users out, and the
 * search `status pr` ("status is present", as ConductorOne's Okta connector lists) returns them all in one
 * listing, so a user deactivated or reactivated mid-sync is listed exactly once.
 */
export const ALL_USERS_SEARCH = 'status pr';

export async function listUsers(ctx: ListHookContext): Promise<ListHookResult> {
  const page = await oktaPage(ctx, 'users', { limit: Math.min(ctx.pageSize, MAX_LIMIT.users), search: ALL_USERS_SEARCH });
  return { items: page.items.map(scimUser), nextCursor: page.nextCursor };
}

export async function listGroups(ctx: ListHookContext): Promise<ListHookResult> {
  const page = await oktaPage(ctx, 'groups', { limit: Math.min(ctx.pageSize, MAX_LIMIT.groups) });
  return { items: page.items.map(scimGroup), nextCursor: page.nextCursor };
}

export async function listGroupMembers(groupId: string, ctx: ListHookContext): Promise<ListHookResult> {
  const page = await oktaPage(ctx, `groups/${encodeURIComponent(groupId)}/users`, { limit: Math.min(ctx.pageSize, MAX_LIMIT.members) });
  return { items: page.items.map(scimMember), nextCursor: page.nextCursor };
}

export const hooks: ScimProviderHooks = { listUsers, listGroups, listGroupMembers, groupMembership };
