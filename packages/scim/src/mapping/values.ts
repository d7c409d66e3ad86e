// Reading SCIM values through compiled paths: scalars as text, arrays as elements, ids checked for use.
import type { CompiledPath } from '../jsonpath/compile.js';

/** The value as text when it is a non-blank string, a finite number or a boolean; else undefined. */
export function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === 'boolean') return String(value);
  return undefined;
}

/** First match of an optional path, as text. */
export function textAt(path: CompiledPath | undefined, json: unknown): string | undefined {
  return path === undefined ? undefined : scalarText(path.first(json));
}

/** The elements a collection path designates: a lone array is unpacked, a lone object (roles sent as one object) kept. */
export function elementsAt(path: CompiledPath, json: unknown): unknown[] {
  const hits = path.all(json);
  const elements = hits.length === 1 && Array.isArray(hits[0]) ? (hits[0] as unknown[]) : hits;
  return elements.filter((e) => e !== null && e !== undefined);
}

// Lone surrogates cannot be encoded as UTF-8, and Go rejects invalid UTF-8 in proto strings.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a server id can be a Baton resource id as is (1–1024 bytes of valid UTF-8); ids are never rewritten. */
export function usableId(id: string): boolean {
  return !LONE_SURROGATE.test(id) && Buffer.byteLength(id, 'utf8') <= 1024;
}

/**
 * Longest name, email or profile value kept. Real values are far shorter; a server sending megabytes in a
 * display name would otherwise have them copied into every grant that names the user.
 */
export const MAX_TEXT_CHARS = 1024;

/** `text` cut to MAX_TEXT_CHARS (never inside a surrogate pair), or undefined when it is already short. */
export function cutText(text: string): string | undefined {
  if (text.length <= MAX_TEXT_CHARS) return undefined;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(MAX_TEXT_CHARS - 1)) ? MAX_TEXT_CHARS - 1 : MAX_TEXT_CHARS;
  return text.slice(0, end);
}
