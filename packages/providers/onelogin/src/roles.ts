// OneLogin roles as each user's `roles`: GET /api/2/roles, then GET /api/2/roles/{id}/users per role.
import type { JsonObject, ListHookContext } from '@baton-scim/scim';
import { MAX_LIMIT, v2All } from './cursor-paging.js';
import { isObject, text } from './json.js';
import { idText } from './ids.js';

/** user id → the roles assigned to the user, as `{ value: role id, display: role name }`. */
export type RoleIndex = ReadonlyMap<string, JsonObject[]>;

export async function readRoles(ctx: ListHookContext): Promise<RoleIndex> {
  const index = new Map<string, JsonObject[]>();
  const paging = { client: ctx.client, pageSize: ctx.pageSize, signal: ctx.signal };
  for (const role of await v2All(paging, '2/roles', MAX_LIMIT.roles)) {
    const id = isObject(role) ? idText(role['id']) : undefined;
    if (id === undefined || !isObject(role)) continue;
    const ref: JsonObject = { value: id, display: text(role['name']) ?? id };
    for (const user of await v2All(paging, `2/roles/${encodeURIComponent(id)}/users`, MAX_LIMIT.roleUsers)) {
      const userId = isObject(user) ? idText(user['id']) : undefined;
      if (userId === undefined) continue;
      const held = index.get(userId);
      if (held === undefined) index.set(userId, [ref]);
      else held.push(ref);
    }
  }
  return index;
}
