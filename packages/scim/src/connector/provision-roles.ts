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
      // The role's id is its value as the server sent it; the display name is only a label (defect 34).
      const value = role.id?.resource ?? '';
      const change = { operation: 'addUserRole' as const, op: add, path: userPath(userId), targetId: userId, valueId: value, signal };
      if (roleStrategy === 'put') await putRoles(ctx, add, change.path, signal, (roles) => (holds(roles, add, value) ? undefined : [...roles, valueElement(add, value)]));
      else await addValue(ctx, change);
      return [memberGrant(role, { resourceType: 'user', resource: userId })];
    };
  }
  if (enabled && remove) {
    out.revoke = async (grant, signal) => {
      const role = ownerRole(grant.entitlement ?? {});
      const userId = userIdOf(grant.principal ?? {});
      const value = role.id?.resource ?? '';
      const change = { operation: 'removeUserRole' as const, op: remove, path: userPath(userId), targetId: userId, valueId: value, signal };
      if (roleStrategy === 'put') {
        await putRoles(ctx, remove, change.path, signal, (roles) => (holds(roles, remove, value) ? roles.filter((r) => elementId(r, remove.valuePath) !== value) : undefined));
      } else await removeValue(ctx, change);
    };
  }
  return out;
}

function holds(roles: readonly JsonValue[], op: PatchOpConfig, value: string): boolean {
  return roles.some((r) => elementId(r, op.valuePath) === value);
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
