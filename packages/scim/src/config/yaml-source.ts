// Parses the YAML text of a config and finds where a key sits in it, for line numbers in errors.
import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { ConfigIssue } from './errors.js';

export interface YamlSource {
  readonly doc: Document;
  readonly lines: LineCounter;
}

/** Parses YAML strictly (unique keys, one document); returns the syntax problems instead of throwing. */
export function parseYaml(text: string): { source: YamlSource; problems: ConfigIssue[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
  const problems = [...doc.errors, ...doc.warnings].map((err): ConfigIssue => {
    const { line, col } = lines.linePos(err.pos[0]);
    return { key: '', message: `YAML syntax error: ${err.message.split('\n')[0] ?? err.code}`, line, column: col };
  });
  return { source: { doc, lines }, problems };
}

/** The 1-based line and column of the key at `path`, or of its nearest written parent key; undefined for none. */
export function locate(source: YamlSource, path: readonly PropertyKey[]): { line: number; column: number } | undefined {
  let node: unknown = source.doc.contents;
  let offset: number | undefined;
  for (const step of path) {
    if (!isMap(node)) break;
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(step));
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
