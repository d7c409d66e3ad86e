// Builds the entitlement graph from the stored grants that carry a GrantExpandable annotation.
import { BatonError } from '../errors.js';
import type { Logger } from '../logger.js';
import { annotationName, findAnnotation } from '../model/annotations.js';
import { resourceKey, sameResourceId } from '../model/ids.js';
import type { SavedEntry } from '../connector/contract.js';
import type { Grant, ResourceId } from '../model/pb.js';
import type { SyncReader } from '../store/types.js';
import { EntitlementGraph, typesFilter } from './graph.js';
import { EXPANDABLE_GRANTS_KIND, EXPANDABLE_GRANTS_RECORDED_KIND, type LoadStage } from './state.js';

export interface LoadContext {
  readonly reader: SyncReader;
  /** Entries saved with earlier commits of this sync: the ids of the expandable grants, when recorded. */
  readonly savedEntries: (kind: string) => Iterable<SavedEntry>;
  readonly logger: Logger;
  /** Records a skipped edge in the sync's warnings. */
  readonly warn: (message: string) => void;
  readonly pageSize: number;
}

export interface LoadResult {
  readonly stage: LoadStage;
  readonly finished: boolean;
}

/**
 * Adds the edges of one page of grants to the graph: of the expandable grants the grants phase recorded when it
 * recorded them all, else of a page of the stored grants by rowid.
 */
export function loadGraphPage(ctx: LoadContext, stage: LoadStage): LoadResult {
  if (stage.recorded !== undefined) return loadRecordedPage(ctx, stage, stage.recorded);
  if (stage.after === 0 && recordedFromStart(ctx)) return loadRecordedPage(ctx, stage, 0);
  const graph = new EntitlementGraph(stage.graph);
  // Only grants whose bytes name the annotation's type can carry it; the rest are never decoded.
  const rows = ctx.reader.listGrants({ mentions: annotationName('GrantExpandable') }, stage.after, ctx.pageSize);
  const known = new Map<string, ResourceId | null>();
  for (const { value: grant } of rows) addGrantEdges(ctx, graph, grant, known);
  const after = rows.length > 0 ? rows[rows.length - 1]!.rowId : stage.after;
  return { stage: { stage: 'load', after, graph: graph.toJSON() }, finished: rows.length < ctx.pageSize };
}

function recordedFromStart(ctx: LoadContext): boolean {
  for (const _ of ctx.savedEntries(EXPANDABLE_GRANTS_RECORDED_KIND)) return true;
  return false;
}

/** Where the reading of the recorded ids stands, per sync (by its reader); after a restart it is found again. */
const recordedReads = new WeakMap<SyncReader, { at: number; ids: Iterator<SavedEntry> }>();

/**
 * Reads the next page of recorded ids and looks each grant up: the grants phase saw every grant, so the load reads
 * only the few that are expandable, where a scan reads the bytes of every grant. A recorded grant stored again
 * without the annotation adds no edge.
 */
function loadRecordedPage(ctx: LoadContext, stage: LoadStage, recorded: number): LoadResult {
  let read = recordedReads.get(ctx.reader);
  if (!read || read.at !== recorded) {
    const ids = ctx.savedEntries(EXPANDABLE_GRANTS_KIND)[Symbol.iterator]();
    for (let skipped = 0; skipped < recorded && !ids.next().done; skipped++);
    read = { at: recorded, ids };
    recordedReads.set(ctx.reader, read);
  }
  const graph = new EntitlementGraph(stage.graph);
  const known = new Map<string, ResourceId | null>();
  let finished = false;
  for (let n = 0; n < ctx.pageSize; n++) {
    const next = read.ids.next();
    if (next.done) {
      finished = true;
      break;
    }
    read.at++;
    const grant = ctx.reader.getGrant(next.value.key);
    if (grant) addGrantEdges(ctx, graph, grant, known);
  }
  if (finished) recordedReads.delete(ctx.reader);
  return { stage: { ...stage, recorded: read.at, graph: graph.toJSON() }, finished };
}

function addGrantEdges(
  ctx: LoadContext,
  graph: EntitlementGraph,
  grant: Grant,
  known: Map<string, ResourceId | null>,
): void {
  const expandable = findAnnotation(grant.annotations, 'GrantExpandable');
  if (!expandable) return;
  const descendant = grant.entitlement?.id ?? '';
  const principal = grant.principal?.id ?? undefined;
  const sources = (expandable.entitlementIds ?? []).filter((id) => id.trim() !== '');
  if (sources.length === 0 || !principal) return;
  if (resourceOf(ctx.reader, descendant, known) === null) {
    const id = grant.id ?? '';
    ctx.warn(`grant expansion: entitlement "${descendant}" of expandable grant "${id}" is not in the sync; skipped`);
    return;
  }
  const spec = { shallow: expandable.shallow === true, types: typesFilter(expandable.resourceTypeIds) };
  for (const source of sources) {
    const owner = resourceOf(ctx.reader, source, known);
    if (owner === null) {
      ctx.warn(`grant expansion: source entitlement "${source}" of grant "${grant.id ?? ''}" is not in the sync; skipped`);
      continue;
    }
    if (!sameResourceId(owner, principal)) {
      throw new BatonError(
        'invalid-data',
        `grant "${grant.id ?? ''}" is expandable from entitlement "${source}", which belongs to ${resourceKey(owner)} ` +
          `but the grant's principal is ${resourceKey(principal)}: a GrantExpandable may only name entitlements of ` +
          `the grant's principal. Fix the connector's grant for ${descendant}.`,
      );
    }
    if (!graph.addEdge(source, descendant, spec)) {
      ctx.logger.debug({ source, descendant, grant_id: grant.id }, 'duplicate edge in entitlement graph; specs folded');
    }
  }
}

/** The id of the resource owning `entitlementId`, null when the entitlement is not stored. */
function resourceOf(reader: SyncReader, entitlementId: string, known: Map<string, ResourceId | null>): ResourceId | null {
  const cached = known.get(entitlementId);
  if (cached !== undefined) return cached;
  const entitlement = reader.getEntitlement(entitlementId);
  const owner = entitlement ? (entitlement.resource?.id ?? {}) : null;
  known.set(entitlementId, owner);
  return owner;
}
