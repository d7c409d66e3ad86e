// The id conventions of the Baton SDK helpers, so our files line up with Go syncs and diffs.
import type { ResourceId } from './pb.js';

/** `<resource type>:<resource id>:<slug>`, e.g. `group:42:member`. */
export function entitlementId(resource: ResourceId, slug: string): string {
  return `${resource.resourceType ?? ''}:${resource.resource ?? ''}:${slug}`;
}

/** `<entitlement id>:<principal type>:<principal id>`, e.g. `group:42:member:user:7`. */
export function grantId(entitlement: string, principal: ResourceId): string {
  return `${entitlement}:${principal.resourceType ?? ''}:${principal.resource ?? ''}`;
}

/** `<type>:<id>`, the external_id of a resource row. */
export function resourceKey(id: ResourceId): string {
  return `${id.resourceType ?? ''}:${id.resource ?? ''}`;
}

export function sameResourceId(a: ResourceId | null | undefined, b: ResourceId | null | undefined): boolean {
  return !!a && !!b && a.resourceType === b.resourceType && a.resource === b.resource;
}
