// Checks a connector's objects before they are stored, so Go readers never meet a malformed row.
import { BatonError } from '../errors.js';
import { type AnnotationKind, hasAnnotation } from '../model/annotations.js';
import { resourceKey } from '../model/ids.js';
import { type Entitlement, type Grant, type Resource, type ResourceType, Trait } from '../model/pb.js';

const TRAIT_ANNOTATION = new Map<Trait, AnnotationKind>([
  [Trait.TRAIT_USER, 'UserTrait'],
  [Trait.TRAIT_GROUP, 'GroupTrait'],
  [Trait.TRAIT_ROLE, 'RoleTrait'],
  [Trait.TRAIT_APP, 'AppTrait'],
]);

/** A listed resource must have an id of the listed type and the trait annotation of every trait of that type. */
export function checkResource(resource: Resource, type: ResourceType): void {
  const typeId = type.id ?? '';
  const id = resource.id;
  if (!id?.resourceType || !id.resource) {
    const name = JSON.stringify(resource.displayName ?? '');
    throw invalid(`listing "${typeId}" returned a resource without a complete id (display name ${name})`);
  }
  if (id.resourceType !== typeId) {
    throw invalid(`listing "${typeId}" returned resource ${resourceKey(id)}, which has another resource type`);
  }
  for (const trait of type.traits ?? []) {
    const kind = TRAIT_ANNOTATION.get(trait);
    if (kind && !hasAnnotation(resource.annotations, kind)) {
      throw invalid(
        `resource ${resourceKey(id)} (${JSON.stringify(resource.displayName ?? '')}) is missing the ${kind} annotation ` +
          `that its resource type "${typeId}" declares with ${Trait[trait]}; the connector must attach it`,
      );
    }
  }
}

export function checkEntitlement(entitlement: Entitlement, owner: Resource): void {
  if (!entitlement.id || !entitlement.resource?.id?.resourceType || !entitlement.resource.id.resource) {
    const id = JSON.stringify(entitlement.id ?? '');
    throw invalid(`an entitlement of ${resourceKey(owner.id ?? {})} lacks its id or its resource id (id ${id})`);
  }
}

export function checkGrant(grant: Grant, owner: Resource): void {
  const ent = grant.entitlement;
  if (!grant.id || !ent?.id || !ent.resource?.id?.resource || !grant.principal?.id?.resource) {
    throw invalid(
      `a grant of ${resourceKey(owner.id ?? {})} lacks its id, entitlement id, entitlement resource id or principal id ` +
        `(id ${JSON.stringify(grant.id ?? '')})`,
    );
  }
}

function invalid(message: string): BatonError {
  return new BatonError('invalid-data', message);
}
