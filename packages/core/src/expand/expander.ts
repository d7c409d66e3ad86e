// Grant expansion as a sequence of small checkpointable steps: load the graph, then expand it round by round.
import { BatonError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Grant } from '../model/pb.js';
import type { SyncReader } from '../store/types.js';
import { collapseCycles } from './cycles.js';
import { expandActionPage, PendingGrants } from './expand-action.js';
import { EntitlementGraph } from './graph.js';
import { loadGraphPage } from './load.js';
import { emptyLoadStage, type ExpandAction, type ExpandStage, type ExpansionState } from './state.js';

export const DEFAULT_EXPANSION_MAX_DEPTH = 20;
export const DEFAULT_EXPANSION_PAGE_SIZE = 1000;

export interface ExpansionContext {
  readonly reader: SyncReader;
  readonly logger: Logger;
  readonly warn: (message: string) => void;
  /** Rounds allowed before expansion aborts (BATON_GRAPH_EXPAND_MAX_DEPTH). */
  readonly maxDepth: number;
  readonly pageSize: number;
}

export interface ExpansionStep {
  /** undefined once every edge is expanded. */
  readonly state: ExpansionState | undefined;
  /** Grants to upsert together with the new state. */
  readonly grants: Grant[];
}

export function expansionStep(ctx: ExpansionContext, state: ExpansionState | undefined): ExpansionStep {
  const current = state ?? emptyLoadStage();
  if (current.stage === 'load') return loadStep(ctx, current);
  if (current.queue.length > 0) return actionStep(ctx, current);
  return roundStep(ctx, current);
}

function loadStep(ctx: ExpansionContext, stage: ExpansionState & { stage: 'load' }): ExpansionStep {
  const { stage: next, finished } = loadGraphPage(ctx, stage);
  if (!finished) return { state: next, grants: [] };
  const { graph, cycles } = collapseCycles(new EntitlementGraph(next.graph));
  for (const cycle of cycles) {
    ctx.logger.warn({ entitlement_ids: cycle }, 'cycle detected in entitlement graph; merged into one node');
  }
  ctx.logger.info({ edges: graph.edges.length, nodes: graph.nodes.length }, 'Finished loading entitlement graph');
  const expand: ExpandStage = {
    stage: 'expand',
    graph: graph.toJSON(),
    depth: 0,
    queue: [],
    actionsDone: 0,
    grantsCreated: 0,
  };
  return { state: expand, grants: [] };
}

/**
 * Runs queued actions until about `pageSize` source grants were read; small actions share a commit,
 * a large one is split across commits by rowid.
 */
function actionStep(ctx: ExpansionContext, stage: ExpandStage): ExpansionStep {
  const graph = new EntitlementGraph(stage.graph);
  const pending = new PendingGrants();
  const queue = [...stage.queue];
  let budget = ctx.pageSize;
  let actionsDone = stage.actionsDone;
  while (queue.length > 0 && budget > 0) {
    const action = queue[0]!;
    const page = expandActionPage(pending, ctx.reader, action, budget);
    budget -= Math.max(page.read, 1);
    if (!page.finished) {
      queue[0] = { ...action, after: page.after };
      continue;
    }
    queue.shift();
    graph.markDone(action.edge);
    actionsDone++;
  }
  const next: ExpandStage = {
    ...stage,
    graph: graph.toJSON(),
    queue,
    actionsDone,
    grantsCreated: stage.grantsCreated + pending.created,
  };
  return { state: next, grants: pending.grants() };
}

function roundStep(ctx: ExpansionContext, stage: ExpandStage): ExpansionStep {
  const graph = new EntitlementGraph(stage.graph);
  if (graph.isExpanded()) {
    ctx.logger.info({ rounds: stage.depth, grants_created: stage.grantsCreated }, 'Finished expanding grants');
    return { state: undefined, grants: [] };
  }
  if (stage.depth >= ctx.maxDepth) {
    throw new BatonError(
      'invalid-data',
      `grant expansion needs more than ${ctx.maxDepth} rounds: a chain of expandable entitlements is deeper than ` +
        `the limit. Raise BATON_GRAPH_EXPAND_MAX_DEPTH (or the expansionMaxDepth option) if the nesting is real.`,
    );
  }
  const queue = nextRound(graph);
  if (queue.length === 0) {
    throw new BatonError('internal', 'grant expansion: unexpanded edges remain but none is ready (the graph has a cycle)');
  }
  return { state: { ...stage, depth: stage.depth + 1, queue }, grants: [] };
}

/** Every unexpanded edge whose source node has no unexpanded ancestor, in node and edge order. */
function nextRound(graph: EntitlementGraph): ExpandAction[] {
  const expanded = graph.expandedNodes();
  const blocked = new Set<number>();
  const outgoing = new Map<number, number[]>();
  graph.edges.forEach((edge, index) => {
    if (!expanded.has(edge.from)) blocked.add(edge.to);
    const list = outgoing.get(edge.from);
    if (list) list.push(index);
    else outgoing.set(edge.from, [index]);
  });
  const actions: ExpandAction[] = [];
  graph.nodes.forEach((sources, node) => {
    if (expanded.has(node) || blocked.has(node)) return;
    for (const index of outgoing.get(node) ?? []) {
      const edge = graph.edges[index]!;
      if (edge.done) continue;
      for (const source of sources) {
        for (const descendant of graph.nodes[edge.to]!) {
          actions.push({ source, descendant, edge: index, shallow: edge.shallow, types: edge.types, after: 0 });
        }
      }
    }
  });
  return actions;
}
