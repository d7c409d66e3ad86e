// Turns model objects into table rows (blob + the indexed columns copied from it) and blobs back into objects.
import protobuf from 'protobufjs/minimal.js';
import { BatonError } from '../errors.js';
import { resourceKey } from '../model/ids.js';
import { pb, type Entitlement, type Grant, type Resource, type ResourceId, type ResourceType } from '../model/pb.js';

/** Column values of one row, in the table's insert column order, minus sync_id and discovered_at. */
export type RowValues = (string | Buffer | null)[];

export type ObjectTable = 'resource_types' | 'resources' | 'entitlements' | 'grants';

/** Insert columns per table; sync_id and discovered_at follow them in every statement. */
export const INSERT_COLUMNS: Record<ObjectTable, readonly string[]> = {
  resource_types: ['external_id', 'data'],
  resources: ['resource_type_id', 'external_id', 'parent_resource_type_id', 'parent_resource_id', 'data'],
  entitlements: ['resource_type_id', 'resource_id', 'external_id', 'data'],
  grants: [
    'resource_type_id',
    'resource_id',
    'entitlement_id',
    'principal_resource_type_id',
    'principal_resource_id',
    'external_id',
    'data',
  ],
};

const blob = (bytes: Uint8Array): Buffer =>
  Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

function invalid(what: string, id: string, missing: string): never {
  throw new BatonError(
    'invalid-data',
    `${what} ${JSON.stringify(id)} has no ${missing}; the Go reader dereferences it, so the connector must set it`,
  );
}

function requireId(id: ResourceId | null | undefined, what: string, owner: string, field: string): ResourceId {
  if (!id?.resourceType || !id.resource) invalid(what, owner, `${field} (resource_type and resource)`);
  return id;
}

export function resourceTypeRow(rt: ResourceType): RowValues {
  if (!rt.id) invalid('resource type', rt.displayName ?? '', 'id');
  return [rt.id, blob(pb.ResourceType.encode(rt).finish())];
}

export function resourceRow(r: Resource): RowValues {
  const id = requireId(r.id, 'resource', r.displayName ?? '', 'id');
  const parent = r.parentResourceId;
  return [
    id.resourceType ?? '',
    resourceKey(id),
    parent?.resourceType || null,
    parent?.resource || null,
    blob(pb.Resource.encode(r).finish()),
  ];
}

export function entitlementRow(e: Entitlement): RowValues {
  if (!e.id) invalid('entitlement of resource', resourceKey(e.resource?.id ?? {}), 'id');
  const owner = requireId(e.resource?.id, 'entitlement', e.id, 'resource.id');
  return [owner.resourceType ?? '', owner.resource ?? '', e.id, blob(pb.Entitlement.encode(e).finish())];
}

/** `data` is the grant's encoding when the caller encoded a whole page at once (encodeGrantPage). */
export function grantRow(g: Grant, data?: Buffer): RowValues {
  if (!g.id) invalid('grant of entitlement', g.entitlement?.id ?? '', 'id');
  const entitlementId = g.entitlement?.id;
  if (!entitlementId) invalid('grant', g.id, 'entitlement.id');
  const owner = requireId(g.entitlement?.resource?.id, 'grant', g.id, 'entitlement.resource.id');
  const principal = requireId(g.principal?.id, 'grant', g.id, 'principal.id');
  return [
    owner.resourceType ?? '',
    owner.resource ?? '',
    entitlementId,
    principal.resourceType ?? '',
    principal.resource ?? '',
    g.id,
    data ?? blob(pb.Grant.encode(g).finish()),
  ];
}

/** Grant fields 2 and 5 (principal, sources); the entitlement (1) is the costly part of a grant to decode. */
const PRINCIPAL_FIELD = 2;
const SOURCES_FIELD = 5;

/**
 * A grant's principal and sources only, as protobufjs would decode them; every other field is skipped undecoded.
 * A field repeated in the encoding replaces the earlier one, as in the full decoder.
 */
export function decodeGrantHolder(data: Buffer): Grant {
  const reader = protobuf.Reader.create(data);
  const grant: Grant = {};
  while (reader.pos < reader.len) {
    const tag = reader.uint32();
    const field = tag >>> 3;
    if (field === PRINCIPAL_FIELD) grant.principal = pb.Resource.decode(reader, reader.uint32());
    else if (field === SOURCES_FIELD) grant.sources = pb.GrantSources.decode(reader, reader.uint32());
    else reader.skipType(tag & 7);
  }
  return grant;
}

/** Decoders per table; unknown fields and unknown Any types are kept as bytes, never an error. */
export const decoders = {
  resource_types: (data: Buffer): ResourceType => pb.ResourceType.decode(data),
  resources: (data: Buffer): Resource => pb.Resource.decode(data),
  entitlements: (data: Buffer): Entitlement => pb.Entitlement.decode(data),
  grants: (data: Buffer): Grant => pb.Grant.decode(data),
} as const;
