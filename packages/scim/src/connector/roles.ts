// The role syncer: the distinct roles seen on users, their member entitlement, and user→role grants.
import type { ResourceSyncer } from '@baton-scim/core';
import { memberGrant } from '../mapping/memberships.js';
import { ROLE_RESOURCE_TYPE, scimResourceId } from '../mapping/resource-types.js';
import { roleEntitlements } from '../mapping/roles.js';
import type { ConnectorContext } from './context.js';
import { ensureUserIndex } from './user-index.js';
import { withSaved } from './saved-state.js';
import { EMPTY_PAGE } from './users.js';

/**
 * Roles have no endpoint of their own in SCIM: they are read from the user listing, which the engine runs
 * before this syncer, so listing them costs no request (except after a resume, see ensureUserIndex).
 */
export function roleSyncer(ctx: ConnectorContext): ResourceSyncer {
  const mapped = ctx.config.user.roles !== undefined;
  return {
    resourceType: ROLE_RESOURCE_TYPE,
    async listResources(_parent, request) {
      if (!mapped) return EMPTY_PAGE;
      const index = await ensureUserIndex(ctx, request.signal);
      return withSaved(ctx, { items: index.roles.resources(), nextPageToken: '' });
    },
    listEntitlements: (role) => Promise.resolve({ items: roleEntitlements(role), nextPageToken: '' }),
    async listGrants(role, request) {
      if (!mapped) return EMPTY_PAGE;
      const index = await ensureUserIndex(ctx, request.signal);
      const holders = index.roleHolders.get(role.id?.resource ?? '') ?? [];
      return withSaved(ctx, { items: holders.map((userId) => memberGrant(role, scimResourceId('user', userId))), nextPageToken: '' });
    },
  };
}
