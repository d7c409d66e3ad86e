// Small builders for Baton objects in tests: users, groups, member entitlements and grants.
import { packAnnotation } from '../../src/model/annotations.js';
import { entitlementId, grantId } from '../../src/model/ids.js';
import { type Entitlement, type Grant, type Resource, type ResourceType, Trait, UserStatus } from '../../src/model/pb.js';

export const userType: ResourceType = { id: 'user', displayName: 'User', traits: [Trait.TRAIT_USER] };
export const groupType: ResourceType = { id: 'group', displayName: 'Group', traits: [Trait.TRAIT_GROUP] };
export const roleType: ResourceType = { id: 'role', displayName: 'Role', traits: [Trait.TRAIT_ROLE] };

export function user(id: string): Resource {
  return {
    id: { resourceType: 'user', resource: id },
    displayName: `User ${id}`,
    annotations: [packAnnotation('UserTrait', { status: { status: UserStatus.STATUS_ENABLED }, profile: { fields: {} } })],
  };
}

export function group(id: string, extra: Partial<Resource> = {}): Resource {
  return {
    id: { resourceType: 'group', resource: id },
    displayName: `Group ${id}`,
    annotations: [packAnnotation('GroupTrait', { profile: { fields: {} } })],
    ...extra,
  };
}

export function role(id: string): Resource {
  return {
    id: { resourceType: 'role', resource: id },
    displayName: `Role ${id}`,
    annotations: [packAnnotation('RoleTrait', { profile: { fields: {} } })],
  };
}

export function member(resource: Resource): Entitlement {
  return {
    id: entitlementId(resource.id ?? {}, 'member'),
    resource,
    slug: 'member',
    displayName: `${resource.displayName ?? ''} member`,
  };
}

export interface ExpandableSpec {
  readonly shallow?: boolean;
  readonly types?: string[];
  /** Source entitlement ids; default: the principal's member entitlement. */
  readonly from?: string[];
}

/** A grant of `entitlement` to `principal`; `expandable` makes holders of the principal's entitlement inherit it. */
export function grant(entitlement: Entitlement, principal: Resource, expandable?: ExpandableSpec): Grant {
  const annotations = expandable
    ? [
        packAnnotation('GrantExpandable', {
          entitlementIds: expandable.from ?? [entitlementId(principal.id ?? {}, 'member')],
          shallow: expandable.shallow ?? false,
          resourceTypeIds: expandable.types ?? [],
        }),
      ]
    : [];
  return {
    id: grantId(entitlement.id ?? '', principal.id ?? {}),
    entitlement: { id: entitlement.id ?? '', resource: entitlement.resource ?? {} },
    principal: { id: principal.id ?? {} },
    annotations,
  };
}
