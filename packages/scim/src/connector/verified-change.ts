// Sends one grant or revoke, reads the result back, and undoes anything the server changed beyond the named value.
import { BatonError, type ChangeOutcome } from '@baton-scim/core';
import type { JsonValue } from '../http/json.js';
import { UnusableRead } from './attribute-read.js';
import type { ChangeObserver, Observed, Restore } from './change-observer.js';
import type { ConnectorContext } from './context.js';
import { attributeOf } from './patch-body.js';
import { driftOf, expectedIds, inPlace, isClean, type Drift, type ValueChange } from './value-change.js';
import { isVersionConflict } from './write-outcome.js';
import { serverBehaviour, type Explained } from './write-advice.js';

/** Reads that show a concurrent change are retried this many times in all. */
export const MAX_TRIES = 3;

/** How the change went out; decides how a wrong result is explained. */
export type WriteForm = 'add' | 'replaceValue' | 'filter' | 'valueList' | 'replace' | 'put' | 'providerApi';

export type WriteOutcome =
  | { readonly form: WriteForm; /** An answer that may mean "already done" (409, noTarget), confirmed by the read-back. */ readonly refused?: Error }
  | 'raced';

export interface ChangeStrategy {
  /** Sends the change computed from `before`; 'raced' when the resource changed under it. */
  readonly write: (before: Observed) => Promise<WriteOutcome>;
  /** Writes the whole list (to restore), with If-Match when `tag` is known. */
  readonly setList: (list: JsonValue[], tag: string | undefined) => Promise<void>;
}

export async function verifiedChange(ctx: ConnectorContext, c: ValueChange, strategy: ChangeStrategy, observer: ChangeObserver): Promise<ChangeOutcome> {
  const e = observer.expectation;
  for (let attempt = 1; attempt <= MAX_TRIES; attempt += 1) {
    const before = await readUsable(ctx, c, observer, 'before');
    if (inPlace(before.ids, e)) {
      ctx.logger.debug({ path: c.path, operation: c.operation }, 'already in place; nothing sent');
      return 'already-in-place';
    }
    const outcome = await writeOnce(strategy, before);
    if (outcome === 'raced') {
      ctx.logger.info({ path: c.path, operation: c.operation, attempt }, `${observer.what} changed while being rewritten; reading it again`);
      continue;
    }
    const after = await readUsable(ctx, c, observer, outcome.form);
    const drift = driftOf(expectedIds(before.ids, e), after.ids, e);
    if (isClean(drift)) return 'applied';
    if (drift.lost.length === 0 && drift.extra.length === 0) {
      if (outcome.refused !== undefined) throw outcome.refused;
      throw notApplied(ctx, c, observer, outcome.form);
    }
    const restore = await observer.restore(before, drift);
    const explained = serverBehaviour(ctx, c, attributeOf(c.op), outcome.form, drift);
    ctx.logger.warn(
      { path: c.path, operation: c.operation, restored: restore.putBack, takenBack: restore.takenBack, verified: restore.verified },
      `${explained.behaviour}; restored what it changed beyond "${c.valueId}"`,
    );
    throw new BatonError('failed-precondition', failureMessage(ctx, c, observer, explained, drift, restore));
  }
  throw new BatonError(
    'failed-precondition',
    `${c.path}: ${observer.what} kept changing while it was being rewritten (${MAX_TRIES} tries); the last attempt sent nothing. ` +
      'Another client is writing it at the same time; try again.',
  );
}

/**
 * A read of the change's state. One that cannot be understood is explained by `when`: before the write it stops
 * the change with nothing sent; after a write that was sent, the change is reported as sent but not verified
 * (nothing can be restored from a read that does not say what is there), never as done.
 */
async function readUsable(ctx: ConnectorContext, c: ValueChange, observer: ChangeObserver, when: 'before' | WriteForm): Promise<Observed> {
  try {
    return await observer.read();
  } catch (err) {
    if (!(err instanceof UnusableRead)) throw err;
    const what =
      when === 'before'
        ? `${err.detail}. Nothing was sent and nothing is reported done, as "already in place" cannot be told from "not readable"`
        : `the ${when} write to ${c.path} was sent and the server answered success, but the read-back cannot be understood: ` +
          `${err.detail}. The change is NOT verified and nothing was undone: check ${observer.what} by hand`;
    throw new BatonError('failed-precondition', `${ctx.config.file}: provisioning.${c.operation}: ${what}. ${err.advice}.`, { cause: err });
  }
}

async function writeOnce(strategy: ChangeStrategy, before: Observed): Promise<WriteOutcome> {
  try {
    return await strategy.write(before);
  } catch (err) {
    if (isVersionConflict(err)) return 'raced';
    throw err;
  }
}

function quoted(ids: readonly string[]): string {
  return ids.map((id) => `"${id}"`).join(', ');
}

function failureMessage(ctx: ConnectorContext, c: ValueChange, observer: ChangeObserver, explained: Explained, drift: Drift, restore: Restore): string {
  const changed = [
    drift.lost.length > 0 ? `removed ${quoted(drift.lost)}` : '',
    drift.extra.length > 0 ? `added ${quoted(drift.extra)}` : '',
  ].filter((s) => s !== '');
  const undone = [
    restore.putBack.length > 0 ? `put back ${quoted(restore.putBack)}` : '',
    restore.takenBack.length > 0 ? `took back ${quoted(restore.takenBack)}` : '',
  ].filter((s) => s !== '');
  const state = restore.verified ? 'the read-back confirms it' : `the read-back does NOT confirm it: check ${observer.what} by hand`;
  return (
    `${ctx.config.file}: provisioning.${c.operation}: ${explained.behaviour}. Asked to ${c.direction} "${c.valueId}" on ${c.path}, ` +
    `the server also ${changed.join(' and ')} (${observer.what}). Restored: ${undone.join(' and ')} (${state}). ${explained.advice}`
  );
}

function notApplied(ctx: ConnectorContext, c: ValueChange, observer: ChangeObserver, form: WriteForm): BatonError {
  const state = c.direction === 'add' ? 'is still missing from' : 'is still in';
  return new BatonError(
    'failed-precondition',
    `${ctx.config.file}: provisioning.${c.operation}: the server answered the ${form} write with success, but "${observer.expectation.id}" ` +
      `${state} ${observer.what} when read back; nothing else changed. Check that the server supports this form of ` +
      `change, or set provisioning.${c.operation} to another form (see the README's provisioning section).`,
  );
}
