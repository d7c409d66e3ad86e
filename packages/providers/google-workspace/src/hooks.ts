// The Google Workspace hooks: users, groups, members and admin roles from the Admin SDK Directory API, read
// with a service account's domain-wide delegated token, handed over as SCIM objects.
import type { HookContext, JsonObject, ListHookContext, ListHookResult, ScimConfig, ScimProviderHooks } from '@baton-scim/scim';
import { customerOf, googleClient } from './google-client.js';
import { scimGroup, scimMember, scimUser } from './mapping.js';
import { googlePage } from './pages.js';
import { readRoles, type RoleIndex } from './roles.js';
import { serviceAccount } from './service-account.js';

/** The Directory API's most per page: users 500, groups and members 200. */
export const MAX_RESULTS = { users: 500, groups: 200, members: 200 } as const;

const listings = new WeakMap<ScimConfig, Promise<RoleIndex>>();

/** `reuse`: the groups listing takes the index the users listing before it built, when there is one. */
function rolesFor(ctx: ListHookContext, reuse = false): Promise<RoleIndex> {
  let index = ctx.cursor === '' && !reuse ? undefined : listings.get(ctx.config);
  if (index === undefined) {
    index = readRoles(googleClient(ctx), ctx);
    listings.set(ctx.config, index);
    index.catch(() => listings.delete(ctx.config));
  }
  return index;
}

export async function listUsers(ctx: ListHookContext): Promise<ListHookResult> {
  // The one-user credential check reads no roles, so it must not pay for the role listings.
  const roles = ctx.purpose === 'validate' ? new Map<string, JsonObject[]>() : (await rolesFor(ctx)).users;
  const query = { customer: customerOf(ctx), maxResults: Math.min(ctx.pageSize, MAX_RESULTS.users), projection: 'basic' };
  const page = await googlePage(googleClient(ctx), 'users', query, 'users', ctx.cursor, ctx.signal);
  const items = page.items.map((g) => {
    const user = scimUser(g);
    const held = typeof user['id'] === 'string' ? roles.get(user['id']) : undefined;
    return held === undefined ? user : { ...user, roles: [...held] };
  });
  return { items, nextCursor: page.nextCursor };
}

export async function listGroups(ctx: ListHookContext): Promise<ListHookResult> {
  const query = { customer: customerOf(ctx), maxResults: Math.min(ctx.pageSize, MAX_RESULTS.groups) };
  const roles = ctx.purpose === 'validate' ? new Map<string, JsonObject[]>() : (await rolesFor(ctx, true)).groups;
  const page = await googlePage(googleClient(ctx), 'groups', query, 'groups', ctx.cursor, ctx.signal);
  const items = page.items.map((g) => {
    const group = scimGroup(g);
    const held = typeof group['id'] === 'string' ? roles.get(group['id']) : undefined;
    return held === undefined ? group : { ...group, roles: [...held] };
  });
  return { items, nextCursor: page.nextCursor };
}

export async function listGroupMembers(groupId: string, ctx: ListHookContext): Promise<ListHookResult> {
  const query = { maxResults: Math.min(ctx.pageSize, MAX_RESULTS.members) };
  const page = await googlePage(googleClient(ctx), `groups/${encodeURIComponent(groupId)}/members`, query, 'members', ctx.cursor, ctx.signal);
  return { items: page.items.map(scimMember).filter((m): m is JsonObject => m !== undefined), nextCursor: page.nextCursor };
}

/**
 * The connector's own client is never used (every listing has a hook); checking the key here reports a bad
 * --api-key or a missing --username before any request, and keeps the key out of every header.
 */
export function authenticate(ctx: HookContext): Record<string, string> {
  serviceAccount(ctx);
  return {};
}

export const hooks: ScimProviderHooks = { listUsers, listGroups, listGroupMembers, authenticate };
