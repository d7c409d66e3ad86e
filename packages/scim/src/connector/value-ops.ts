// Adds or removes exactly one element of a multi-valued attribute (a group member, a user's role), idempotently.
import type { PatchOpConfig, RemoveOpConfig } from '../config/types.js';
import { isJsonObject } from '../http/json.js';
import type { ProvisioningOperation } from '../provider/hooks.js';
import { clientFor, type ConnectorContext } from './context.js';
import { addBody, attributeOf, removeByFilterBody, removeByValueListBody, replaceListBody } from './patch-body.js';
import { sendPatch } from './patch-send.js';
import { elementId, keyOf, listAt, readModifyWrite } from './read-modify-write.js';
import { isNoTarget, mayBeAlreadyPresent, rejectsFilterPath } from './write-outcome.js';

export interface ValueChange<Op extends PatchOpConfig> {
  readonly operation: ProvisioningOperation;
  readonly op: Op;
  /** The resource changed, ids already encoded. */
  readonly path: string;
  readonly targetId: string;
  readonly valueId: string;
  readonly signal: AbortSignal;
}

/** Adding what is already there succeeds; a 409 is believed only after a read confirms the value. */
export async function addValue(ctx: ConnectorContext, c: ValueChange<PatchOpConfig>): Promise<void> {
  try {
    await sendPatch(ctx, { ...c, body: addBody(c.op, c.valueId) });
  } catch (err) {
    if (!mayBeAlreadyPresent(err) || !(await holdsValue(ctx, c))) throw err;
    ctx.logger.debug({ path: c.path, operation: c.operation }, 'value already present; nothing to add');
  }
}

/** Removing what is absent succeeds (2xx or noTarget). Only the named element is ever removed. */
export async function removeValue(ctx: ConnectorContext, c: ValueChange<RemoveOpConfig>): Promise<void> {
  switch (c.op.style) {
    case 'filter':
      try {
        await sendPatch(ctx, { ...c, body: removeByFilterBody(c.op, c.valueId) });
      } catch (err) {
        if (isNoTarget(err)) return;
        if (!rejectsFilterPath(err)) throw err;
        ctx.logger.info({ path: c.path, operation: c.operation }, 'server rejects value-filter paths; removing with a value list');
        await removeByValueList(ctx, c);
      }
      return;
    case 'valueList':
      return removeByValueList(ctx, c);
    case 'replace':
      return removeByReplace(ctx, c);
  }
}

async function removeByValueList(ctx: ConnectorContext, c: ValueChange<RemoveOpConfig>): Promise<void> {
  try {
    await sendPatch(ctx, { ...c, body: removeByValueListBody(c.op, c.valueId) });
  } catch (err) {
    if (!isNoTarget(err)) throw err;
  }
}

/** The documented `op: replace`: the list without the one element, sent only with If-Match. */
function removeByReplace(ctx: ConnectorContext, c: ValueChange<RemoveOpConfig>): Promise<void> {
  return readModifyWrite(ctx, {
    path: c.path,
    attribute: attributeOf(c.op),
    requireVersion: `provisioning.${c.operation}`,
    signal: c.signal,
    edit: (elements) => {
      const rest = elements.filter((el) => elementId(el, c.op.valuePath) !== c.valueId);
      return rest.length === elements.length ? undefined : rest;
    },
    write: (_resource, _key, next, ifMatch) =>
      sendPatch(ctx, { ...c, body: replaceListBody(c.op, next), ...(ifMatch === undefined ? {} : { ifMatch }) }),
  });
}

/** Whether the resource holds the value, read fresh with only that attribute. */
async function holdsValue(ctx: ConnectorContext, c: ValueChange<PatchOpConfig>): Promise<boolean> {
  const attribute = attributeOf(c.op);
  const client = await clientFor(ctx, 'provisioningReads');
  const res = await client.get(c.path, { attributes: attribute }, { signal: c.signal });
  if (!isJsonObject(res.body)) return false;
  return listAt(res.body, keyOf(res.body, attribute)).some((el) => elementId(el, c.op.valuePath) === c.valueId);
}
