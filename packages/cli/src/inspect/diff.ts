// inspect diff: the latest finished full sync against the one before it.
import { createHash } from 'node:crypto';
import { C1zReader, pb, resourceKey, type SyncReader } from '@baton-scim/core';
import { UsageError } from '../options/usage-error.js';
import { allRows, type InspectOptions } from './context.js';

export interface Changes { created: string[]; deleted: string[]; modified: string[] }

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

/** One side of a diff: a sync in a .c1z file. */
export interface SyncRef { readonly file: string; readonly syncId: string }

export interface SyncDiff {
  readonly base: string;
  readonly applied: string;
  readonly resources: Changes;
  readonly entitlements: Changes;
  readonly grants: Changes;
}

/** The latest finished full sync of a file and the one before it; an error naming the file when there are fewer. */
export async function lastTwoFullSyncs(file: string, tmpDir?: string): Promise<{ previous: SyncRef; latest: SyncRef }> {
  const index = await C1zReader.open(file, tmpDir ? { tmpDir } : {});
  const finished = index.syncRuns().filter((r) => r.endedAt !== undefined && r.syncType === 'full')
    .sort((a, b) => (a.endedAt ?? '').localeCompare(b.endedAt ?? ''));
  index.close();
  const [previous, latest] = finished.slice(-2);
  if (!previous || !latest) {
    throw new UsageError([`${file}: diff needs two finished full syncs; it holds ${finished.length}. Run another sync into the same file first.`]);
  }
  return { previous: { file, syncId: previous.syncId }, latest: { file, syncId: latest.syncId } };
}

/** What was created, deleted and modified between two syncs, by id, as `inspect diff` reports it. */
export async function diffSyncs(before: SyncRef, after: SyncRef, tmpDir?: string): Promise<SyncDiff> {
  const load = async (ref: SyncRef) => {
    const c1z = await C1zReader.open(ref.file, { syncId: ref.syncId, ...(tmpDir ? { tmpDir } : {}) });
    try { return fingerprints(c1z.reader); } finally { c1z.close(); }
  };
  const a = await load(before);
  const b = await load(after);
  return {
    base: before.syncId,
    applied: after.syncId,
    resources: compare(a.resources, b.resources),
    entitlements: compare(a.entitlements, b.entitlements),
    grants: compare(a.grants, b.grants),
  };
}

export async function inspectDiff(o: InspectOptions): Promise<string> {
  const { previous, latest } = await lastTwoFullSyncs(o.file, o.tmpDir);
  return JSON.stringify(await diffSyncs(previous, latest, o.tmpDir));
}
