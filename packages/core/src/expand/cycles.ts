// Makes the entitlement graph acyclic by merging each strongly connected component into one node.
import { EntitlementGraph, type EdgeSpec, widestSpec } from './graph.js';
import type { GraphEdge } from './state.js';

export interface CollapseResult {
  readonly graph: EntitlementGraph;
  /** The entitlement ids of every merged cycle, for the log. */
  readonly cycles: readonly (readonly string[])[];
}

/**
 * Cycle members end up in one node holding all their entitlement ids; edges inside a cycle are
 * dropped, and parallel edges into or out of it are folded into the widest spec.
 */
export function collapseCycles(graph: EntitlementGraph): CollapseResult {
  const component = componentOf(graph.nodes.length, graph.edges);
  const selfLoops = new Set(graph.edges.filter((e) => e.from === e.to).map((e) => e.from));
  const members = new Map<number, number[]>();
  graph.nodes.forEach((_, node) => {
    const c = component[node]!;
    const list = members.get(c);
    if (list) list.push(node);
    else members.set(c, [node]);
  });
  // New node numbers follow the first original node of each component, so the result is stable.
  const ordered = [...members.values()].sort((a, b) => a[0]! - b[0]!);
  const newIndex = new Map<number, number>();
  ordered.forEach((nodes, i) => nodes.forEach((n) => newIndex.set(n, i)));

  const nodes = ordered.map((group) => group.flatMap((n) => graph.nodes[n]!));
  const cycles = ordered.filter((g) => g.length > 1 || selfLoops.has(g[0]!)).map((g) => g.flatMap((n) => graph.nodes[n]!));
  const folded = new Map<string, { from: number; to: number; spec: EdgeSpec }>();
  for (const edge of graph.edges) {
    const from = newIndex.get(edge.from)!;
    const to = newIndex.get(edge.to)!;
    if (from === to) continue;
    const key = `${from}>${to}`;
    const prev = folded.get(key);
    folded.set(key, { from, to, spec: prev ? widestSpec(prev.spec, edge) : { shallow: edge.shallow, types: edge.types } });
  }
  const edges: GraphEdge[] = [...folded.values()].map(({ from, to, spec }) => ({ from, to, ...spec, done: false }));
  return { graph: new EntitlementGraph({ nodes, edges }), cycles };
}

/** Tarjan's algorithm without recursion (graphs from large directories are deep). */
function componentOf(count: number, edges: readonly GraphEdge[]): Int32Array {
  const adjacency: number[][] = Array.from({ length: count }, () => []);
  for (const e of edges) adjacency[e.from]!.push(e.to);
  const index = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const component = new Int32Array(count).fill(-1);
  const onStack = new Uint8Array(count);
  const stack: number[] = [];
  let counter = 0;
  let components = 0;
  for (let root = 0; root < count; root++) {
    if (index[root] !== -1) continue;
    const work: [node: number, next: number][] = [[root, 0]];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const [v, i] = frame;
      const out = adjacency[v]!;
      if (i < out.length) {
        frame[1] = i + 1;
        const w = out[i]!;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          work.push([w, 0]);
        } else if (onStack[w]) {
          low[v] = Math.min(low[v]!, index[w]!);
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent[0]] = Math.min(low[parent[0]]!, low[v]!);
      if (low[v] !== index[v]) continue;
      let w: number;
      do {
        w = stack.pop()!;
        onStack[w] = 0;
        component[w] = components;
      } while (w !== v);
      components++;
    }
  }
  return component;
}
