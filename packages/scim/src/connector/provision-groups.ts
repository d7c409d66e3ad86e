// Group membership provisioning: add a user or a nested group with PATCH add, remove exactly one member.
import { BatonError, resourceKey, type Entitlement, type Grant, type Resource, type ResourceSyncer } from '@baton-scim/core';
import { expandableAnnotation, memberGrant, MEMBER_SLUG } from '../mapping/memberships.js';
import { writeHookContext, type ConnectorContext } from './context.js';
import { groupPath } from './patch-send.js';
import { addValue, removeValue } from './value-ops.js';

type Provisioner = Pick<ResourceSyncer, 'grant' | 'revoke'>;

/** Only the operations the config declares, and only with provisioning on; the rest stays undefined. */
export function groupProvisioner(ctx: ConnectorContext, enabled: boolean): Provisioner {
  const { addUserToGroup: add, removeUserFromGroup: remove } = ctx.config.provisioning;
  const { addGroupMember: addHook, removeGroupMember: removeHook } = ctx.hooks;
  const out: { -readonly [K in keyof Provisioner]: Provisioner[K] } = {};
  if (enabled && (add || addHook)) {
    out.grant = async (principal, entitlement, signal) => {
      const group = ownerGroup(entitlement);
      const member = memberOf(principal);
      const groupId = group.id?.resource ?? '';
      const change = { groupId, memberId: member.resource, memberType: member.resourceType };
      if (addHook) await addHook(change, await writeHookContext(ctx, signal));
      else if (add) await addValue(ctx, { operation: 'addUserToGroup', op: add, path: groupPath(groupId), targetId: groupId, valueId: member.resource, signal });
      return [groupGrant(group, member)];
    };
  }
  if (enabled && (remove || removeHook)) {
    out.revoke = async (grant, signal) => {
      const group = ownerGroup(grant.entitlement ?? {});
      const member = memberOf(grant.principal ?? {});
      const groupId = group.id?.resource ?? '';
      const change = { groupId, memberId: member.resource, memberType: member.resourceType };
      if (removeHook) await removeHook(change, await writeHookContext(ctx, signal));
      else if (remove) await removeValue(ctx, { operation: 'removeUserFromGroup', op: remove, path: groupPath(groupId), targetId: groupId, valueId: member.resource, signal });
    };
  }
  return out;
}

/** The grant exactly as a sync lists it: `group:<gid>:member:<type>:<id>`, expandable for a nested group. */
function groupGrant(group: Resource, member: { resourceType: 'user' | 'group'; resource: string }): Grant {
  return memberGrant(group, member, member.resourceType === 'group' ? [expandableAnnotation(member)] : undefined);
}

function ownerGroup(entitlement: Entitlement): Resource {
  const group = entitlement.resource;
  if (group?.id?.resourceType !== 'group' || !group.id.resource) {
    throw new BatonError('invalid-argument', `entitlement "${entitlement.id ?? ''}" does not belong to a group resource`);
  }
  if (entitlement.slug && entitlement.slug !== MEMBER_SLUG) {
    throw new BatonError('invalid-argument', `entitlement "${entitlement.id ?? ''}" is not a group's "${MEMBER_SLUG}" entitlement`);
  }
  return group;
}

function memberOf(principal: Resource): { resourceType: 'user' | 'group'; resource: string } {
  const id = principal.id;
  const type = id?.resourceType;
  if ((type !== 'user' && type !== 'group') || !id?.resource) {
    throw new BatonError(
      'invalid-argument',
      `a group's members are users or groups; ${resourceKey(id ?? {})} cannot be added to or removed from one`,
    );
  }
  return { resourceType: type, resource: id.resource };
}
