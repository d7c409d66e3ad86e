// Parses a config JSONPath into segments, so syntax errors surface when the config loads.

export type Segment =
  | { readonly kind: 'name'; readonly name: string; readonly quoted: boolean }
  | { readonly kind: 'index'; readonly index: number }
  | { readonly kind: 'wildcard' }
  | { readonly kind: 'descend' }
  | { readonly kind: 'slice'; readonly raw: string }
  | { readonly kind: 'filter'; readonly expr: string }
  | { readonly kind: 'script'; readonly expr: string };

export interface ParsedPath {
  readonly normalised: string;
  readonly segments: readonly Segment[];
}

/** A syntax problem; positions count characters of the path as written in the config. */
export class PathSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PathSyntaxError';
  }
}

const NAME = /^(?:[A-Za-z_$][\w$:-]*|\d+)/;
const SLICE = /^-?\d*:-?\d*(?::\d*)?$/;

/** Config paths may omit the root: `name.givenName` means `$.name.givenName`. */
export function normalisePath(path: string): string {
  if (path === '$' || path.startsWith('$.') || path.startsWith('$[')) return path;
  return path.startsWith('[') ? `$${path}` : `$.${path}`;
}

export function parsePath(source: string): ParsedPath {
  const normalised = normalisePath(source);
  const reader = new Reader(normalised, normalised.length - source.length);
  return { normalised, segments: reader.readAll() };
}

class Reader {
  private pos = 1;
  private readonly out: Segment[] = [];

  constructor(
    private readonly src: string,
    private readonly shift: number,
  ) {}

  readAll(): Segment[] {
    while (this.pos < this.src.length) {
      if (this.src.startsWith('..', this.pos)) {
        this.out.push({ kind: 'descend' });
        this.pos += 2;
        if (this.src[this.pos] !== '[') this.readDotted();
      } else if (this.src[this.pos] === '.') {
        this.pos += 1;
        this.readDotted();
      } else if (this.src[this.pos] === '[') {
        this.readBracket();
      } else {
        throw this.unexpected(this.pos);
      }
    }
    return this.out;
  }

  private readDotted(): void {
    if (this.src[this.pos] === '*') {
      this.out.push({ kind: 'wildcard' });
      this.pos += 1;
      return;
    }
    const match = NAME.exec(this.src.slice(this.pos));
    if (!match) throw this.unexpected(this.pos, 'a property name');
    this.out.push({ kind: 'name', name: match[0], quoted: false });
    this.pos += match[0].length;
  }

  private readBracket(): void {
    const open = this.pos;
    const first = this.src[open + 1];
    if (first === "'" || first === '"') {
      const close = this.src.indexOf(first, open + 2);
      if (close < 0) throw new PathSyntaxError(`unterminated quoted name starting at character ${this.at(open)}`);
      this.out.push({ kind: 'name', name: this.src.slice(open + 2, close), quoted: true });
      this.expectBracketEnd(close + 1);
    } else if (first === '?' && this.src[open + 2] === '(') {
      const end = this.closingParen(open + 2);
      this.out.push({ kind: 'filter', expr: this.src.slice(open + 3, end) });
      this.expectBracketEnd(end + 1);
    } else if (first === '(') {
      const end = this.closingParen(open + 1);
      this.out.push({ kind: 'script', expr: this.src.slice(open + 2, end) });
      this.expectBracketEnd(end + 1);
    } else {
      const close = this.src.indexOf(']', open);
      if (close < 0) throw new PathSyntaxError(`unclosed "[" at character ${this.at(open)}`);
      this.out.push(this.bracketContent(this.src.slice(open + 1, close), open));
      this.pos = close + 1;
    }
  }

  private bracketContent(body: string, open: number): Segment {
    if (body === '*') return { kind: 'wildcard' };
    if (/^\d+$/.test(body)) return { kind: 'index', index: Number(body) };
    const where = `at character ${this.at(open)}`;
    if (/^-\d+$/.test(body)) {
      throw new PathSyntaxError(`negative index [${body}] ${where} is not supported; use a slice such as [${body}:]`);
    }
    if (SLICE.test(body)) return { kind: 'slice', raw: body };
    const what = body === '' ? 'an empty "[]"' : `"[${body}]"`;
    throw new PathSyntaxError(`${what} ${where} is not an index, a quoted name, "*", a slice or a filter "[?(...)]"`);
  }

  /** Finds the ")" closing the "(" at `open`, skipping quoted strings inside the expression. */
  private closingParen(open: number): number {
    let depth = 0;
    let quote: string | undefined;
    for (let i = open; i < this.src.length; i++) {
      const c = this.src[i];
      if (quote) {
        if (c === '\\') i++;
        else if (c === quote) quote = undefined;
      } else if (c === "'" || c === '"') quote = c;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return i;
    }
    throw new PathSyntaxError(`unbalanced "(" at character ${this.at(open)}`);
  }

  private expectBracketEnd(pos: number): void {
    if (this.src[pos] !== ']') throw this.unexpected(pos, '"]"');
    this.pos = pos + 1;
  }

  private unexpected(pos: number, wanted?: string): PathSyntaxError {
    const found = pos >= this.src.length ? 'end of path' : JSON.stringify(this.src[pos]);
    const suffix = wanted ? `, expected ${wanted}` : '';
    return new PathSyntaxError(`unexpected ${found} at character ${this.at(pos)}${suffix}`);
  }

  private at(pos: number): number {
    return Math.max(1, pos - this.shift + 1);
  }
}
