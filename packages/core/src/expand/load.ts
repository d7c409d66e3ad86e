// Builds the entitlement graph from the stored grants that carry a GrantExpandable annotation.
import { BatonError } from '../errors.js';
import type { Logger } from '../logger.js';
import { annotationName, findAnnotation } from '../model/annotations.js';
import { resourceKey, sameResourceId } from '../model/ids.js';
import type { Grant, ResourceId } from '../model/pb.js';
import type { SyncReader } from '../store/types.js';
import { EntitlementGraph, typesFilter } from './graph.js';
import type { LoadStage } from './state.js';

export interface LoadContext {
  readonly reader: SyncReader;
  readonly logger: Logger;
  /** Records a skipped edge in the sync's warnings. */
  readonly warn: (message: string) => void;
  readonly pageSize: number;
}

export interface LoadResult {
  readonly stage: LoadStage;
  readonly finished: boolean;
}

/** Scans one page of grants (by rowid) and adds their edges to the graph. */
export function loadGraphPage(ctx: LoadContext, stage: LoadStage): LoadResult {
  const graph = new EntitlementGraph(stage.graph);
  // Only grants whose bytes name the annotation's type can carry it; the rest are never decoded.
  const rows = ctx.reader.listGrants({ mentions: annotationName('GrantExpandable') }, stage.after, ctx.pageSize);
  const known = new Map<string, ResourceId | null>();
  for (const { value: grant } of rows) addGrantEdges(ctx, graph, grant, known);
  const after = rows.length > 0 ? rows[rows.length - 1]!.rowId : stage.after;
  return { stage: { stage: 'load', after, graph: graph.toJSON() }, finished: rows.length < ctx.pageSize };
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
