// Directory roles as each user's `roles`: the activated roles (GET /directoryRoles) and their members.
import { pathSegment } from '@baton-scim/scim';
import type { JsonObject, ListHookContext } from '@baton-scim/scim';
import { graphAll } from './graph-pages.js';
import { isObject, text } from './json.js';

/** user id → the directory roles the user holds, as `{ value: roleTemplateId, display }`. */
export type RoleIndex = ReadonlyMap<string, JsonObject[]>;

/**
 * One request for the roles (Graph lists only activated ones, without paging) and one member listing per
 * role; a role's `roleTemplateId` is its id, the same in every tenant.
 */
export async function readRoles(ctx: ListHookContext): Promise<RoleIndex> {
  const index = new Map<string, JsonObject[]>();
  for (const role of await graphAll(ctx, 'directoryRoles', { $select: 'id,displayName,roleTemplateId' })) {
    if (!isObject(role)) continue;
    const id = text(role['id']);
    const value = text(role['roleTemplateId']) ?? id;
    if (id === undefined || value === undefined) continue;
    const ref: JsonObject = { value, display: text(role['displayName']) ?? value };
    const members = await graphAll(ctx, `directoryRoles/${pathSegment(id)}/members`, { $select: 'id' });
    for (const member of members) {
      const userId = isObject(member) && member['@odata.type'] === '#microsoft.graph.user' ? text(member['id']) : undefined;
      if (userId === undefined) continue;
      const held = index.get(userId);
      if (held === undefined) index.set(userId, [ref]);
      else held.push(ref);
    }
  }
  return index;
}
