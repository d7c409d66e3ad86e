// The opaque page token: a compact, versioned JSON string the engine stores and hands back verbatim.
import { BatonError } from '@baton-scim/core';

const VERSION = 1;

export interface IndexState {
  readonly kind: 'index';
  /** 1-based startIndex of the next request. */
  readonly startIndex: number;
  /** Pages already returned in this listing. */
  readonly pages: number;
  /** Id fingerprints of the first page (catches servers that wrap around to page 1). */
  readonly first: readonly string[];
  /** Id fingerprints of the previous page (catches repeats and insert-shifted duplicates). */
  readonly previous: readonly string[];
  /** Distinct resources returned so far, to check the listing against `totalResults` at its end. */
  readonly listed: number;
  /** Resources dropped because an earlier page already held them. */
  readonly repeated: number;
  /** Set once the pages held more than `totalResults`: from then on only an empty page ends the listing. */
  readonly totalWrong: boolean;
  /** The length of the first page when it was shorter than asked and the total said more were to come: the page size the server really serves (0 otherwise). */
  readonly widest: number;
  /** 0 on the first pass; else the `count` of the one re-read of a listing that came up short after repeats. */
  readonly reread: number;
  /** The pages reached the claimed end: the next request is the one past it that must come back empty. */
  readonly confirming?: boolean;
}

export interface CursorState {
  readonly kind: 'cursor';
  readonly cursor: string;
  readonly pages: number;
  readonly previous: readonly string[];
}

export type PageState = IndexState | CursorState;

export function encodePageToken(state: PageState): string {
  return state.kind === 'index'
    ? JSON.stringify({
        v: VERSION,
        k: 'i',
        s: state.startIndex,
        n: state.pages,
        f: state.first,
        p: state.previous,
        l: state.listed,
        r: state.repeated,
        ...(state.widest > 0 ? { m: state.widest } : {}),
        ...(state.totalWrong ? { w: 1 } : {}),
        ...(state.reread > 0 ? { h: state.reread } : {}),
        ...(state.confirming === true ? { e: 1 } : {}),
      })
    : JSON.stringify({ v: VERSION, k: 'c', c: state.cursor, n: state.pages, p: state.previous });
}

function malformed(token: string, why: string, cause?: unknown): BatonError {
  const shown = token.length > 80 ? `${token.slice(0, 80)}…` : token;
  return new BatonError(
    'invalid-argument',
    `page token ${JSON.stringify(shown)} is not one this connector issued (${why}); start the listing again from an empty token`,
    { cause },
  );
}

const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

function parse(token: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(token);
  } catch (cause) {
    throw malformed(token, 'not JSON', cause);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw malformed(token, 'not an object');
  const record = value as Record<string, unknown>;
  if (record['v'] !== VERSION) throw malformed(token, `version ${String(record['v'])}, expected ${VERSION}`);
  return record;
}

/** The state for `kind`; '' is the first page. */
export function decodePageToken(token: string, kind: 'index'): IndexState | undefined;
export function decodePageToken(token: string, kind: 'cursor'): CursorState | undefined;
export function decodePageToken(token: string, kind: PageState['kind']): PageState | undefined {
  if (token === '') return undefined;
  const t = parse(token);
  const { n, p } = t;
  if (!isCount(n) || !isStrings(p)) throw malformed(token, 'missing page count or ids');
  if (kind === 'index') {
    const { s, f, l, r, m, h } = t;
    if (t['k'] !== 'i' || !isCount(s) || s < 1 || !isStrings(f)) throw malformed(token, 'not an index-paging token');
    // Tokens of earlier versions lack the counts: such a listing is checked from here on only.
    const listed = isCount(l) ? l : 0;
    const repeated = isCount(r) ? r : 0;
    const widest = isCount(m) ? m : 0;
    const reread = isCount(h) && h > 0 ? h : 0;
    const confirming = t['e'] === 1 ? { confirming: true } : {};
    return { kind, startIndex: s, pages: n, first: f, previous: p, listed, repeated, totalWrong: t['w'] === 1 || !isCount(l), widest, reread, ...confirming };
  }
  const { c } = t;
  if (t['k'] !== 'c' || typeof c !== 'string' || c === '') throw malformed(token, 'not a cursor-paging token');
  return { kind, cursor: c, pages: n, previous: p };
}
