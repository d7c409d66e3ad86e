// The group syncer: pages /Groups, keeps each group's listed members, and answers membership grants from them.
import type { Grant, Page, Resource, ResourceId, ResourceSyncer } from '@baton-scim/core';
import { checkAbsent } from './absence-check.js';
import type { JsonObject } from '../http/json.js';
import { carriesMembers, groupEntitlements, groupMembers, mapGroup, memberRefGrants, memberRefs } from '../mapping/groups.js';
import { GROUP_RESOURCE_TYPE } from '../mapping/resource-types.js';
import { extractGroupRoles } from '../mapping/roles.js';
import { hookContext, type ConnectorContext } from './context.js';
import { readGroupMembers } from './group-members.js';
import { groupGrantsFromUsers } from './groups-on-users.js';
import { listPage, rootAttribute } from './listing.js';
import { withSaved } from './saved-state.js';
import { EMPTY_PAGE } from './users.js';

export function groupSyncer(ctx: ConnectorContext): ResourceSyncer {
  const members = ctx.config.group.members;
  const excluded = ctx.config.group.excludeMembersInList && members ? [rootAttribute(members.path) ?? 'members'] : undefined;
  return {
    resourceType: GROUP_RESOURCE_TYPE,
    async listResources(_parent, request) {
      const index = ctx.cache.groups;
      if (index.progress.begin(request.pageToken)) index.reset();
      const options = { token: request.pageToken, signal: request.signal, purpose: 'groupPages' as const };
      const page = await listPage(ctx, 'groups', excluded ? { ...options, excludedAttributes: excluded } : options);
      const items = mapGroups(ctx, page.items);
      index.progress.end(page.nextPageToken);
      return withSaved(ctx, { items, nextPageToken: page.nextPageToken, ...(page.notes ? { notes: page.notes } : {}) });
    },
    listEntitlements: (group) => Promise.resolve({ items: groupEntitlements(group), nextPageToken: '' }),
    listGrants: async (group, request) => withSaved(ctx, await membershipGrants(ctx, group, request.pageToken, request.signal)),
  };
}

function mapGroups(ctx: ConnectorContext, items: readonly JsonObject[]): Resource[] {
  const out: Resource[] = [];
  const listed = membersAreListed(ctx);
  for (const item of items) {
    const json = ctx.hooks.normaliseGroup ? ctx.hooks.normaliseGroup(item) : item;
    const mapped = mapGroup(json, ctx.config, ctx.warnings);
    const group = mapped && ctx.hooks.mapGroup ? ctx.hooks.mapGroup(mapped, json, hookContext(ctx)) : mapped;
    if (!group) continue;
    // A group listed without the attribute is read on its own in the grant phase, never taken as empty.
    const members = listed && carriesMembers(json, ctx.config) ? groupMembers(json, ctx.config) : undefined;
    const roles = extractGroupRoles(json, ctx.config, ctx.warnings);
    ctx.cache.groups.record(group, members && { refs: memberRefs(group, members, ctx.config, ctx.warnings), listed: members.length }, roles);
    out.push(group);
  }
  return out;
}

/** Whether the group listing carries the memberships (not excluded, not read elsewhere). */
function membersAreListed(ctx: ConnectorContext): boolean {
  const { config, hooks } = ctx;
  return config.group.members !== undefined && !config.group.excludeMembersInList && !hooks.listGroupMembers && !config.user.groupsOnUser;
}

/**
 * From the user listing (hasGroupsOnUser), from the members the group listing carried, or, only where those
 * are missing (no members attribute), excluded or look truncated, from a read of that one group.
 */
async function membershipGrants(ctx: ConnectorContext, group: Resource, token: string, signal: AbortSignal): Promise<Page<Grant>> {
  if (ctx.config.user.groupsOnUser) return { items: await groupGrantsFromUsers(ctx, group, signal), nextPageToken: '' };
  if (!ctx.config.group.members && !ctx.hooks.listGroupMembers) return EMPTY_PAGE;
  const listed = token === '' ? ctx.cache.groups.trustedMembers(group.id?.resource ?? '') : undefined;
  const page = listed
    ? { items: memberRefGrants(group, listed), nextPageToken: '' }
    : await readGroupMembers(ctx, group, token, signal);
  const dropped: ResourceId[] = [];
  const items = ctx.cache.withoutAbsentPrincipals(page.items, (principal) => dropped.push(principal));
  if (dropped.length > 0) await checkAbsent(ctx, group, dropped, signal);
  return { items, nextPageToken: page.nextPageToken };
}
