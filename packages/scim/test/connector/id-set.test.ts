// The set of listed ids answers exactly as a Set of strings would, across growth, for ids of every shape.
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { IdSet } from '../../src/connector/id-set.js';

function ids(): string[] {
  const out: string[] = [];
  for (let i = 0; i < 20_000; i++) out.push(String(i), `user-${i}`, randomUUID());
  // Ids that differ in one character, in their order, or only past the first code unit of a surrogate pair.
  out.push('', 'ab', 'ba', 'a', 'aa', 'é', 'e\u0301', '😀', '😁', 'x'.repeat(5000), `${'x'.repeat(4999)}y`);
  return out;
}

it('holds every id added, no other, and counts each once', () => {
  const all = ids();
  const set = new IdSet();
  expect(all.filter((id) => !set.add(id))).toEqual([]);
  expect(set.size).toBe(all.length);
  expect(all.filter((id) => set.add(id))).toEqual([]);
  expect(set.size).toBe(all.length);
  expect(all.filter((id) => !set.has(id))).toEqual([]);
  const absent = [...Array.from({ length: 20_000 }, (_, i) => `absent-${i}`), 'ab ', ' ab', 'x'.repeat(5001), randomUUID()];
  expect(absent.filter((id) => set.has(id))).toEqual([]);
});

it('is empty after clear', () => {
  const set = new IdSet();
  for (const id of ['a', 'b', 'c']) set.add(id);
  set.clear();
  expect(set.size).toBe(0);
  expect(set.has('a')).toBe(false);
  expect(set.add('a')).toBe(true);
});
