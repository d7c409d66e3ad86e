// The checkpointable state of grant expansion: the entitlement graph plus where the work stands.

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
  readonly after: number;
}

export interface LoadStage {
  readonly stage: 'load';
  /** Rowid of the last grant scanned for GrantExpandable. */
  readonly after: number;
  readonly graph: GraphJson;
}

export interface ExpandStage {
  readonly stage: 'expand';
  readonly graph: GraphJson;
  /** Rounds started so far; a round expands every edge whose ancestors are done. */
  readonly depth: number;
  readonly queue: readonly ExpandAction[];
  readonly actionsDone: number;
  readonly grantsCreated: number;
}

export type ExpansionState = LoadStage | ExpandStage;

export function emptyLoadStage(): LoadStage {
  return { stage: 'load', after: 0, graph: { nodes: [], edges: [] } };
}
