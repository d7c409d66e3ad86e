// `attributes` / `excludedAttributes` projection of returned resources (RFC 7644 §3.4.2.5).
import { isList, isRecord } from '../scim-types.js';
import { findKey, parseAttrPath } from './attr-path.js';

const ALWAYS_RETURNED = ['id', 'schemas'];

type Segments = string[];

function toSegments(text: string): Segments {
  const path = parseAttrPath(text.trim());
  return [path.urn, path.attr || undefined, path.sub].filter((s): s is string => s !== undefined);
}

function parseList(value: string | null): Segments[] {
  if (value === null || value.trim() === '') return [];
  return value.split(',').map(toSegments).filter((s) => s.length > 0);
}

function pick(obj: Record<string, unknown>, paths: Segments[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const byKey = new Map<string, Segments[]>();
  for (const [head, ...rest] of paths) {
    const key = head === undefined ? undefined : findKey(obj, head);
    if (key === undefined) continue;
    byKey.set(key, [...(byKey.get(key) ?? []), rest]);
  }
  for (const [key, rests] of byKey) {
    const value = obj[key];
    if (rests.some((r) => r.length === 0)) out[key] = value;
    else if (isList(value)) out[key] = value.map((el) => (isRecord(el) ? pick(el, rests) : el));
    else if (isRecord(value)) out[key] = pick(value, rests);
  }
  return out;
}

function omit(obj: Record<string, unknown>, [head, ...rest]: Segments): void {
  const key = head === undefined ? undefined : findKey(obj, head);
  if (key === undefined) return;
  const value = obj[key];
  if (rest.length === 0) delete obj[key];
  else if (isList(value)) value.filter(isRecord).forEach((el) => omit(el, rest));
  else if (isRecord(value)) omit(value, rest);
}

/** Returns a projected deep copy; the stored resource is never touched. */
export function project(resource: Record<string, unknown>, query: URLSearchParams): Record<string, unknown> {
  const copy = structuredClone(resource);
  const include = parseList(query.get('attributes'));
  if (include.length > 0) return pick(copy, [...ALWAYS_RETURNED.map((a) => [a]), ...include]);
  for (const path of parseList(query.get('excludedAttributes'))) {
    if (path.length === 1 && ALWAYS_RETURNED.includes(path[0]?.toLowerCase() ?? '')) continue;
    omit(copy, path);
  }
  return copy;
}
