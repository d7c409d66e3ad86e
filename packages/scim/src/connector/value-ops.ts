// Adds or removes exactly one element of a multi-valued attribute (a group member, a user's role), verified.
import { BatonError, type ChangeOutcome } from '@baton-scim/core';
import type { PatchOpConfig, RemoveOpConfig } from '../config/types.js';
import type { JsonValue } from '../http/json.js';
import { elementId, idsOf, readAttribute } from './attribute-read.js';
import { listObserver, type ChangeObserver, type Observed } from './change-observer.js';
import type { ConnectorContext } from './context.js';
import { addBody, attributeOf, removeByFilterBody, removeByValueListBody, replaceListBody } from './patch-body.js';
import { sendPatch } from './patch-send.js';
import type { ValueChange } from './value-change.js';
import { verifiedChange, type ChangeStrategy, type WriteOutcome } from './verified-change.js';
import { isNoTarget, mayBeAlreadyPresent, rejectsFilterPath } from './write-outcome.js';

/** How the change is checked; by default the changed attribute itself. */
export type ObserverFor = (setList: ChangeStrategy['setList']) => ChangeObserver;

/** Adding what is already there sends nothing; a 409 is believed only when the read-back shows the value. */
export function addValue(ctx: ConnectorContext, c: ValueChange<PatchOpConfig>, observe?: ObserverFor): Promise<ChangeOutcome> {
  const setList = patchList(ctx, c);
  return verifiedChange(ctx, c, {
    write: async () => {
      const form = c.op.op === 'replace' ? 'replaceValue' : 'add';
      try {
        await sendPatch(ctx, { ...c, body: addBody(c.op, c.valueId, c.valueType) });
        return { form };
      } catch (err) {
        if (!mayBeAlreadyPresent(err)) throw err;
        return { form, refused: err as Error };
      }
    },
    setList,
  }, (observe ?? ((set) => listObserver(ctx, c, set)))(setList));
}

/** Removing what is absent sends nothing. Only the named element is removed, or the change is undone and fails. */
export function removeValue(ctx: ConnectorContext, c: ValueChange<RemoveOpConfig>, observe?: ObserverFor): Promise<ChangeOutcome> {
  const setList = patchList(ctx, c);
  const strategy: ChangeStrategy = { setList, write: (before) => removeOnce(ctx, c, before, setList) };
  return verifiedChange(ctx, c, strategy, (observe ?? ((set) => listObserver(ctx, c, set)))(setList));
}

async function removeOnce(
  ctx: ConnectorContext,
  c: ValueChange<RemoveOpConfig>,
  before: Observed,
  setList: ChangeStrategy['setList'],
): Promise<WriteOutcome> {
  switch (c.op.style) {
    case 'filter':
      try {
        await sendPatch(ctx, { ...c, body: removeByFilterBody(c.op, c.valueId) });
        return { form: 'filter' };
      } catch (err) {
        if (isNoTarget(err)) return { form: 'filter', refused: err as Error };
        if (!rejectsFilterPath(err)) throw err;
        // A value list is not tried: RFC 7644 §3.5.2.2 lets a server read it as "remove every value".
        ctx.logger.info({ path: c.path, operation: c.operation }, 'server rejects value-filter paths; replacing the list without the value');
        return replaceWithout(ctx, c, before, setList);
      }
    case 'valueList':
      try {
        await sendPatch(ctx, { ...c, body: removeByValueListBody(c.op, c.valueId) });
        return { form: 'valueList' };
      } catch (err) {
        if (!isNoTarget(err)) throw err;
        return { form: 'valueList', refused: err as Error };
      }
    case 'replace':
      return replaceWithout(ctx, c, before, setList);
  }
}

/**
 * The list as read without the one value. With a resource version the replace carries If-Match (a 412 is a
 * race, read again); without one, a second read just before the write must match the first, or it is a race.
 */
async function replaceWithout(
  ctx: ConnectorContext,
  c: ValueChange<RemoveOpConfig>,
  before: Observed,
  setList: ChangeStrategy['setList'],
): Promise<WriteOutcome> {
  const list = before.list;
  if (list === undefined) throw unreadableList(ctx, c);
  const valuePath = c.op.valuePath;
  if (list.tag === undefined) {
    const again = await readAttribute(ctx, c.path, attributeOf(c.op), c.signal);
    if (!sameIds(idsOf(again.elements, valuePath), idsOf(list.elements, valuePath))) return 'raced';
  }
  // Every other element goes back exactly as read ($ref, type, display): RFC 7643 §4.2 makes them immutable.
  const rest = list.elements.filter((el) => elementId(el, valuePath) !== c.valueId);
  await setList(rest, list.tag);
  return { form: 'replace' };
}

/** Where the group's members are not served (hasGroupsOnUser), replacing them would wipe the group. */
function unreadableList(ctx: ConnectorContext, c: ValueChange<RemoveOpConfig>): BatonError {
  return new BatonError(
    'failed-precondition',
    `${ctx.config.file}: provisioning.${c.operation}: removing "${c.valueId}" from ${c.path} needs its "${attributeOf(c.op)}" list ` +
      '(style "replace", or a server that refuses value filters), but this server keeps memberships on the users ' +
      '(user.hasGroupsOnUser), so the list cannot be read. Nothing was changed; use style "filter" or "valueList".',
  );
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((id) => set.has(id));
}

/** PATCH replace of the whole list; [] (never null) when the last element goes. */
function patchList(ctx: ConnectorContext, c: ValueChange): ChangeStrategy['setList'] {
  return (list: JsonValue[], tag: string | undefined) =>
    sendPatch(ctx, { ...c, body: replaceListBody(c.op, list), ...(tag === undefined ? {} : { ifMatch: tag }) });
}
