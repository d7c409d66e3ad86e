// Parses the YAML text of a config and finds where a key sits in it, for line numbers in errors.
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document, type Pair, type YAMLMap } from 'yaml';
import type { ConfigIssue } from './errors.js';

export interface YamlSource {
  readonly doc: Document;
  readonly lines: LineCounter;
  /** Key → pair of each mapping already searched, so locating many keys stays linear. */
  readonly index: WeakMap<YAMLMap, Map<string, Pair>>;
}

/**
 * Parses YAML strictly (unique keys, one document); returns the syntax problems instead of throwing.
 * The parser's own unique-key check compares each key with every earlier one, which is quadratic in
 * the size of a mapping; keys are checked here with a set instead.
 */
export function parseYaml(text: string): { source: YamlSource; problems: ConfigIssue[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false, strict: true });
  const problems = [...doc.errors, ...doc.warnings].map((err): ConfigIssue => {
    const { line, col } = lines.linePos(err.pos[0]);
    return { key: '', message: `YAML syntax error: ${err.message.split('\n')[0] ?? err.code}`, line, column: col };
  });
  for (const offset of duplicateKeys(doc.contents)) {
    const { line, col } = lines.linePos(offset);
    problems.push({ key: '', message: 'YAML syntax error: Map keys must be unique', line, column: col });
  }
  return { source: { doc, lines, index: new WeakMap() }, problems };
}

/** Offsets of every repeated scalar key, in one pass over the document. */
function duplicateKeys(root: unknown): number[] {
  const found: number[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (key !== undefined && seen.has(key)) found.push(rangeStart(pair.key) ?? 0);
        if (key !== undefined) seen.add(key);
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      stack.push(...node.items);
    }
  }
  return found.sort((a, b) => a - b);
}

function pairOf(source: YamlSource, map: YAMLMap, key: string): Pair | undefined {
  let byKey = source.index.get(map);
  if (byKey === undefined) {
    byKey = new Map();
    for (const item of map.items) {
      if (isScalar(item.key) && !byKey.has(String(item.key.value))) byKey.set(String(item.key.value), item);
    }
    source.index.set(map, byKey);
  }
  return byKey.get(key);
}

/** The 1-based line and column of the key at `path`, or of its nearest written parent key; undefined for none. */
export function locate(source: YamlSource, path: readonly PropertyKey[]): { line: number; column: number } | undefined {
  let node: unknown = source.doc.contents;
  let offset: number | undefined;
  for (const step of path) {
    if (!isMap(node)) break;
    const pair = pairOf(source, node, String(step));
    if (!pair) break;
    offset = rangeStart(pair.key) ?? offset;
    node = pair.value;
  }
  if (offset === undefined) return undefined;
  const { line, col } = source.lines.linePos(offset);
  return { line, column: col };
}

function rangeStart(node: unknown): number | undefined {
  return isNode(node) ? node.range?.[0] : undefined;
}
