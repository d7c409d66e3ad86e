// What a provisioning change is checked against: the changed attribute itself, or, where a server keeps group
// membership on the user (hasGroupsOnUser, Zoom), the member's `groups`.
import { BatonError } from '@baton-scim/core';
import { isJsonObject, type JsonValue } from '../http/json.js';
import { elementsAt, textAt, usableId } from '../mapping/values.js';
import { elementId, idsOf, readAttribute, requireIds, UnusableRead, type AttributeState } from './attribute-read.js';
import { clientFor, type ConnectorContext } from './context.js';
import { addBody, attributeOf } from './patch-body.js';
import { groupPath, sendPatch, userPath } from './patch-send.js';
import type { Drift, Expectation, ValueChange } from './value-change.js';

export interface Observed {
  readonly ids: readonly string[];
  /** The attribute as read, when the change's own list was read (needed to replace it). */
  readonly list?: AttributeState;
}

export interface Restore {
  readonly putBack: readonly string[];
  readonly takenBack: readonly string[];
  readonly verified: boolean;
}

export interface ChangeObserver {
  /** e.g. `"members" of /Groups/42`, for messages. */
  readonly what: string;
  readonly expectation: Expectation;
  readonly read: () => Promise<Observed>;
  /** Puts back `drift.lost` and takes back `drift.extra` (never the named value), then reads again. */
  readonly restore: (before: Observed, drift: Drift) => Promise<Restore>;
}

/** The changed attribute: a group's `members`, a user's `roles`. */
export function listObserver(
  ctx: ConnectorContext,
  c: ValueChange,
  setList: (list: JsonValue[], tag: string | undefined) => Promise<void>,
): ChangeObserver {
  const attribute = attributeOf(c.op);
  const valuePath = c.op.valuePath;
  const read = async (): Promise<Observed> => {
    const list = await readAttribute(ctx, c.path, attribute, c.signal);
    requireIds(ctx, { path: c.path, attribute, operation: c.operation, valuePath }, list.elements);
    return { ids: idsOf(list.elements, valuePath), list };
  };
  return {
    what: `"${attribute}" of ${c.path}`,
    expectation: { id: c.valueId, direction: c.direction, exclusive: c.exclusive },
    read,
    restore: async (before, drift) => {
      const now = (await read()).list;
      if (now === undefined) throw new Error('unreachable: a list read always carries its list');
      const nowIds = new Set(idsOf(now.elements, valuePath));
      const extra = new Set(drift.extra);
      const lost = new Set(drift.lost.filter((id) => !nowIds.has(id)));
      const kept = now.elements.filter((el) => !extra.has(elementId(el, valuePath) ?? ''));
      const back = (before.list?.elements ?? []).filter((el) => lost.has(elementId(el, valuePath) ?? ''));
      if (lost.size > 0 || kept.length !== now.elements.length) {
        await setList([...kept, ...back], now.tag);
      }
      return checked(drift, new Set((await read()).ids));
    },
  };
}

/**
 * A user member's `groups` (hasGroupsOnUser): the group's own `members` is not served. Only an `add` can put a
 * lost membership back; a membership that appeared is reported, not removed, since removing needs the very form
 * that just misbehaved.
 */
export function memberGroupsObserver(ctx: ConnectorContext, c: ValueChange, groupName: string | undefined): ChangeObserver {
  const paths = ctx.config.user.groupsOnUser;
  if (!paths) throw new Error('unreachable: memberGroupsObserver needs user.userGroup');
  const memberPath = userPath(c.valueId);
  const read = async (): Promise<Observed> => {
    const client = await clientFor(ctx, 'provisioningReads');
    const res = await client.get(memberPath, undefined, { signal: c.signal });
    if (!isJsonObject(res.body)) {
      throw new BatonError('invalid-data', `GET ${memberPath} did not return a SCIM resource object, so the change cannot be checked`);
    }
    const ids = new Set<string>();
    for (const entry of elementsAt(paths.path, res.body)) {
      const id = paths.id === undefined ? undefined : textAt(paths.id, entry);
      if (id !== undefined && usableId(id)) {
        ids.add(id);
        continue;
      }
      // An entry with only a name (Zoom documents `groups` entries without `value`) counts for the named group
      // when the names match. One that cannot be told apart from the group changed makes the read unusable:
      // passing it would report a revoke that changed nothing as done.
      const name = textAt(paths.name, entry);
      if (name !== undefined && groupName !== undefined) {
        if (name.toLowerCase() === groupName.toLowerCase()) ids.add(c.targetId);
        continue;
      }
      throw new UnusableRead(
        `GET ${memberPath} lists a group entry with ${name === undefined ? 'neither an id nor a name' : `only the name "${name.slice(0, 80)}" and the group's own name is not known`}, so whether the user is in group ${c.targetId} cannot be read back; the change is not confirmed`,
        `Check user.userGroup.id and user.userGroup.name in ${ctx.config.file} against what the server returns for the user`,
      );
    }
    return { ids: [...ids] };
  };
  return {
    what: `the groups of ${memberPath}`,
    expectation: { id: c.targetId, direction: c.direction, exclusive: false },
    read,
    restore: async (_before, drift) => {
      for (const groupId of drift.lost) {
        await sendPatch(ctx, { ...c, path: groupPath(groupId), targetId: groupId, body: addBody(c.op, c.valueId, c.valueType) });
      }
      return checked(drift, new Set((await read()).ids));
    },
  };
}

export function checked(drift: Drift, now: ReadonlySet<string>): Restore {
  return {
    putBack: drift.lost,
    takenBack: drift.extra,
    verified: drift.lost.every((id) => now.has(id)) && drift.extra.every((id) => !now.has(id)),
  };
}
