// Typed packing and unpacking of the google.protobuf.Any annotations that Baton objects carry.
import { c1 } from '../gen/c1.js';
import type { Any } from './pb.js';

const v2 = c1.connector.v2;

/** The annotation messages this project reads and writes, by their short c1.connector.v2 name. */
export const annotationTypes = {
  UserTrait: v2.UserTrait,
  GroupTrait: v2.GroupTrait,
  RoleTrait: v2.RoleTrait,
  AppTrait: v2.AppTrait,
  ChildResourceType: v2.ChildResourceType,
  SkipEntitlementsAndGrants: v2.SkipEntitlementsAndGrants,
  ExternalLink: v2.ExternalLink,
  V1Identifier: v2.V1Identifier,
  ETag: v2.ETag,
  GrantMetadata: v2.GrantMetadata,
  GrantExpandable: v2.GrantExpandable,
  GrantImmutable: v2.GrantImmutable,
  EntitlementImmutable: v2.EntitlementImmutable,
} as const;

export type AnnotationKind = keyof typeof annotationTypes;
type Codec<K extends AnnotationKind> = (typeof annotationTypes)[K];
export type AnnotationValue<K extends AnnotationKind> = ReturnType<Codec<K>['decode']>;
export type AnnotationInput<K extends AnnotationKind> = Parameters<Codec<K>['encode']>[0];

const PREFIX = 'type.googleapis.com/c1.connector.v2.';

export function typeUrl(kind: AnnotationKind): string {
  return PREFIX + kind;
}

/** Packs a message into an Any with the exact type URL Go's anypb.New writes. */
export function packAnnotation<K extends AnnotationKind>(kind: K, message: AnnotationInput<K>): Any {
  const codec = annotationTypes[kind] as unknown as { encode(m: AnnotationInput<K>): { finish(): Uint8Array } };
  return { type_url: PREFIX + kind, value: codec.encode(message).finish() };
}

/** The annotation's full message name, which every type URL of it ends with. */
export function annotationName(kind: AnnotationKind): string {
  return 'c1.connector.v2.' + kind;
}

/** Go's Any.MessageIs: the URL ends with the full name, preceded by '/' or nothing. */
export function isAnnotation(any: Any, kind: AnnotationKind): boolean {
  const url = any.type_url ?? '';
  const full = annotationName(kind);
  return url === full || url.endsWith('/' + full);
}

export function findAnnotation<K extends AnnotationKind>(
  list: readonly Any[] | null | undefined,
  kind: K,
): AnnotationValue<K> | undefined {
  const hit = list?.find((a) => isAnnotation(a, kind));
  if (!hit) return undefined;
  const codec = annotationTypes[kind] as unknown as { decode(b: Uint8Array): AnnotationValue<K> };
  return codec.decode(hit.value ?? new Uint8Array());
}

export function hasAnnotation(list: readonly Any[] | null | undefined, kind: AnnotationKind): boolean {
  return list?.some((a) => isAnnotation(a, kind)) ?? false;
}

export function withoutAnnotation(list: readonly Any[] | null | undefined, kind: AnnotationKind): Any[] {
  return (list ?? []).filter((a) => !isAnnotation(a, kind));
}
