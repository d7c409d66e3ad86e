// Admin roles as each user's `roles`: one listing of the account's roles and one of all role assignments.
import type { JsonObject, ListHookContext, ScimHttpClient } from '@baton-scim/scim';
import { customerOf } from './google-client.js';
import { isObject, text } from './json.js';
import { googleAll } from './pages.js';

/** user id / group id → the admin roles assigned to it. */
export interface RoleIndex {
  readonly users: ReadonlyMap<string, JsonObject[]>;
  readonly groups: ReadonlyMap<string, JsonObject[]>;
}

const ASSIGNEES: Readonly<Record<string, 'users' | 'groups'>> = { user: 'users', group: 'groups' };

/**
 * Roles assigned to a user (assigneeType "user") and to a group (assigneeType "group"): a group's role is held by
 * its members through the group, which the connector expands.
 */
export async function readRoles(client: ScimHttpClient, ctx: ListHookContext): Promise<RoleIndex> {
  const base = `customer/${encodeURIComponent(customerOf(ctx))}`;
  const names = new Map<string, string>();
  for (const role of await googleAll(client, `${base}/roles`, { maxResults: 100 }, 'items', ctx.signal)) {
    const id = isObject(role) ? text(role['roleId']) : undefined;
    if (id !== undefined && isObject(role)) names.set(id, text(role['roleName']) ?? id);
  }
  const index = { users: new Map<string, JsonObject[]>(), groups: new Map<string, JsonObject[]>() };
  for (const assignment of await googleAll(client, `${base}/roleassignments`, { maxResults: 200 }, 'items', ctx.signal)) {
    // The reference documents the enum as USER or GROUP; lower case is read the same.
    const kind = isObject(assignment) ? ASSIGNEES[(text(assignment['assigneeType']) ?? 'user').toLowerCase()] : undefined;
    if (!isObject(assignment) || kind === undefined) continue;
    const roleId = text(assignment['roleId']);
    const holderId = text(assignment['assignedTo']);
    if (roleId === undefined || holderId === undefined) continue;
    const ref: JsonObject = { value: roleId, display: names.get(roleId) ?? roleId };
    const held = index[kind].get(holderId) ?? [];
    if (!held.some((r) => r['value'] === roleId)) held.push(ref);
    index[kind].set(holderId, held);
  }
  return index;
}
