// Grant expansion as a sequence of small checkpointable steps: load the graph, then expand it round by round.
import { BatonError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Grant } from '../model/pb.js';
import type { HolderCursor, SyncReader } from '../store/types.js';
import { collapseCycles } from './cycles.js';
import { expandActionPage, PendingGrants } from './expand-action.js';
import { EntitlementGraph } from './graph.js';
import { loadGraphPage } from './load.js';
import type { SavedEntry } from '../connector/records.js';
import { emptyLoadStage, EXPANSION_SAVED_KIND, type ExpandAction, type ExpandStage, type ExpansionState, type GraphJson } from './state.js';

export const DEFAULT_EXPANSION_MAX_DEPTH = 20;
export const DEFAULT_EXPANSION_PAGE_SIZE = 1000;

export interface ExpansionContext {
  readonly reader: SyncReader;
  /** Entries saved with earlier commits of this sync: the graph and the round, after a restart. */
  readonly savedEntries: (kind: string) => Iterable<SavedEntry>;
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
  /** The graph and the round's actions, when a round starts: committed with the new state. */
  readonly saved?: SavedEntry[];
}

/** The graph and the current round's actions, as saved in the working file; kept in memory between steps. */
interface Round {
  readonly graph: EntitlementGraph;
  readonly actions: readonly ExpandAction[];
  readonly depth: number;
}

/** Per sync (by its reader): the round in memory, read back from the working file only after a restart. */
const rounds = new WeakMap<SyncReader, Round>();

export function expansionStep(ctx: ExpansionContext, state: ExpansionState | undefined): ExpansionStep {
  const current = state === undefined || isEarlierForm(state) ? emptyLoadStage() : state;
  if (current.stage === 'load') return loadStep(ctx, current);
  const round = roundOf(ctx, current);
  if (current.position < round.actions.length) return actionStep(ctx, current, round);
  return roundStep(ctx, current, round);
}

function loadStep(ctx: ExpansionContext, stage: ExpansionState & { stage: 'load' }): ExpansionStep {
  const { stage: next, finished } = loadGraphPage(ctx, stage);
  if (!finished) return { state: next, grants: [] };
  const { graph, cycles } = collapseCycles(new EntitlementGraph(next.graph));
  for (const cycle of cycles) {
    ctx.logger.warn({ entitlement_ids: cycle }, 'cycle detected in entitlement graph; merged into one node');
  }
  // `from` says whether the grants phase's record of expandable grants was read, or every grant scanned.
  const from = next.recorded === undefined ? 'a scan of the grants' : 'the recorded expandable grants';
  ctx.logger.info({ edges: graph.edges.length, nodes: graph.nodes.length, from }, 'Finished loading entitlement graph');
  const round: Round = { graph, actions: [], depth: 0 };
  rounds.set(ctx.reader, round);
  const expand: ExpandStage = { stage: 'expand', depth: 0, position: 0, roundSize: 0, actionsDone: 0, grantsCreated: 0 };
  return { state: expand, grants: [], saved: savedRound(round) };
}

/**
 * Runs the round's actions from `position` until about `pageSize` source grants were read; small actions share
 * a commit, a large one is split across commits by rowid.
 */
function actionStep(ctx: ExpansionContext, stage: ExpandStage, round: Round): ExpansionStep {
  const pending = new PendingGrants();
  let budget = ctx.pageSize;
  let { position, actionsDone } = stage;
  let after = stage.cursor;
  while (position < round.actions.length && budget > 0) {
    const action = round.actions[position]!;
    const page = expandActionPage(pending, ctx.reader, action, after, budget);
    budget -= Math.max(page.read, 1);
    if (!page.finished) {
      after = page.after;
      continue;
    }
    position++;
    after = undefined;
    actionsDone++;
  }
  const next: ExpandStage = { ...at(stage, after), position, actionsDone, grantsCreated: stage.grantsCreated + pending.created };
  return { state: next, grants: pending.grants() };
}

function roundStep(ctx: ExpansionContext, stage: ExpandStage, round: Round): ExpansionStep {
  const graph = round.graph;
  for (const action of round.actions) graph.markDone(action.edge);
  if (graph.isExpanded()) {
    rounds.delete(ctx.reader);
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
  const actions = nextRound(graph);
  if (actions.length === 0) {
    throw new BatonError('internal', 'grant expansion: unexpanded edges remain but none is ready (the graph has a cycle)');
  }
  const next: Round = { graph, actions, depth: stage.depth + 1 };
  rounds.set(ctx.reader, next);
  const state: ExpandStage = { ...at(stage, undefined), depth: next.depth, position: 0, roundSize: actions.length };
  return { state, grants: [], saved: savedRound(next) };
}

/** `stage` with `cursor` as where its action stands (none: at the action's start), and no earlier release's rowid. */
function at(stage: ExpandStage, cursor: HolderCursor | undefined): ExpandStage {
  const { cursor: _, after: __, ...rest } = stage as ExpandStage & { after?: unknown };
  return cursor ? { ...rest, cursor } : rest;
}

/**
 * A checkpoint of an earlier release kept the graph inside the expand stage: expansion starts again from the
 * graph's load. Grants it already created are found held and keep their sources, so the result is the same.
 */
function isEarlierForm(state: ExpansionState): boolean {
  return state.stage === 'expand' && typeof (state as Partial<ExpandStage>).position !== 'number';
}

/** The graph (its edges done as of this round's start) and the round's actions, for a restart to read back. */
function savedRound(round: Round): SavedEntry[] {
  return [
    { kind: EXPANSION_SAVED_KIND, key: 'graph', value: JSON.stringify(round.graph.toJSON()) },
    { kind: EXPANSION_SAVED_KIND, key: 'round', value: JSON.stringify({ depth: round.depth, actions: round.actions }) },
  ];
}

/** The round in memory, or read back from the working file after a restart. */
function roundOf(ctx: ExpansionContext, stage: ExpandStage): Round {
  const cached = rounds.get(ctx.reader);
  if (cached && cached.depth === stage.depth) return cached;
  let graph: GraphJson | undefined;
  let saved: { depth: number; actions: ExpandAction[] } | undefined;
  for (const entry of ctx.savedEntries(EXPANSION_SAVED_KIND)) {
    if (entry.key === 'graph') graph = JSON.parse(entry.value) as GraphJson;
    else if (entry.key === 'round') saved = JSON.parse(entry.value) as { depth: number; actions: ExpandAction[] };
  }
  if (!graph || !saved || saved.depth !== stage.depth || saved.actions.length !== stage.roundSize) {
    throw new BatonError(
      'failed-precondition',
      `grant expansion cannot resume: the working file does not hold round ${stage.depth} of the expansion graph. ` +
        'Delete the unfinished sync (or run without resuming) to expand from the start.',
    );
  }
  const round: Round = { graph: new EntitlementGraph(graph), actions: saved.actions, depth: saved.depth };
  rounds.set(ctx.reader, round);
  return round;
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
          actions.push({ source, descendant, edge: index, shallow: edge.shallow, types: edge.types });
        }
      }
    }
  });
  return actions;
}
