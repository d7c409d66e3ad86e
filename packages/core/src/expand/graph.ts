// The entitlement graph: nodes hold entitlement ids, edges say which grants flow into which entitlement.
import type { GraphEdge, GraphJson } from './state.js';

export interface EdgeSpec {
  readonly shallow: boolean;
  readonly types: readonly string[] | null;
}

/**
 * Folds two specs for the same pair of nodes into the widest one, whatever the arrival order:
 * a deep edge admits more than a shallow one, and an unfiltered edge admits every principal type.
 */
export function widestSpec(a: EdgeSpec, b: EdgeSpec): EdgeSpec {
  const shallow = a.shallow && b.shallow;
  if (a.types === null || b.types === null) return { shallow, types: null };
  return { shallow, types: [...new Set([...a.types, ...b.types])].sort() };
}

/** Normalises a GrantExpandable's resource_type_ids: empty means no filter. */
export function typesFilter(ids: readonly string[] | null | undefined): readonly string[] | null {
  const kept = (ids ?? []).filter((id) => id !== '');
  return kept.length === 0 ? null : [...new Set(kept)].sort();
}

export class EntitlementGraph {
  readonly nodes: string[][];
  readonly edges: GraphEdge[];
  private readonly nodeByEntitlement = new Map<string, number>();
  private readonly edgeByPair = new Map<string, number>();

  constructor(json: GraphJson = { nodes: [], edges: [] }) {
    this.nodes = json.nodes.map((ids) => [...ids]);
    this.edges = json.edges.map((e) => ({ ...e }));
    this.nodes.forEach((ids, index) => ids.forEach((id) => this.nodeByEntitlement.set(id, index)));
    this.edges.forEach((e, index) => this.edgeByPair.set(pairKey(e.from, e.to), index));
  }

  toJSON(): GraphJson {
    return { nodes: this.nodes, edges: this.edges };
  }

  nodeOf(entitlementId: string): number | undefined {
    return this.nodeByEntitlement.get(entitlementId);
  }

  private ensureNode(entitlementId: string): number {
    const found = this.nodeByEntitlement.get(entitlementId);
    if (found !== undefined) return found;
    this.nodes.push([entitlementId]);
    this.nodeByEntitlement.set(entitlementId, this.nodes.length - 1);
    return this.nodes.length - 1;
  }

  /** Adds source → descendant; returns false when the pair already had an edge (the specs are folded). */
  addEdge(source: string, descendant: string, spec: EdgeSpec): boolean {
    return this.addNodeEdge(this.ensureNode(source), this.ensureNode(descendant), spec);
  }

  addNodeEdge(from: number, to: number, spec: EdgeSpec): boolean {
    const key = pairKey(from, to);
    const existing = this.edgeByPair.get(key);
    if (existing !== undefined) {
      const edge = this.edges[existing] as GraphEdge;
      this.edges[existing] = { ...edge, ...widestSpec(edge, spec) };
      return false;
    }
    this.edges.push({ from, to, shallow: spec.shallow, types: spec.types, done: false });
    this.edgeByPair.set(key, this.edges.length - 1);
    return true;
  }

  markDone(edgeIndex: number): void {
    const edge = this.edges[edgeIndex];
    if (edge) this.edges[edgeIndex] = { ...edge, done: true };
  }

  isExpanded(): boolean {
    return this.edges.every((e) => e.done);
  }

  /** Nodes whose every outgoing edge is expanded (nodes without outgoing edges count as expanded). */
  expandedNodes(): Set<number> {
    const pending = new Set(this.edges.filter((e) => !e.done).map((e) => e.from));
    return new Set(this.nodes.map((_, i) => i).filter((i) => !pending.has(i)));
  }
}

function pairKey(from: number, to: number): string {
  return `${from}>${to}`;
}
