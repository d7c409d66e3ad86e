// Admin roles as each user's `roles`: one listing of the account's roles and one of all role assignments.
import { pathSegment } from '@baton-scim/scim';
import type { JsonObject, ListHookContext, ScimHttpClient } from '@baton-scim/scim';
import { customerOf } from './google-client.js';
import { isObject, text } from './json.js';
import { googleAll } from './pages.js';

export type RoleIndex = ReadonlyMap<string, JsonObject[]>;

/** Roles assigned to a group (assigneeType "group") are left out: the group's members hold them only indirectly. */
export async function readRoles(client: ScimHttpClient, ctx: ListHookContext): Promise<RoleIndex> {
  const base = `customer/${pathSegment(customerOf(ctx))}`;
  const names = new Map<string, string>();
  for (const role of await googleAll(client, `${base}/roles`, { maxResults: 100 }, 'items', ctx.signal)) {
    const id = isObject(role) ? text(role['roleId']) : undefined;
    if (id !== undefined && isObject(role)) names.set(id, text(role['roleName']) ?? id);
  }
  const index = new Map<string, JsonObject[]>();
  for (const assignment of await googleAll(client, `${base}/roleassignments`, { maxResults: 200 }, 'items', ctx.signal)) {
    if (!isObject(assignment) || (text(assignment['assigneeType']) ?? 'user') !== 'user') continue;
    const roleId = text(assignment['roleId']);
    const userId = text(assignment['assignedTo']);
    if (roleId === undefined || userId === undefined) continue;
    const ref: JsonObject = { value: roleId, display: names.get(roleId) ?? roleId };
    const held = index.get(userId) ?? [];
    if (!held.some((r) => r['value'] === roleId)) held.push(ref);
    index.set(userId, held);
  }
  return index;
}
