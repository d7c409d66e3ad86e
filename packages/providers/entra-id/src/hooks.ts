// The Entra ID hooks: users, groups, members and directory roles from Microsoft Graph, handed over as SCIM
// objects, and group membership changes through Graph's `members/$ref`, each read back on the user's memberOf.
import type { JsonObject, ListHookContext, ListHookResult, ScimConfig, ScimProviderHooks } from '@baton-scim/scim';
import { graphPage } from './graph-pages.js';
import { GROUP_SELECT, MEMBER_SELECT, scimGroup, scimMember } from './groups.js';
import { groupMembership } from './memberships.js';
import { readRoles, type RoleIndex } from './roles.js';
import { scimUser, USER_SELECT } from './users.js';

/** Graph's most per page for users, groups and members. */
export const MAX_TOP = 999;
const top = (ctx: ListHookContext): number => Math.min(ctx.pageSize, MAX_TOP);

/** Roles of one users listing: built on its first page, reused for its later pages, rebuilt by the next one. */
const listings = new WeakMap<ScimConfig, Promise<RoleIndex>>();

/** `reuse`: the groups listing takes the index the users listing before it built, when there is one. */
function rolesFor(ctx: ListHookContext, reuse = false): Promise<RoleIndex> {
  let index = ctx.cursor === '' && !reuse ? undefined : listings.get(ctx.config);
  if (index === undefined) {
    index = readRoles(ctx);
    listings.set(ctx.config, index);
    index.catch(() => listings.delete(ctx.config));
  }
  return index;
}

export async function listUsers(ctx: ListHookContext): Promise<ListHookResult> {
  // The one-user credential check reads no roles, so it must not pay for the role listings.
  const roles = ctx.purpose === 'validate' ? new Map<string, JsonObject[]>() : (await rolesFor(ctx)).users;
  const page = await graphPage(ctx, 'users', { $top: top(ctx), $select: USER_SELECT });
  const items = page.items.map((graph) => {
    const user = scimUser(graph);
    const held = typeof user['id'] === 'string' ? roles.get(user['id']) : undefined;
    return held === undefined ? user : { ...user, roles: [...held] };
  });
  return { items, nextCursor: page.nextCursor };
}

/** Groups with the directory roles they hold (role-assignable groups), which their members hold through them. */
export async function listGroups(ctx: ListHookContext): Promise<ListHookResult> {
  const roles = ctx.purpose === 'validate' ? new Map<string, JsonObject[]>() : (await rolesFor(ctx, true)).groups;
  const page = await graphPage(ctx, 'groups', { $top: top(ctx), $select: GROUP_SELECT });
  const items = page.items.map((graph) => {
    const group = scimGroup(graph);
    const held = typeof group['id'] === 'string' ? roles.get(group['id']) : undefined;
    return held === undefined ? group : { ...group, roles: [...held] };
  });
  return { items, nextCursor: page.nextCursor };
}

export async function listGroupMembers(groupId: string, ctx: ListHookContext): Promise<ListHookResult> {
  const page = await graphPage(ctx, `groups/${encodeURIComponent(groupId)}/members`, { $top: top(ctx), $select: MEMBER_SELECT });
  const items = page.items.map(scimMember).filter((m): m is JsonObject => m !== undefined);
  return { items, nextCursor: page.nextCursor };
}

export const hooks: ScimProviderHooks = { listUsers, listGroups, listGroupMembers, groupMembership };
