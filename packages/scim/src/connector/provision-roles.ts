// Role provisioning: grant or revoke exactly the named role value on a user, by PATCH or by read-modify-PUT, verified.
import { BatonError, resourceKey, type ChangeOutcome, type Entitlement, type Resource, type ResourceSyncer } from '@baton-scim/core';
import type { JsonObject, JsonValue } from '../http/json.js';
import { memberGrant } from '../mapping/memberships.js';
import { clientFor, type ConnectorContext } from './context.js';
import { elementId, idsOf } from './attribute-read.js';
import { listObserver } from './change-observer.js';
import { attributeOf, valueElement } from './patch-body.js';
import { userPath } from './patch-send.js';
import { readModifyWrite } from './read-modify-write.js';
import type { ValueChange } from './value-change.js';
import { addValue, removeValue } from './value-ops.js';
import { verifiedChange, type ChangeStrategy, type WriteOutcome } from './verified-change.js';

type Provisioner = Pick<ResourceSyncer, 'grant' | 'revoke'>;

export function roleProvisioner(ctx: ConnectorContext, enabled: boolean): Provisioner {
  const { addUserRole: add, removeUserRole: remove } = ctx.config.provisioning;
  const out: { -readonly [K in keyof Provisioner]: Provisioner[K] } = {};
  if (enabled && add) {
    out.grant = async (principal, entitlement, signal) => {
      const role = ownerRole(entitlement);
      const userId = userIdOf(principal);
      // The role's id is its value as the server sent it; the display name is a label that may change.
      const value = role.id?.resource ?? '';
      // `op: replace` on the add: a user holds one role, so the grant replaces it (Zoom).
      const change = { operation: 'addUserRole', op: add, path: userPath(userId), targetId: userId, valueId: value, direction: 'add', exclusive: add.op === 'replace', signal } as const;
      const outcome = await (usesPut(ctx) ? verifiedPut(ctx, change) : addValue(ctx, change));
      return Object.assign([memberGrant(role, { resourceType: 'user', resource: userId })], { outcome });
    };
  }
  if (enabled && remove) {
    out.revoke = async (grant, signal) => {
      const role = ownerRole(grant.entitlement ?? {});
      const userId = userIdOf(grant.principal ?? {});
      const value = role.id?.resource ?? '';
      const change = { operation: 'removeUserRole', op: remove, path: userPath(userId), targetId: userId, valueId: value, direction: 'remove', exclusive: false, signal } as const;
      return usesPut(ctx) ? verifiedPut(ctx, change) : removeValue(ctx, change);
    };
  }
  return out;
}

function verifiedPut(ctx: ConnectorContext, change: ValueChange): Promise<ChangeOutcome> {
  const strategy = putStrategy(ctx, change);
  return verifiedChange(ctx, change, strategy, listObserver(ctx, change, strategy.setList));
}

function usesPut(ctx: ConnectorContext): boolean {
  return ctx.config.provisioning.roleStrategy === 'put';
}

/** The roles after the change, from the full user as read for the PUT. */
function edited(roles: readonly JsonValue[], c: ValueChange): JsonValue[] {
  const rest = roles.filter((r) => elementId(r, c.op.valuePath) !== c.valueId);
  if (c.direction === 'remove') return rest;
  return c.exclusive ? [valueElement(c.op, c.valueId)] : [...rest, valueElement(c.op, c.valueId)];
}

/**
 * Zoom changes roles only through PUT of the whole user: read it fresh, change the one role, and PUT it back
 * (with If-Match when the server versions resources). Without a version, the full read must show the roles the
 * verified change started from, or it is a race and the change reads again. Server-owned attributes are not sent back.
 */
function putStrategy(ctx: ConnectorContext, c: ValueChange): ChangeStrategy {
  const attribute = attributeOf(c.op);
  const put = (list: (roles: readonly JsonValue[]) => JsonValue[], guard?: readonly string[]): Promise<WriteOutcome> => {
    let raced = false;
    return readModifyWrite(ctx, {
      path: c.path,
      attribute,
      signal: c.signal,
      edit: (roles) => {
        raced = guard !== undefined && !sameSet(idsOf(roles, c.op.valuePath), guard);
        return raced ? undefined : list(roles);
      },
      write: async (resource, key, next, ifMatch) => {
        const client = await clientFor(ctx, 'provisioningWrites');
        await client.send('PUT', c.path, { ...writable(resource), [key]: next }, { signal: c.signal, ...(ifMatch === undefined ? {} : { ifMatch }) });
      },
    }).then(() => (raced ? 'raced' : { form: 'put' }));
  };
  return {
    write: (before) => put((roles) => edited(roles, c), before.ids),
    setList: async (list) => {
      await put(() => list);
    },
  };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return a.length === b.length && b.every((id) => set.has(id));
}

/** The user as read, without what the server owns: `meta`, and `groups` (read-only, RFC 7643 §4.1.2). */
function writable(resource: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(resource)) {
    const lower = key.toLowerCase();
    if (lower !== 'meta' && lower !== 'groups') out[key] = value;
  }
  return out;
}

function ownerRole(entitlement: Entitlement): Resource {
  const role = entitlement.resource;
  if (role?.id?.resourceType !== 'role' || !role.id.resource) {
    throw new BatonError('invalid-argument', `entitlement "${entitlement.id ?? ''}" does not belong to a role resource`);
  }
  return role;
}

function userIdOf(principal: Resource): string {
  const id = principal.id;
  if (id?.resourceType !== 'user' || !id.resource) {
    throw new BatonError('invalid-argument', `roles are held by users; ${resourceKey(id ?? {})} cannot be given or denied a role`);
  }
  return id.resource;
}
