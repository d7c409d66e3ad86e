// inspect diff: the latest finished full sync against the one before it.
import { createHash } from 'node:crypto';
import { C1zReader, pb, resourceKey, type SyncReader } from '@baton-scim/core';
import { UsageError } from '../options/usage-error.js';
import { allRows, type InspectOptions } from './context.js';

interface Changes { created: string[]; deleted: string[]; modified: string[] }

type Fingerprints = Map<string, string>;

function digest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64');
}

function fingerprints(reader: SyncReader): Record<'resources' | 'entitlements' | 'grants', Fingerprints> {
  const resources: Fingerprints = new Map();
  for (const r of allRows((a, l) => reader.listResources({}, a, l))) resources.set(resourceKey(r.id ?? {}), digest(pb.Resource.encode(r).finish()));
  const entitlements: Fingerprints = new Map();
  for (const e of allRows((a, l) => reader.listEntitlements({}, a, l))) entitlements.set(e.id ?? '', digest(pb.Entitlement.encode(e).finish()));
  const grants: Fingerprints = new Map();
  for (const g of allRows((a, l) => reader.listGrants({}, a, l))) grants.set(g.id ?? '', digest(pb.Grant.encode(g).finish()));
  return { resources, entitlements, grants };
}

function compare(before: Fingerprints, after: Fingerprints): Changes {
  const out: Changes = { created: [], deleted: [], modified: [] };
  for (const [id, fp] of after) {
    const old = before.get(id);
    if (old === undefined) out.created.push(id);
    else if (old !== fp) out.modified.push(id);
  }
  for (const id of before.keys()) if (!after.has(id)) out.deleted.push(id);
  return out;
}

export async function inspectDiff(o: InspectOptions): Promise<string> {
  const index = await C1zReader.open(o.file, o.tmpDir ? { tmpDir: o.tmpDir } : {});
  const finished = index.syncRuns().filter((r) => r.endedAt !== undefined && r.syncType === 'full')
    .sort((a, b) => (a.endedAt ?? '').localeCompare(b.endedAt ?? ''));
  index.close();
  const [previous, latest] = finished.slice(-2);
  if (!previous || !latest) {
    throw new UsageError([`${o.file}: diff needs two finished full syncs; it holds ${finished.length}. Run another sync into the same file first.`]);
  }
  const load = async (syncId: string) => {
    const c1z = await C1zReader.open(o.file, { syncId, ...(o.tmpDir ? { tmpDir: o.tmpDir } : {}) });
    try { return fingerprints(c1z.reader); } finally { c1z.close(); }
  };
  const before = await load(previous.syncId);
  const after = await load(latest.syncId);
  return JSON.stringify({
    base: previous.syncId,
    applied: latest.syncId,
    resources: compare(before.resources, after.resources),
    entitlements: compare(before.entitlements, after.entitlements),
    grants: compare(before.grants, after.grants),
  });
}
