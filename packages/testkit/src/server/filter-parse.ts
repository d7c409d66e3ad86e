// Parses SCIM filter expressions (RFC 7644 §3.4.2.2) into a small tree; errors become 400 invalidFilter.
import { ScimHttpError } from './http-io.js';

export type CompareOp = 'eq' | 'ne' | 'co' | 'sw' | 'ew' | 'gt' | 'ge' | 'lt' | 'le';
export type Literal = string | number | boolean | null;

export type FilterNode =
  | { op: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { op: 'not'; expr: FilterNode }
  | { op: 'pr'; path: string }
  | { op: CompareOp; path: string; value: Literal }
  | { op: 'valuePath'; path: string; filter: FilterNode };

type Token = { kind: '(' | ')' | '[' | ']' } | { kind: 'word'; text: string } | { kind: 'literal'; value: Literal };

const COMPARE_OPS = new Set<string>(['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le']);
const WORD = /[^\s()[\]"]+/y;
const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

function invalid(detail: string): ScimHttpError {
  return new ScimHttpError(400, detail, 'invalidFilter');
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (/\s/.test(ch)) i++;
    else if (ch === '(' || ch === ')' || ch === '[' || ch === ']') {
      tokens.push({ kind: ch });
      i++;
    } else if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text.charAt(j) !== '"') j += text.charAt(j) === '\\' ? 2 : 1;
      if (j >= text.length) throw invalid(`Unterminated string starting at offset ${i} in filter`);
      tokens.push({ kind: 'literal', value: parseString(text.slice(i, j + 1)) });
      i = j + 1;
    } else {
      WORD.lastIndex = i;
      const word = WORD.exec(text)?.[0] ?? ch;
      i += word.length;
      const lower = word.toLowerCase();
      if (NUMBER.test(word)) tokens.push({ kind: 'literal', value: Number(word) });
      else if (lower === 'true' || lower === 'false') tokens.push({ kind: 'literal', value: lower === 'true' });
      else if (lower === 'null') tokens.push({ kind: 'literal', value: null });
      else tokens.push({ kind: 'word', text: word });
    }
  }
  return tokens;
}

function parseString(quoted: string): string {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    throw invalid(`Bad escape in filter string ${quoted}; escape only " and \\ with a backslash`);
  }
}

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  parseAll(): FilterNode {
    const node = this.orExpr();
    if (this.pos < this.tokens.length) throw invalid(`Unexpected ${describe(this.tokens[this.pos])} in filter`);
    return node;
  }

  private peekWord(): string | undefined {
    const t = this.tokens[this.pos];
    return t?.kind === 'word' ? t.text.toLowerCase() : undefined;
  }

  private expect(kind: Token['kind']): Token {
    const t = this.tokens[this.pos++];
    if (t?.kind !== kind) throw invalid(`Expected "${kind}" but found ${describe(t)} in filter`);
    return t;
  }

  private orExpr(): FilterNode {
    let left = this.andExpr();
    while (this.peekWord() === 'or') {
      this.pos++;
      left = { op: 'or', left, right: this.andExpr() };
    }
    return left;
  }

  private andExpr(): FilterNode {
    let left = this.unary();
    while (this.peekWord() === 'and') {
      this.pos++;
      left = { op: 'and', left, right: this.unary() };
    }
    return left;
  }

  private unary(): FilterNode {
    if (this.peekWord() === 'not') {
      this.pos++;
      return { op: 'not', expr: this.unary() };
    }
    if (this.tokens[this.pos]?.kind === '(') {
      this.pos++;
      const inner = this.orExpr();
      this.expect(')');
      return inner;
    }
    return this.attrExpr();
  }

  private attrExpr(): FilterNode {
    const path = this.expect('word') as { kind: 'word'; text: string };
    if (this.tokens[this.pos]?.kind !== '[') return this.comparison(path.text);
    this.pos++;
    const filter = this.orExpr();
    this.expect(']');
    const next = this.tokens[this.pos];
    if (next?.kind !== 'word' || !next.text.startsWith('.')) return { op: 'valuePath', path: path.text, filter };
    // `emails[type eq "work"].value eq "x"` is not RFC grammar but clients send it; it means `emails[type eq "work" and value eq "x"]`.
    this.pos++;
    return { op: 'valuePath', path: path.text, filter: { op: 'and', left: filter, right: this.comparison(next.text.slice(1)) } };
  }

  private comparison(path: string): FilterNode {
    const op = this.peekWord();
    this.pos++;
    if (op === 'pr') return { op: 'pr', path };
    if (op === undefined || !COMPARE_OPS.has(op)) throw invalid(`Expected an operator after "${path}" in filter`);
    const value = this.tokens[this.pos++];
    if (value?.kind !== 'literal') throw invalid(`Expected a value after "${path} ${op}" in filter`);
    return { op: op as CompareOp, path, value: value.value };
  }
}

function describe(token: Token | undefined): string {
  if (token === undefined) return 'end of input';
  if (token.kind === 'word') return `"${token.text}"`;
  if (token.kind === 'literal') return JSON.stringify(token.value);
  return `"${token.kind}"`;
}

export function parseFilter(text: string): FilterNode {
  if (text.trim() === '') throw invalid('Filter is empty');
  return new Parser(tokenize(text)).parseAll();
}
