// The Okta hooks: users, groups and group members read from the Management API and handed over as SCIM objects.
import { pathSegment } from '@baton-scim/scim';
import type { ListHookContext, ListHookResult, ScimProviderHooks } from '@baton-scim/scim';
import { scimGroup, scimMember } from './groups.js';
import { oktaPage } from './link-paging.js';
import { groupMembership } from './memberships.js';
import { scimUser } from './users.js';

// Okta's documented maximum `limit` per endpoint.
const MAX_LIMIT = { users: 200, groups: 10_000, members: 1000 } as const;

/** Marks the cursor of the second listing: the deactivated users, which Okta's plain user listing leaves out. */
const DEPROVISIONED_PHASE = 'deprovisioned:';
const DEPROVISIONED_FILTER = 'status eq "DEPROVISIONED"';

/**
 * Every user: first the listing Okta serves by default, which omits DEPROVISIONED users, then those users by
 * filter, so a deactivated account is synced as disabled instead of vanishing from the file.
 */
export async function listUsers(ctx: ListHookContext): Promise<ListHookResult> {
  const limit = Math.min(ctx.pageSize, MAX_LIMIT.users);
  if (ctx.cursor.startsWith(DEPROVISIONED_PHASE)) {
    const page = await oktaPage({ ...ctx, cursor: ctx.cursor.slice(DEPROVISIONED_PHASE.length) }, 'users', { limit, filter: DEPROVISIONED_FILTER });
    return { items: page.items.map(scimUser), nextCursor: page.next === '' ? '' : `${DEPROVISIONED_PHASE}${page.next}` };
  }
  const page = await oktaPage(ctx, 'users', { limit });
  return { items: page.items.map(scimUser), nextCursor: page.next === '' ? DEPROVISIONED_PHASE : page.next };
}

export async function listGroups(ctx: ListHookContext): Promise<ListHookResult> {
  const page = await oktaPage(ctx, 'groups', { limit: Math.min(ctx.pageSize, MAX_LIMIT.groups) });
  return { items: page.items.map(scimGroup), nextCursor: page.next };
}

export async function listGroupMembers(groupId: string, ctx: ListHookContext): Promise<ListHookResult> {
  const page = await oktaPage(ctx, `groups/${pathSegment(groupId)}/users`, { limit: Math.min(ctx.pageSize, MAX_LIMIT.members) });
  return { items: page.items.map(scimMember), nextCursor: page.next };
}

export const hooks: ScimProviderHooks = { listUsers, listGroups, listGroupMembers, groupMembership };
