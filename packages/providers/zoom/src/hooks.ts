// Zoom users from SCIM2 /Users, with the groups and roles that Zoom's ListUsers leaves out added from its REST API.
import { pageIndex, type JsonObject, type ListHookContext, type ListHookResult, type ScimConfig, type ScimProviderHooks } from '@baton-scim/scim';
import { readMemberships, type MembershipIndex } from './memberships.js';

/**
 * The index of one users listing, built on its first page and reused for the pages after it; a new
 * listing (cursor '') builds a fresh one, so a long-running connector never serves last sync's memberships.
 */
const listings = new WeakMap<ScimConfig, Promise<MembershipIndex>>();

function membershipsFor(ctx: ListHookContext): Promise<MembershipIndex> {
  let index = ctx.cursor === '' ? undefined : listings.get(ctx.config);
  if (index === undefined) {
    index = readMemberships(ctx);
    listings.set(ctx.config, index);
    index.catch(() => listings.delete(ctx.config));
  }
  return index;
}

/** A user that already carries groups or roles (GET /Users/{id} shape, or a future ListUsers) is left as it is. */
const carriesMemberships = (user: JsonObject): boolean => Array.isArray(user['groups']) || Array.isArray(user['roles']);

export async function listUsers(ctx: ListHookContext): Promise<ListHookResult> {
  const page = await pageIndex({ client: ctx.client, path: '/Users', pageToken: ctx.cursor, pageSize: ctx.pageSize, signal: ctx.signal, logger: ctx.logger });
  const bare = page.resources.filter((u) => !carriesMemberships(u));
  // The one-user credential check reads no memberships, so it must not pay for a whole index.
  if (bare.length === 0 || ctx.purpose === 'validate') return { items: page.resources, nextCursor: page.nextPageToken };
  const index = await membershipsFor(ctx);
  const items = page.resources.map((user) => {
    if (carriesMemberships(user)) return user;
    const held = typeof user['id'] === 'string' ? index.get(user['id']) : undefined;
    return { ...user, groups: [...(held?.groups ?? [])], roles: [...(held?.roles ?? [])] };
  });
  return { items, nextCursor: page.nextPageToken };
}

export const hooks: ScimProviderHooks = { listUsers };
