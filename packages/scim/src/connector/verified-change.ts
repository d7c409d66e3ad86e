// Sends one grant or revoke, reads the attribute back, and undoes anything the server changed beyond the named value.
import { BatonError } from '@baton-scim/core';
import type { JsonValue } from '../http/json.js';
import { attributeOf } from './patch-body.js';
import { elementId, idsOf, readAttribute, writableElement, type AttributeState } from './attribute-read.js';
import type { ConnectorContext } from './context.js';
import { driftOf, expectedIds, inPlace, isClean, type Drift, type ValueChange } from './value-change.js';
import { isVersionConflict } from './write-outcome.js';
import { serverBehaviour } from './write-advice.js';

/** Reads that show a concurrent change are retried this many times in all. */
export const MAX_TRIES = 3;

/** How the change went out; decides how a wrong result is explained. */
export type WriteForm = 'add' | 'replaceValue' | 'filter' | 'valueList' | 'replace' | 'put';

export type WriteOutcome =
  | { readonly form: WriteForm; /** An answer that may mean "already done" (409, noTarget), confirmed by the read-back. */ readonly refused?: Error }
  | 'raced';

export interface ChangeStrategy {
  /** Sends the change computed from `before`; 'raced' when the resource changed under it. */
  write(before: AttributeState): Promise<WriteOutcome>;
  /** Writes the whole list (to restore), with If-Match when `tag` is known. */
  setList(list: JsonValue[], tag: string | undefined): Promise<void>;
}

export type ChangeResult = 'changed' | 'unchanged';

export async function verifiedChange(ctx: ConnectorContext, c: ValueChange, strategy: ChangeStrategy): Promise<ChangeResult> {
  const attribute = attributeOf(c.op);
  const valuePath = c.op.valuePath;
  for (let attempt = 1; attempt <= MAX_TRIES; attempt += 1) {
    const before = await readAttribute(ctx, c.path, attribute, c.signal);
    const beforeIds = idsOf(before.elements, valuePath);
    if (inPlace(beforeIds, c)) {
      ctx.logger.debug({ path: c.path, operation: c.operation }, 'already in place; nothing sent');
      return 'unchanged';
    }
    const outcome = await writeOnce(strategy, before);
    if (outcome === 'raced') {
      ctx.logger.info({ path: c.path, operation: c.operation, attempt }, `"${attribute}" changed while being rewritten; reading it again`);
      continue;
    }
    const after = await readAttribute(ctx, c.path, attribute, c.signal);
    const drift = driftOf(expectedIds(beforeIds, c), idsOf(after.elements, valuePath), c);
    if (isClean(drift)) return 'changed';
    if (drift.lost.length === 0 && drift.extra.length === 0) {
      if (outcome.refused !== undefined) throw outcome.refused;
      throw notApplied(ctx, c, attribute, outcome.form);
    }
    const restore = await restoreOthers(ctx, c, strategy, attribute, before, drift);
    const explained = serverBehaviour(ctx, c, attribute, outcome.form, drift);
    ctx.logger.warn(
      { path: c.path, operation: c.operation, restored: restore.putBack, takenBack: restore.takenBack, verified: restore.verified },
      `${explained.behaviour}; restored what it changed beyond "${c.valueId}"`,
    );
    throw new BatonError('failed-precondition', failureMessage(ctx, c, attribute, explained, drift, restore));
  }
  throw new BatonError(
    'failed-precondition',
    `${c.path}: "${attribute}" kept changing while it was being rewritten (${MAX_TRIES} tries); the last attempt sent nothing. ` +
      'Another client is writing it at the same time; try again.',
  );
}

async function writeOnce(strategy: ChangeStrategy, before: AttributeState): Promise<WriteOutcome> {
  try {
    return await strategy.write(before);
  } catch (err) {
    if (isVersionConflict(err)) return 'raced';
    throw err;
  }
}

interface Restore {
  readonly putBack: readonly string[];
  readonly takenBack: readonly string[];
  readonly verified: boolean;
}

/** Puts back the other values that vanished and takes back the ones that appeared; the named value is left as it is. */
async function restoreOthers(
  ctx: ConnectorContext,
  c: ValueChange,
  strategy: ChangeStrategy,
  attribute: string,
  before: AttributeState,
  drift: Drift,
): Promise<Restore> {
  const valuePath = c.op.valuePath;
  const now = await readAttribute(ctx, c.path, attribute, c.signal);
  const nowIds = new Set(idsOf(now.elements, valuePath));
  const extra = new Set(drift.extra);
  const lost = new Set(drift.lost.filter((id) => !nowIds.has(id)));
  const kept = now.elements.filter((el) => !extra.has(elementId(el, valuePath) ?? ''));
  const back = before.elements.filter((el) => lost.has(elementId(el, valuePath) ?? ''));
  if (lost.size > 0 || kept.length !== now.elements.length) {
    await strategy.setList([...kept, ...back].map(writableElement), now.tag);
  }
  const check = new Set(idsOf((await readAttribute(ctx, c.path, attribute, c.signal)).elements, valuePath));
  return {
    putBack: drift.lost,
    takenBack: drift.extra,
    verified: drift.lost.every((id) => check.has(id)) && drift.extra.every((id) => !check.has(id)),
  };
}

function quoted(ids: readonly string[]): string {
  return ids.map((id) => `"${id}"`).join(', ');
}

function failureMessage(
  ctx: ConnectorContext,
  c: ValueChange,
  attribute: string,
  explained: { behaviour: string; advice: string },
  drift: Drift,
  restore: Restore,
): string {
  const changed = [
    drift.lost.length > 0 ? `removed ${quoted(drift.lost)}` : '',
    drift.extra.length > 0 ? `added ${quoted(drift.extra)}` : '',
  ].filter((s) => s !== '');
  const undone = [
    restore.putBack.length > 0 ? `put back ${quoted(restore.putBack)}` : '',
    restore.takenBack.length > 0 ? `took back ${quoted(restore.takenBack)}` : '',
  ].filter((s) => s !== '');
  const state = restore.verified ? 'the read-back confirms it' : `the read-back does NOT confirm it: check ${c.path} "${attribute}" by hand`;
  return (
    `${ctx.config.file}: provisioning.${c.operation}: ${explained.behaviour}. Asked to ${c.direction} "${c.valueId}" on ${c.path}, ` +
    `the server also ${changed.join(' and ')}. Restored: ${undone.join(' and ')} (${state}). ${explained.advice}`
  );
}

function notApplied(ctx: ConnectorContext, c: ValueChange, attribute: string, form: WriteForm): BatonError {
  const state = c.direction === 'add' ? 'is still missing from' : 'is still in';
  return new BatonError(
    'failed-precondition',
    `${ctx.config.file}: provisioning.${c.operation}: the server answered the ${form} PATCH/PUT with success, but "${c.valueId}" ` +
      `${state} "${attribute}" of ${c.path} when read back; nothing else changed. Check that the server supports this form of ` +
      `change, or set provisioning.${c.operation} to another form (see the README's provisioning section).`,
  );
}
