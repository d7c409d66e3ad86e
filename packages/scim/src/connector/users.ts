// The user syncer: pages /Users into user resources and records each user's roles and groups on the way.
import type { Page, Resource, ResourceSyncer } from '@baton-scim/core';
import type { JsonObject } from '../http/json.js';
import { USER_RESOURCE_TYPE } from '../mapping/resource-types.js';
import { extractRoles } from '../mapping/roles.js';
import { mapUser } from '../mapping/users.js';
import { elementsAt } from '../mapping/values.js';
import type { MappingWarnings } from '../mapping/warnings.js';
import { hookContext, type ConnectorContext } from './context.js';
import { listPage } from './listing.js';
import { withSaved } from './saved-state.js';

export const EMPTY_PAGE: Page<never> = Object.freeze({ items: [], nextPageToken: '' });

export function userSyncer(ctx: ConnectorContext): ResourceSyncer {
  return {
    resourceType: USER_RESOURCE_TYPE,
    async listResources(_parent, request) {
      const index = ctx.cache.users;
      if (index.progress.begin(request.pageToken)) index.reset();
      const page = await listPage(ctx, 'users', { token: request.pageToken, signal: request.signal, purpose: 'userPages' });
      const items = mapUsers(ctx, page.items, ctx.warnings);
      index.progress.end(page.nextPageToken);
      return withSaved(ctx, { items, nextPageToken: page.nextPageToken, ...(page.notes ? { notes: page.notes } : {}) });
    },
    // Users own no entitlements: their groups and roles are grants of the group and role entitlements.
    listEntitlements: () => Promise.resolve(EMPTY_PAGE),
    listGrants: () => Promise.resolve(EMPTY_PAGE),
  };
}

/** Maps a page of SCIM users (and applies the mapUser hook), recording every kept user in the cache. */
export function mapUsers(ctx: ConnectorContext, items: readonly JsonObject[], warnings: MappingWarnings): Resource[] {
  const out: Resource[] = [];
  for (const json of items) {
    const mapped = mapUser(json, ctx.config, warnings);
    const user = mapped && ctx.hooks.mapUser ? ctx.hooks.mapUser(mapped, json, hookContext(ctx)) : mapped;
    if (!user) continue;
    recordUser(ctx, user.id?.resource ?? '', json, warnings);
    out.push(user);
  }
  return out;
}

/** Roles and (with hasGroupsOnUser) group entries come from the listing itself: no request per user. */
export function recordUser(ctx: ConnectorContext, userId: string, json: JsonObject, warnings: MappingWarnings): void {
  const onUser = ctx.config.user.groupsOnUser;
  const roles = extractRoles(json, ctx.config, warnings);
  ctx.cache.users.record(userId, roles, onUser ? elementsAt(onUser.path, json) : undefined);
}
