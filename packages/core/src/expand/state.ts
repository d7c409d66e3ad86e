// The checkpointable state of grant expansion: the entitlement graph plus where the work stands.
import type { HolderCursor } from '../store/types.js';

/** An edge "holders of `from` also hold `to`", between node indexes. */
export interface GraphEdge {
  readonly from: number;
  readonly to: number;
  readonly shallow: boolean;
  /** Principal resource types that propagate; null means all. */
  readonly types: readonly string[] | null;
  readonly done: boolean;
}

export interface GraphJson {
  /** Node index → the entitlement ids it holds (several after a cycle was merged). */
  readonly nodes: readonly (readonly string[])[];
  readonly edges: readonly GraphEdge[];
}

/** One source → descendant expansion, paging the source's grants by rowid. */
export interface ExpandAction {
  readonly source: string;
  readonly descendant: string;
  readonly edge: number;
  readonly shallow: boolean;
  readonly types: readonly string[] | null;
}

export interface LoadStage {
  readonly stage: 'load';
  /** Rowid of the last grant scanned for GrantExpandable. */
  readonly after: number;
  /**
   * Present when the graph is read from the ids the grants phase recorded (EXPANDABLE_GRANTS_KIND) instead of a
   * scan of every grant: how many of those ids were read so far.
   */
  readonly recorded?: number;
  readonly graph: GraphJson;
}

/**
 * Where expansion stands. The graph and the current round's actions live in the working file (saved entries of
 * kind EXPANSION_SAVED_KIND, written once per round), not here: this state is stored with every commit, and a
 * copy of the graph in each would make expansion's cost grow with the graph times the commits.
 */
export interface ExpandStage {
  readonly stage: 'expand';
  /** Rounds started so far; a round expands every edge whose ancestors are done. */
  readonly depth: number;
  /** Actions of the current round finished so far (the round's actions are in the working file). */
  readonly position: number;
  /**
   * The last source grant read by the action at `position`, in the order of HolderCursor; absent at an action's
   * start. A checkpoint of an earlier release holds a rowid (`after`) instead: that action starts over, which
   * writes nothing new, since the grants it already made are found held.
   */
  readonly cursor?: HolderCursor;
  /** Actions in the current round. */
  readonly roundSize: number;
  readonly actionsDone: number;
  readonly grantsCreated: number;
}

/** Saved-entry kind of the expansion graph (key "graph", as of the current round's start) and the round (key "round"). */
export const EXPANSION_SAVED_KIND = 'baton.grant-expansion';

/**
 * Saved-entry kind of the ids of the grants listed with a GrantExpandable annotation (key: the grant id, value
 * empty), recorded by the grants phase with the commit that stores each grant.
 */
export const EXPANDABLE_GRANTS_KIND = 'baton.expandable-grants';

/**
 * Saved-entry kind of one entry (key "from-start") committed when the grants phase starts: the ids above cover
 * every grant of the sync. A sync resumed from a release that did not record them has no such entry, and its
 * graph is loaded by scanning the grants.
 */
export const EXPANDABLE_GRANTS_RECORDED_KIND = 'baton.expandable-grants-recorded';

export type ExpansionState = LoadStage | ExpandStage;

export function emptyLoadStage(): LoadStage {
  return { stage: 'load', after: 0, graph: { nodes: [], edges: [] } };
}
