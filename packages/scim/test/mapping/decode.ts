// Reads mapped objects back the way the store will: through a protobuf encode/decode round trip.
import { findAnnotation, pb, type AnnotationValue, type Grant, type Resource, type Struct } from '@baton-scim/core';

export function roundTrip(resource: Resource): Resource {
  return pb.Resource.decode(pb.Resource.encode(resource).finish());
}

export function roundTripGrant(grant: Grant): Grant {
  return pb.Grant.decode(pb.Grant.encode(grant).finish());
}

export function userTrait(resource: Resource): AnnotationValue<'UserTrait'> {
  const trait = findAnnotation(roundTrip(resource).annotations, 'UserTrait');
  if (!trait) throw new Error('the resource has no UserTrait');
  return trait;
}

/** A profile Struct as a plain key → string map. */
export function profileOf(struct: Struct | null | undefined): Record<string, string | null | undefined> {
  return Object.fromEntries(Object.entries(struct?.fields ?? {}).map(([key, value]) => [key, value.stringValue]));
}
