// Encodes a page of grants into one buffer, writing each distinct embedded entitlement's bytes only once.
import protobuf from 'protobufjs/minimal.js';
import type { Entitlement, Grant, Resource } from '../model/pb.js';
import { pb } from '../model/pb.js';

/** Field 1 (entitlement), wire type 2: the first thing protobufjs writes for a Grant. */
const ENTITLEMENT_TAG = (1 << 3) | 2;

/**
 * A page of membership grants embeds the same entitlement (with its resource and traits) hundreds of times;
 * encoding it dominated the write path. Protobuf writes fields in number order, so the entitlement's cached
 * bytes followed by the grant encoded without it are the very bytes a full encode gives. An entitlement
 * object is encoded once however many grants hold it; distinct objects share bytes only when they are exactly
 * `{id, resource}`, keyed by the resource object and the id, so nothing that differs between two grants can
 * be mixed up. One writer serves the page: one allocation instead of one per
 * grant; the rows are views into it (SQLite copies them when binding).
 */
export function encodeGrantPage(grants: readonly Grant[]): Buffer[] {
  const shared: Shared = { byObject: new Map(), byResource: new Map() };
  const writer = protobuf.Writer.create();
  const ends: number[] = [];
  for (const grant of grants) {
    const bytes = sharedEntitlement(grant.entitlement, shared);
    if (bytes) {
      writer.uint32(ENTITLEMENT_TAG).bytes(bytes);
      const { entitlement: _, ...rest } = grant;
      pb.Grant.encode(rest, writer);
    } else {
      pb.Grant.encode(grant, writer);
    }
    ends.push(writer.len);
  }
  const all = writer.finish();
  const buffer = Buffer.isBuffer(all) ? all : Buffer.from(all.buffer, all.byteOffset, all.byteLength);
  let start = 0;
  return ends.map((end) => {
    const row = buffer.subarray(start, end);
    start = end;
    return row;
  });
}

interface Shared {
  /** One entitlement object embedded in many grants (expansion gives every grant it creates the same one). */
  readonly byObject: Map<Entitlement, Uint8Array>;
  readonly byResource: Map<Resource, Map<string, Uint8Array>>;
}

function sharedEntitlement(e: Entitlement | null | undefined, shared: Shared): Uint8Array | undefined {
  if (!e) return undefined;
  const same = shared.byObject.get(e);
  if (same) return same;
  if (!e.resource || typeof e.id !== 'string' || !isIdAndResource(e)) {
    const bytes = pb.Entitlement.encode(e).finish();
    shared.byObject.set(e, bytes);
    return bytes;
  }
  let byId = shared.byResource.get(e.resource);
  if (!byId) {
    byId = new Map();
    shared.byResource.set(e.resource, byId);
  }
  let bytes = byId.get(e.id);
  if (!bytes) {
    bytes = pb.Entitlement.encode(e).finish();
    byId.set(e.id, bytes);
  }
  return bytes;
}

function isIdAndResource(e: Entitlement): boolean {
  for (const key in e) if (key !== 'id' && key !== 'resource') return false;
  return true;
}
