// Renders stored protobuf objects as protojson (camelCase keys, enum names, Any with "@type").
import { annotationTypes, pb } from '@baton-scim/core';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

interface Convertible {
  fromObject(o: object): unknown;
  toObject(m: unknown, o: object): Record<string, unknown>;
}

const OPTIONS = { enums: String, longs: String, bytes: String, defaults: false, arrays: false, objects: false };
const TYPE_PREFIX = 'type.googleapis.com/c1.connector.v2.';

export function toProtoJson(type: Convertible, message: object): Json {
  const obj = type.toObject(type.fromObject(message), OPTIONS);
  return expandAnys(obj as Json);
}

function expandAnys(value: Json): Json {
  if (Array.isArray(value)) return value.map(expandAnys);
  if (value === null || typeof value !== 'object') return value;
  if (typeof value.type_url === 'string') return expandAny(value);
  const out: { [k: string]: Json } = {};
  for (const [k, v] of Object.entries(value)) out[k] = expandAnys(v);
  return out;
}

function expandAny(any: { type_url?: string | null; value?: string }): Json {
  const url = any.type_url ?? '';
  const kind = url.startsWith(TYPE_PREFIX) ? url.slice(TYPE_PREFIX.length) : '';
  const codec = (annotationTypes as Record<string, unknown>)[kind] as (Convertible & { decode(b: Uint8Array): object }) | undefined;
  if (!codec) return { '@type': url };
  const bytes = Buffer.from(any.value ?? '', 'base64');
  const inner = codec.toObject(codec.decode(bytes), OPTIONS) as Json;
  return { '@type': url, ...(inner as { [k: string]: Json }) };
}

export const protoTypes = {
  resourceType: pb.ResourceType as unknown as Convertible,
  resource: pb.Resource as unknown as Convertible,
  entitlement: pb.Entitlement as unknown as Convertible,
  grant: pb.Grant as unknown as Convertible,
};
