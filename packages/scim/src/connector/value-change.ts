// What one grant or revoke must leave behind: the ids as read, plus or minus exactly the named one.
import type { PatchOpConfig } from '../config/types.js';
import type { ProvisioningOperation } from '../provider/hooks.js';

export interface ValueChange<Op extends PatchOpConfig = PatchOpConfig> {
  readonly operation: ProvisioningOperation;
  readonly op: Op;
  /** `/Groups/{id}` or `/Users/{id}`, ids already encoded. */
  readonly path: string;
  readonly targetId: string;
  readonly valueId: string;
  /** Written as the element's `type` on an add: "Group" for a nested group, "User" where the config asks. */
  readonly valueType?: 'User' | 'Group';
  readonly direction: 'add' | 'remove';
  /** The grant replaces every other value: a user holds one role (config `op: "replace"` on the add). */
  readonly exclusive: boolean;
  readonly signal: AbortSignal;
}

/** The id the read-back looks for, and how it must change. */
export interface Expectation {
  readonly id: string;
  readonly direction: 'add' | 'remove';
  readonly exclusive: boolean;
}

/** Whether the read state already is what the change asks for, so nothing is sent. */
export function inPlace(ids: readonly string[], e: Expectation): boolean {
  const holds = ids.includes(e.id);
  if (e.direction === 'remove') return !holds;
  return holds && (!e.exclusive || ids.length === 1);
}

export function expectedIds(before: readonly string[], e: Expectation): string[] {
  if (e.direction === 'remove') return before.filter((id) => id !== e.id);
  if (e.exclusive) return [e.id];
  return before.includes(e.id) ? [...before] : [...before, e.id];
}

export interface Drift {
  /** Whether the named value itself ended up as asked. */
  readonly applied: boolean;
  /** Other values the write took away. */
  readonly lost: readonly string[];
  /** Other values the write added. */
  readonly extra: readonly string[];
}

export function driftOf(expected: readonly string[], after: readonly string[], e: Expectation): Drift {
  const got = new Set(after);
  const want = new Set(expected);
  const applied = e.direction === 'add' ? got.has(e.id) : !got.has(e.id);
  return {
    applied,
    lost: expected.filter((id) => id !== e.id && !got.has(id)),
    extra: after.filter((id) => id !== e.id && !want.has(id)),
  };
}

export function isClean(d: Drift): boolean {
  return d.applied && d.lost.length === 0 && d.extra.length === 0;
}
