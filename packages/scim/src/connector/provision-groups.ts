// Group membership provisioning: the provider's membership hooks, else PATCH add of a user or nested group and
// removal of exactly one member; every write verified.
import { BatonError, resourceKey, type Entitlement, type Grant, type Resource, type ResourceSyncer } from '@baton-scim/core';
import { expandableAnnotation, memberGrant, MEMBER_SLUG } from '../mapping/memberships.js';
import type { ConnectorContext } from './context.js';
import { groupPath } from './patch-send.js';
import { memberGroupsObserver } from './change-observer.js';
import { hookGroupProvisioner } from './provision-group-hooks.js';
import type { ValueChange } from './value-change.js';
import { addValue, removeValue, type ObserverFor } from './value-ops.js';

type Provisioner = Pick<ResourceSyncer, 'grant' | 'revoke'>;

/**
 * With provisioning on: the provider's membership hooks when it has them, else only the PATCH operations the
 * config declares. Either way every write is read back and checked.
 */
export function groupProvisioner(ctx: ConnectorContext, enabled: boolean): Provisioner {
  if (!enabled) return {};
  if (ctx.hooks.groupMembership) return hookGroupProvisioner(ctx, ctx.hooks.groupMembership, ownerGroup);
  const { addUserToGroup: add, removeUserFromGroup: remove } = ctx.config.provisioning;
  const out: { -readonly [K in keyof Provisioner]: Provisioner[K] } = {};
  if (add) {
    out.grant = async (principal, entitlement, signal) => {
      const group = ownerGroup(entitlement);
      const member = memberOf(principal);
      const groupId = group.id?.resource ?? '';
      const valueType: 'User' | 'Group' | undefined = member.resourceType === 'group' ? 'Group' : add.userType ? 'User' : undefined;
      const change = {
        operation: 'addUserToGroup', op: add, path: groupPath(groupId), targetId: groupId, valueId: member.resource,
        ...(valueType === undefined ? {} : { valueType }), direction: 'add', exclusive: false, signal,
      } as const;
      const outcome = await addValue(ctx, change, observerFor(ctx, change, group, member));
      return Object.assign([groupGrant(group, member)], { outcome });
    };
  }
  if (remove) {
    out.revoke = async (grant, signal) => {
      const group = ownerGroup(grant.entitlement ?? {});
      const member = memberOf(grant.principal ?? {});
      const groupId = group.id?.resource ?? '';
      const change = { operation: 'removeUserFromGroup', op: remove, path: groupPath(groupId), targetId: groupId, valueId: member.resource, direction: 'remove', exclusive: false, signal } as const;
      return removeValue(ctx, change, observerFor(ctx, change, group, member));
    };
  }
  return out;
}

/** Where groups carry no member list (hasGroupsOnUser), a user's membership is checked on the user's `groups`. */
function observerFor(ctx: ConnectorContext, change: ValueChange, group: Resource, member: Member): ObserverFor | undefined {
  if (!ctx.config.user.groupsOnUser || member.resourceType !== 'user') return undefined;
  return () => memberGroupsObserver(ctx, change, group.displayName ?? undefined);
}

/** The grant exactly as a sync lists it: `group:<gid>:member:<type>:<id>`, expandable for a nested group. */
type Member = { resourceType: 'user' | 'group'; resource: string };

function groupGrant(group: Resource, member: Member): Grant {
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

function memberOf(principal: Resource): Member {
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
