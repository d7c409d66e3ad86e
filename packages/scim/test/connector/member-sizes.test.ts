// Each page of groups saves its lists' sizes beside the lists; a resume reads the sizes, not the lists, unless
// the sync was begun by a release that saved no sizes.
import type { Resource, SavedEntry } from '@baton-scim/core';
import { expect, it } from 'vitest';
import { GroupIndex } from '../../src/connector/memberships-cache.js';

const group = (id: string): Resource => ({ id: { resourceType: 'group', resource: id }, displayName: id });
const members = (n: number): { refs: string[]; listed: number } => ({ refs: Array.from({ length: n }, (_, i) => `user:u${i}`), listed: n });

/** A working file's saved entries: what the index hands over, looked up by kind and key. */
class Saved {
  readonly rows = new Map<string, SavedEntry>();
  add(entries: readonly SavedEntry[]): void {
    for (const e of entries) this.rows.set(`${e.kind}\n${e.key}`, e);
  }
  of(kind: string): SavedEntry[] {
    return [...this.rows.values()].filter((e) => e.kind === kind);
  }
  lookup = { entry: (kind: string, key: string): string | undefined => this.rows.get(`${kind}\n${key}`)?.value };
}

it('saves one size entry per page, marked from the first page on, and a resume trusts them without the lists', () => {
  const saved = new Saved();
  const first = new GroupIndex();
  first.useSaved(saved.lookup);
  first.record(group('a'), members(3));
  first.record(group('b'), members(1));
  saved.add(first.unsaved.take());
  first.record(group('c'), members(2));
  saved.add(first.unsaved.take());
  expect(saved.of('member-sizes').map((e) => e.key)).toEqual(['start', 'p:a\nb\n2', 'p:c\nc\n1']);

  const resumed = new GroupIndex();
  resumed.useSaved(saved.lookup);
  const lists: Iterable<SavedEntry> = {
    [Symbol.iterator]: () => {
      throw new Error('the member lists were read');
    },
  };
  resumed.restore(['a', 'b', 'c'].map(group), lists, [], saved.of('member-sizes'));
  expect(resumed.trustedMembers('a')).toEqual(['user:u0', 'user:u1', 'user:u2']);
  expect(resumed.trustedMembers('c')).toHaveLength(2);
  expect(resumed.trustedMembers('d')).toBeUndefined();
});

it('after resuming lists saved without sizes, never marks the sizes complete, so the next resume reads the lists', () => {
  const saved = new Saved();
  saved.add([{ kind: 'members', key: 'a', value: JSON.stringify({ packed: 'user:u0', listed: 1 }) }]);
  const resumed = new GroupIndex();
  resumed.useSaved(saved.lookup);
  resumed.restore([group('a')], saved.of('members'), [], saved.of('member-sizes'));
  expect(resumed.trustedMembers('a')).toEqual(['user:u0']);
  resumed.record(group('b'), members(2));
  saved.add(resumed.unsaved.take());
  expect(saved.of('member-sizes').map((e) => e.key)).toEqual(['p:b\nb\n1']);
});
