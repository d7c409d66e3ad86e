// De-duplicates resources by id across pages using short id fingerprints, so page tokens stay small.
import { createHash } from 'node:crypto';
import type { JsonObject } from '../http/json.js';

/** 64 bits of SHA-256: collisions within two pages of a listing are practically impossible. */
export function fingerprint(id: string): string {
  return createHash('sha256').update(id).digest('base64url').slice(0, 11);
}

export interface Sifted {
  /** Resources whose id was not seen before (resources without an id are always kept). */
  readonly fresh: readonly JsonObject[];
  /** Fingerprints of every id on this page, for the next token. */
  readonly prints: readonly string[];
  /** True when the page had resources and every one of them was a repeat. */
  readonly allSeen: boolean;
}

export function sift(resources: readonly JsonObject[], seenBefore: Iterable<string>): Sifted {
  const seen = new Set(seenBefore);
  const prints: string[] = [];
  const fresh: JsonObject[] = [];
  for (const resource of resources) {
    const id = resource['id'];
    if (typeof id !== 'string' && typeof id !== 'number') {
      fresh.push(resource);
      continue;
    }
    const print = fingerprint(String(id));
    prints.push(print);
    if (!seen.has(print)) fresh.push(resource);
    seen.add(print);
  }
  return { fresh, prints, allSeen: resources.length > 0 && fresh.length === 0 };
}
