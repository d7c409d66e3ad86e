// The role syncer: the distinct roles seen on users (and on groups, with group.roles), their member entitlement,
// and the grants of each role to the users and groups that hold it.
import type { Grant, Resource, ResourceSyncer } from '@baton-scim/core';
import { expandableAnnotation, memberGrant } from '../mapping/memberships.js';
import { ROLE_RESOURCE_TYPE, scimResourceId } from '../mapping/resource-types.js';
import { RoleRegistry } from '../mapping/role-registry.js';
import { roleEntitlements } from '../mapping/roles.js';
import type { ConnectorContext } from './context.js';
import { ensureGroupIndex } from './group-index.js';
import { ensureUserIndex } from './user-index.js';
import { withSaved } from './saved-state.js';
import { EMPTY_PAGE } from './users.js';

/**
 * Roles have no endpoint of their own in SCIM: they are read from the user listing (and the group listing), which
 * the engine runs before this syncer, so listing them costs no request (except after a resume, see
 * ensureUserIndex and ensureGroupIndex).
 */
export function roleSyncer(ctx: ConnectorContext): ResourceSyncer {
  const onUsers = ctx.config.user.roles !== undefined;
  const onGroups = ctx.config.group.roles !== undefined;
  return {
    resourceType: ROLE_RESOURCE_TYPE,
    async listResources(_parent, request) {
      if (!onUsers && !onGroups) return EMPTY_PAGE;
      const registry = new RoleRegistry();
      if (onUsers) registry.add((await ensureUserIndex(ctx, request.signal)).roles.resources());
      if (onGroups) registry.add((await ensureGroupIndex(ctx, request.signal)).roles.resources());
      return withSaved(ctx, { items: registry.resources(), nextPageToken: '' });
    },
    listEntitlements: (role) => Promise.resolve({ items: roleEntitlements(role, onGroups), nextPageToken: '' }),
    async listGrants(role, request) {
      if (!onUsers && !onGroups) return EMPTY_PAGE;
      const id = role.id?.resource ?? '';
      const grants: Grant[] = [];
      if (onUsers) {
        const users = (await ensureUserIndex(ctx, request.signal)).roleHolders.get(id);
        for (const userId of users) grants.push(memberGrant(role, scimResourceId('user', userId)));
      }
      if (onGroups) {
        const groups = (await ensureGroupIndex(ctx, request.signal)).roleHolders.get(id);
        for (const groupId of groups) grants.push(groupRoleGrant(role, groupId));
      }
      return withSaved(ctx, { items: grants, nextPageToken: '' });
    },
  };
}

/** A group's role: expandable, so expanding grants gives the role to every member of the group, as Go's baton does. */
function groupRoleGrant(role: Resource, groupId: string): Grant {
  const group = scimResourceId('group', groupId);
  return memberGrant(role, group, [expandableAnnotation(group)]);
}
