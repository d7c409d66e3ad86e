// The `member` entitlement of groups and roles, and the grants of that entitlement to principals.
import {
  entitlementId,
  grantId,
  packAnnotation,
  Purpose,
  type Any,
  type Entitlement,
  type Grant,
  type Resource,
  type ResourceId,
} from '@baton-scim/core';
import { GROUP_RESOURCE_TYPE, USER_RESOURCE_TYPE } from './resource-types.js';

export const MEMBER_SLUG = 'member';

/**
 * Groups can hold users and nested groups; roles are held by users, and also by groups where the provider says
 * so (`group-held role`, from group.roles), as Entra ID's role-assignable groups and Google's group-assigned
 * admin roles are.
 */
export function memberEntitlement(owner: Resource, kind: 'group' | 'role' | 'group-held role'): Entitlement {
  const name = owner.displayName ?? owner.id?.resource ?? '';
  const grantableTo = kind === 'role' ? [USER_RESOURCE_TYPE] : [USER_RESOURCE_TYPE, GROUP_RESOURCE_TYPE];
  const noun = kind === 'group' ? 'group' : 'role';
  return {
    resource: owner,
    id: memberEntitlementId(owner.id ?? {}),
    displayName: `${name} ${noun} member`,
    description: `Member of ${name} ${noun}`,
    grantableTo,
    purpose: Purpose.PURPOSE_VALUE_ASSIGNMENT,
    slug: MEMBER_SLUG,
  };
}

export function memberEntitlementId(owner: ResourceId): string {
  return entitlementId(owner, MEMBER_SLUG);
}

/**
 * A grant of `owner`'s member entitlement to `principal`. Like the Go connector, the embedded entitlement
 * carries only its id and resource, and the principal only its id.
 */
export function memberGrant(owner: Resource, principal: ResourceId, annotations?: Any[]): Grant {
  const entitlement = memberEntitlementId(owner.id ?? {});
  return {
    id: grantId(entitlement, principal),
    entitlement: { id: entitlement, resource: owner },
    principal: { id: principal },
    ...(annotations && annotations.length > 0 ? { annotations } : {}),
  };
}

/** A nested group's membership: expanding it grants the outer group to everyone in the inner one. */
export function expandableAnnotation(innerGroup: ResourceId): Any {
  return packAnnotation('GrantExpandable', { entitlementIds: [memberEntitlementId(innerGroup)] });
}
