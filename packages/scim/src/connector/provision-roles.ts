// Role provisioning: grant or revoke exactly the named role value on a user, by PATCH or by read-modify-PUT.
import { BatonError, resourceKey, type Entitlement, type Resource, type ResourceSyncer } from '@baton-scim/core';
import type { PatchOpConfig } from '../config/types.js';
import type { JsonObject, JsonValue } from '../http/json.js';
import { memberGrant } from '../mapping/memberships.js';
import { clientFor, type ConnectorContext } from './context.js';
import { attributeOf, valueElement } from './patch-body.js';
import { userPath } from './patch-send.js';
import { elementId, readModifyWrite } from './read-modify-write.js';
import { addValue, removeValue } from './value-ops.js';

type Provisioner = Pick<ResourceSyncer, 'grant' | 'revoke'>;

export function roleProvisioner(ctx: ConnectorContext, enabled: boolean): Provisioner {
  const { addUserRole: add, removeUserRole: remove, roleStrategy } = ctx.config.provisioning;
  const out: { -readonly [K in keyof Provisioner]: Provisioner[K] } = {};
  if (enabled && add) {
    out.grant = async (principal, entitlement, signal) => {
      const role = ownerRole(entitlement);
      const userId = userIdOf(principal);
      // The role's id is its value as the server sent it; the display name is a label that may change.
      const value = role.id?.resource ?? '';
      const path = userPath(userId);
      if (roleStrategy === 'put') await putRoles(ctx, add, path, signal, (roles) => withRole(roles, add, value));
      else await addValue(ctx, { operation: 'addUserRole', op: add, path, targetId: userId, valueId: value, signal });
      return [memberGrant(role, { resourceType: 'user', resource: userId })];
    };
  }
  if (enabled && remove) {
    out.revoke = async (grant, signal) => {
      const role = ownerRole(grant.entitlement ?? {});
      const userId = userIdOf(grant.principal ?? {});
      const value = role.id?.resource ?? '';
      const path = userPath(userId);
      if (roleStrategy === 'put') await putRoles(ctx, remove, path, signal, (roles) => withoutRole(roles, remove, value));
      else await removeValue(ctx, { operation: 'removeUserRole', op: remove, path, targetId: userId, valueId: value, signal });
    };
  }
  return out;
}

/** The roles plus `value`, or undefined when the user already holds it. */
function withRole(roles: readonly JsonValue[], op: PatchOpConfig, value: string): JsonValue[] | undefined {
  return roles.some((r) => elementId(r, op.valuePath) === value) ? undefined : [...roles, valueElement(op, value)];
}

/** The roles minus `value` (every other role as read), or undefined when the user does not hold it. */
function withoutRole(roles: readonly JsonValue[], op: PatchOpConfig, value: string): JsonValue[] | undefined {
  const rest = roles.filter((r) => elementId(r, op.valuePath) !== value);
  return rest.length === roles.length ? undefined : rest;
}

/**
 * Zoom changes roles only through PUT of the whole user: read it fresh, change the one role, and PUT it back
 * (with If-Match when the server versions resources). Server-owned attributes are not sent back.
 */
function putRoles(
  ctx: ConnectorContext,
  op: PatchOpConfig,
  path: string,
  signal: AbortSignal,
  edit: (roles: readonly JsonValue[]) => JsonValue[] | undefined,
): Promise<void> {
  return readModifyWrite(ctx, {
    path,
    attribute: attributeOf(op),
    requireVersion: undefined,
    signal,
    edit,
    write: async (resource, key, next, ifMatch) => {
      const client = await clientFor(ctx, 'provisioningWrites');
      await client.send('PUT', path, { ...writable(resource), [key]: next }, { signal, ...(ifMatch === undefined ? {} : { ifMatch }) });
    },
  });
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
