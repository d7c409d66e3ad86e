// inspect diff: what changed between two finished full syncs, of one file (the latest and the one before it) or
// of two files (the latest of each), as a list a person reads or as JSON.
import { createHash } from 'node:crypto';
import { C1zReader, pb, resourceKey, type SyncReader, type SyncRun } from '@baton-scim/core';
import { UsageError } from '../options/usage-error.js';
import { allRows, requireFile, type InspectOptions } from './context.js';

export interface Changes { created: string[]; deleted: string[]; modified: string[] }

type Fingerprints = Map<string, string>;

interface Snapshot {
  readonly resources: Fingerprints;
  readonly entitlements: Fingerprints;
  readonly grants: Fingerprints;
  /** Resource display names, to say which user or group a line is about. */
  readonly names: Map<string, string>;
}

export interface DiffOptions extends InspectOptions {
  /** The sync to compare against (in the first file); by default the one before the compared sync, or the first file's latest. */
  readonly baseSyncId?: string | undefined;
  /** With two files: the base is the first's, the compared sync the second's. */
  readonly files?: readonly string[] | undefined;
}

interface Side { readonly file: string; readonly run: SyncRun }

function digest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64');
}

function snapshot(reader: SyncReader): Snapshot {
  const resources: Fingerprints = new Map();
  const names = new Map<string, string>();
  for (const r of allRows((a, l) => reader.listResources({}, a, l))) {
    const key = resourceKey(r.id ?? {});
    resources.set(key, digest(pb.Resource.encode(r).finish()));
    if (r.displayName) names.set(key, r.displayName);
  }
  const entitlements: Fingerprints = new Map();
  for (const e of allRows((a, l) => reader.listEntitlements({}, a, l))) entitlements.set(e.id ?? '', digest(pb.Entitlement.encode(e).finish()));
  const grants: Fingerprints = new Map();
  for (const g of allRows((a, l) => reader.listGrants({}, a, l))) grants.set(g.id ?? '', digest(pb.Grant.encode(g).finish()));
  return { resources, entitlements, grants, names };
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

/** Opens a .c1z on a sync (default: the one inspect reads); the caller closes it. */
export type OpenC1z = (file: string, syncId?: string) => Promise<C1zReader>;

/** Decompresses into a temp directory under `tmpDir` (default: the OS's) for each open. */
export function tempOpener(tmpDir: string | undefined): OpenC1z {
  return (file, syncId) => C1zReader.open(file, { ...(syncId === undefined ? {} : { syncId }), ...(tmpDir ? { tmpDir } : {}) });
}

/** The finished full syncs of `file`, oldest first. */
async function finishedSyncs(file: string, open: OpenC1z): Promise<SyncRun[]> {
  requireFile(file);
  const index = await open(file);
  try {
    return index.syncRuns().filter((r) => r.endedAt !== undefined && r.syncType === 'full')
      .sort((a, b) => (a.endedAt ?? '').localeCompare(b.endedAt ?? ''));
  } finally {
    index.close();
  }
}

function pick(file: string, runs: readonly SyncRun[], syncId: string | undefined, flag: string): SyncRun | undefined {
  if (syncId === undefined) return runs.at(-1);
  const run = runs.find((r) => r.syncId === syncId);
  if (!run) {
    const known = runs.map((r) => r.syncId).join(', ') || 'none';
    throw new UsageError([`${flag} ${syncId}: ${file} holds no finished full sync with that id (it holds: ${known}); \`baton-scim inspect syncs -f ${file}\` lists them`]);
  }
  return run;
}

/** The two syncs to compare, or a note saying why there is nothing to compare yet. */
async function sides(o: DiffOptions): Promise<{ base: Side; applied: Side } | { note: string; applied?: Side }> {
  const files = o.files ?? [];
  if (files.length !== 0 && files.length !== 2) {
    throw new UsageError([`inspect diff takes two .c1z files (the base, then the one compared with it) or none (then the two latest syncs of -f); got ${files.length}`]);
  }
  const [first, second] = files.length === 2 ? files : [o.file, o.file];
  if (first === undefined || second === undefined) return { note: '' };
  if (first !== second) {
    const base = pick(first, await finishedSyncs(first, tempOpener(o.tmpDir)), o.baseSyncId, '--base-sync-id');
    const applied = pick(second, await finishedSyncs(second, tempOpener(o.tmpDir)), o.syncId, '--sync-id');
    const missing = [base ? undefined : first, applied ? undefined : second].filter((f) => f !== undefined);
    if (!base || !applied) throw new UsageError(missing.map((f) => `${f}: holds no finished full sync to compare; run a sync into it first (baton-scim -f ${f} …)`));
    return { base: { file: first, run: base }, applied: { file: second, run: applied } };
  }
  const runs = await finishedSyncs(first, tempOpener(o.tmpDir));
  const applied = pick(first, runs, o.syncId, '--sync-id');
  if (!applied) return { note: `${first} holds no finished full sync yet, so there is nothing to compare; run a sync into it first.` };
  const earlier = runs.slice(0, runs.indexOf(applied));
  const base = o.baseSyncId === undefined ? earlier.at(-1) : pick(first, runs, o.baseSyncId, '--base-sync-id');
  if (!base) {
    return {
      applied: { file: first, run: applied },
      note: `${first} holds no finished full sync before ${applied.syncId}, so there is nothing to compare it with yet. ` +
        'Sync into the same file again, or compare two files: baton-scim inspect diff OLD.c1z NEW.c1z',
    };
  }
  return { base: { file: first, run: base }, applied: { file: first, run: applied } };
}

async function load(side: Side, open: OpenC1z): Promise<Snapshot> {
  const c1z = await open(side.file, side.run.syncId);
  try { return snapshot(c1z.reader); } finally { c1z.close(); }
}

export async function inspectDiff(o: DiffOptions): Promise<string> {
  const chosen = await sides(o);
  if ('note' in chosen) {
    if (o.output === 'json') return JSON.stringify({ base: null, applied: chosen.applied?.run.syncId ?? null, note: chosen.note });
    return `${chosen.note}\n`;
  }
  const before = await load(chosen.base, tempOpener(o.tmpDir));
  const after = await load(chosen.applied, tempOpener(o.tmpDir));
  const changes = {
    resources: compare(before.resources, after.resources),
    entitlements: compare(before.entitlements, after.entitlements),
    grants: compare(before.grants, after.grants),
  };
  if (o.output === 'json') {
    const files = chosen.base.file === chosen.applied.file ? {} : { baseFile: chosen.base.file, appliedFile: chosen.applied.file };
    return JSON.stringify({ base: chosen.base.run.syncId, applied: chosen.applied.run.syncId, ...files, ...changes });
  }
  const named = (key: string, snap: Snapshot): string => (snap.names.has(key) ? `${key}  ${snap.names.get(key) ?? ''}` : key);
  const section = (title: string, c: Changes, label: (key: string, snap: Snapshot) => string = (k) => k): string[] => {
    const counts = [[c.created.length, 'added'], [c.deleted.length, 'removed'], [c.modified.length, 'changed']] as const;
    const said = counts.filter(([n]) => n > 0).map(([n, word]) => `${n} ${word}`);
    return [
      `${title}: ${said.length > 0 ? said.join(', ') : 'no changes'}`,
      ...c.created.map((k) => `  + ${label(k, after)}`),
      ...c.deleted.map((k) => `  - ${label(k, before)}`),
      ...c.modified.map((k) => `  ~ ${label(k, after)}`),
    ];
  };
  const describe = (s: Side): string => `sync ${s.run.syncId} of ${s.file}, finished ${s.run.endedAt ?? ''}`;
  return [
    `From ${describe(chosen.base)}`,
    `to   ${describe(chosen.applied)}`,
    ...section('Resources', changes.resources, named),
    ...section('Entitlements', changes.entitlements),
    ...section('Grants', changes.grants),
  ].join('\n') + '\n';
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
export async function lastTwoFullSyncs(file: string, open: OpenC1z): Promise<{ previous: SyncRef; latest: SyncRef }> {
  const finished = await finishedSyncs(file, open);
  const [previous, latest] = finished.slice(-2);
  if (!previous || !latest) {
    throw new UsageError([`${file}: diff needs two finished full syncs; it holds ${finished.length}. Run another sync into the same file first.`]);
  }
  return { previous: { file, syncId: previous.syncId }, latest: { file, syncId: latest.syncId } };
}

/** What was created, deleted and modified between two syncs, by id, as `inspect diff` reports it. */
export async function diffSyncs(before: SyncRef, after: SyncRef, open: OpenC1z): Promise<SyncDiff> {
  const side = (ref: SyncRef): Side => ({ file: ref.file, run: { syncId: ref.syncId } as SyncRun });
  const a = await load(side(before), open);
  const b = await load(side(after), open);
  return {
    base: before.syncId,
    applied: after.syncId,
    resources: compare(a.resources, b.resources),
    entitlements: compare(a.entitlements, b.entitlements),
    grants: compare(a.grants, b.grants),
  };
}
