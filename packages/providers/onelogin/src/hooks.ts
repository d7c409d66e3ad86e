// The OneLogin hooks: users and roles from API v2, groups from API v1 (v2 has none), handed over as SCIM objects.
import type { ListHookContext, ListHookResult, ScimConfig, ScimProviderHooks } from '@baton-scim/scim';
import { MAX_LIMIT, v1Page, v2Page } from './cursor-paging.js';
import { readRoles, type RoleIndex } from './roles.js';
import { scimGroup, scimUser, USER_FIELDS } from './users.js';

/** Roles of one users listing: built on its first page, reused for its later pages, rebuilt by the next one. */
const listings = new WeakMap<ScimConfig, Promise<RoleIndex>>();

function rolesFor(ctx: ListHookContext): Promise<RoleIndex> {
  let index = ctx.cursor === '' ? undefined : listings.get(ctx.config);
  if (index === undefined) {
    index = readRoles(ctx);
    listings.set(ctx.config, index);
    index.catch(() => listings.delete(ctx.config));
  }
  return index;
}

export async function listUsers(ctx: ListHookContext): Promise<ListHookResult> {
  // The one-user credential check reads no roles, so it must not pay for the role listings.
  const roles: RoleIndex = ctx.purpose === 'validate' ? new Map() : await rolesFor(ctx);
  const page = await v2Page(ctx, '2/users', MAX_LIMIT.users, { fields: USER_FIELDS });
  const items = page.items.map((ol) => {
    const user = scimUser(ol);
    const held = typeof user['id'] === 'string' ? roles.get(user['id']) : undefined;
    return { ...user, roles: [...(held ?? [])] };
  });
  return { items, nextCursor: page.nextCursor };
}

export async function listGroups(ctx: ListHookContext): Promise<ListHookResult> {
  const page = await v1Page(ctx, '1/groups');
  return { items: page.items.map(scimGroup), nextCursor: page.nextCursor };
}

export const hooks: ScimProviderHooks = { listUsers, listGroups };
