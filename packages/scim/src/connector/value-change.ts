// What one grant or revoke must leave behind: the list as read, plus or minus exactly the named value.
import type { PatchOpConfig } from '../config/types.js';
import type { ProvisioningOperation } from '../provider/hooks.js';

export interface ValueChange<Op extends PatchOpConfig = PatchOpConfig> {
  readonly operation: ProvisioningOperation;
  readonly op: Op;
  /** `/Groups/{id}` or `/Users/{id}`, ids already encoded. */
  readonly path: string;
  readonly targetId: string;
  readonly valueId: string;
  readonly direction: 'add' | 'remove';
  /** The grant replaces every other value: a user holds one role (config `op: "replace"` on the add). */
  readonly exclusive: boolean;
  readonly signal: AbortSignal;
}

/** Whether the read state already is what the change asks for, so nothing is sent. */
export function inPlace(ids: readonly string[], c: ValueChange): boolean {
  const holds = ids.includes(c.valueId);
  if (c.direction === 'remove') return !holds;
  return holds && (!c.exclusive || ids.length === 1);
}

export function expectedIds(before: readonly string[], c: ValueChange): string[] {
  if (c.direction === 'remove') return before.filter((id) => id !== c.valueId);
  if (c.exclusive) return [c.valueId];
  return before.includes(c.valueId) ? [...before] : [...before, c.valueId];
}

export interface Drift {
  /** Whether the named value itself ended up as asked. */
  readonly applied: boolean;
  /** Other values the write took away. */
  readonly lost: readonly string[];
  /** Other values the write added. */
  readonly extra: readonly string[];
}

export function driftOf(expected: readonly string[], after: readonly string[], c: ValueChange): Drift {
  const got = new Set(after);
  const want = new Set(expected);
  const applied = c.direction === 'add' ? got.has(c.valueId) : !got.has(c.valueId);
  return {
    applied,
    lost: expected.filter((id) => id !== c.valueId && !got.has(id)),
    extra: after.filter((id) => id !== c.valueId && !want.has(id)),
  };
}

export function isClean(d: Drift): boolean {
  return d.applied && d.lost.length === 0 && d.extra.length === 0;
}
