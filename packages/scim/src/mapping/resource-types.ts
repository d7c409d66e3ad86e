// The three resource types the SCIM connector syncs, spelled as the Go connector spells them.
import { packAnnotation, Trait, type ResourceId, type ResourceType } from '@baton-scim/core';

/**
 * A SCIM user owns no entitlements and no grants (its groups and roles are grants of their entitlements), so
 * the type says so as baton-sdk connectors do, and the sync does not walk the users one by one.
 */
export const USER_RESOURCE_TYPE: ResourceType = Object.freeze({
  id: 'user',
  displayName: 'User',
  traits: Object.freeze([Trait.TRAIT_USER]) as Trait[],
  annotations: [packAnnotation('SkipEntitlementsAndGrants', {})],
});

export const GROUP_RESOURCE_TYPE: ResourceType = Object.freeze({
  id: 'group',
  displayName: 'Group',
  traits: Object.freeze([Trait.TRAIT_GROUP]) as Trait[],
});

export const ROLE_RESOURCE_TYPE: ResourceType = Object.freeze({
  id: 'role',
  displayName: 'Role',
  traits: Object.freeze([Trait.TRAIT_ROLE]) as Trait[],
});

export const SCIM_RESOURCE_TYPES: readonly ResourceType[] = Object.freeze([
  USER_RESOURCE_TYPE,
  GROUP_RESOURCE_TYPE,
  ROLE_RESOURCE_TYPE,
]);

export type ScimResourceTypeId = 'user' | 'group' | 'role';

export function scimResourceId(resourceType: ScimResourceTypeId, resource: string): ResourceId {
  return { resourceType, resource };
}
