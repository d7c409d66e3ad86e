// Reads one group's members when the group listing did not carry them (excluded, truncated, or a resumed sync).
import { BatonError, type Grant, type Page, type Resource } from '@baton-scim/core';
import { isJsonObject, type JsonObject } from '../http/json.js';
import { carriesMembers, groupMemberGrants, groupMembers } from '../mapping/groups.js';
import { expandableAnnotation, memberGrant } from '../mapping/memberships.js';
import { scimResourceId } from '../mapping/resource-types.js';
import { scalarText, usableId } from '../mapping/values.js';
import { clientFor, listHookContext, type ConnectorContext } from './context.js';
import { rootAttribute } from './listing.js';
import { groupPath } from './patch-send.js';

export async function readGroupMembers(ctx: ConnectorContext, group: Resource, token: string, signal: AbortSignal): Promise<Page<Grant>> {
  const groupId = group.id?.resource ?? '';
  const hook = ctx.hooks.listGroupMembers;
  if (hook) {
    const call = { cursor: token, pageSize: ctx.config.group.memberPageSize, signal };
    const result = await hook(groupId, await listHookContext(ctx, 'groupMemberReads', call));
    return { items: hookMemberGrants(ctx, group, result.items), nextPageToken: result.nextCursor ?? '' };
  }
  const client = await clientFor(ctx, 'groupMemberReads');
  const members = ctx.config.group.members;
  const attribute = members ? rootAttribute(members.path) : undefined;
  const path = groupPath(groupId);
  const res = await client.get(path, attribute ? { attributes: attribute } : undefined, { signal });
  if (!isJsonObject(res.body)) {
    throw new BatonError('invalid-data', `GET ${path} did not return a SCIM Group object; check that the server serves single groups`);
  }
  const body = ctx.hooks.normaliseGroup ? ctx.hooks.normaliseGroup(res.body) : res.body;
  if (members?.sentWhenEmpty && !carriesMembers(body, ctx.config)) {
    throw new BatonError(
      'invalid-data',
      `GET ${path} returned group ${groupId} without "${members.path.source}", which this server sends even for an empty group (group.members.sentWhenEmpty); its members cannot be read, so the sync stops rather than record the group as empty`,
    );
  }
  return { items: groupMemberGrants(group, groupMembers(body, ctx.config), ctx.config, ctx.warnings), nextPageToken: '' };
}

/** Hook members are canonical SCIM member objects: `value` is the id, `type` "Group" marks a nested group. */
function hookMemberGrants(ctx: ConnectorContext, group: Resource, items: readonly JsonObject[]): Grant[] {
  const grants = new Map<string, Grant>();
  for (const item of items) {
    const id = scalarText(item['value']);
    const type = scalarText(item['type'])?.toLowerCase() ?? 'user';
    if (id === undefined || !usableId(id)) {
      ctx.warnings.note('member-without-id', `group ${group.id?.resource ?? ''}`);
      continue;
    }
    if (type !== 'user' && type !== 'group') {
      ctx.warnings.note('member-unknown-type', `${id} (${type})`);
      continue;
    }
    const principal = scimResourceId(type, id);
    const grant = memberGrant(group, principal, type === 'group' ? [expandableAnnotation(principal)] : undefined);
    grants.set(grant.id ?? '', grant);
  }
  return [...grants.values()];
}
