// Directory roles as each user's and each group's `roles`: the activated roles (GET /directoryRoles) and their
// members, users and role-assignable groups alike (a group's role reaches its members by grant expansion).
import type { JsonObject, JsonValue, ListHookContext } from '@baton-scim/scim';
import { graphAll } from './graph-pages.js';
import { isObject, text } from './json.js';

/** user id / group id → the directory roles held, as `{ value: roleTemplateId, display }`. */
export interface RoleIndex {
  readonly users: ReadonlyMap<string, JsonObject[]>;
  readonly groups: ReadonlyMap<string, JsonObject[]>;
}

/**
 * Graph documents that a directory role's members list "returns a default of 1,000 objects and doesn't support
 * pagination using $top"; a list that long may be cut short without a nextLink.
 */
export const ROLE_MEMBERS_CAP = 1000;

const HOLDERS: Readonly<Record<string, 'users' | 'groups'>> = {
  '#microsoft.graph.user': 'users',
  '#microsoft.graph.group': 'groups',
};

/**
 * A role's tenant-wide assignees from the role assignments (`GET /roleManagement/directory/roleAssignments`
 * filtered on the role's template id, principals expanded), which page with nextLink without that cap.
 * Assignments scoped to an administrative unit or an app are not directory role membership, so they are left out.
 */
async function assignees(ctx: ListHookContext, templateId: string): Promise<JsonValue[]> {
  const query = { $filter: `roleDefinitionId eq '${templateId.replaceAll("'", "''")}'`, $expand: 'principal' };
  const assignments = await graphAll(ctx, 'roleManagement/directory/roleAssignments', query);
  return assignments.filter((a) => isObject(a) && (text(a['directoryScopeId']) ?? '/') === '/').map((a) => (isObject(a) ? (a['principal'] ?? null) : null));
}

/**
 * One request for the roles (Graph lists only activated ones, without paging) and one member listing per
 * role; a role's `roleTemplateId` is its id, the same in every tenant.
 */
export async function readRoles(ctx: ListHookContext): Promise<RoleIndex> {
  const index = { users: new Map<string, JsonObject[]>(), groups: new Map<string, JsonObject[]>() };
  for (const role of await graphAll(ctx, 'directoryRoles', { $select: 'id,displayName,roleTemplateId' })) {
    if (!isObject(role)) continue;
    const id = text(role['id']);
    const value = text(role['roleTemplateId']) ?? id;
    if (id === undefined || value === undefined) continue;
    const ref: JsonObject = { value, display: text(role['displayName']) ?? value };
    let members = await graphAll(ctx, `directoryRoles/${encodeURIComponent(id)}/members`, { $select: 'id' });
    if (members.length >= ROLE_MEMBERS_CAP) members = await assignees(ctx, value);
    for (const member of members) {
      const kind = isObject(member) ? HOLDERS[text(member['@odata.type']) ?? ''] : undefined;
      const holderId = isObject(member) ? text(member['id']) : undefined;
      if (kind === undefined || holderId === undefined) continue;
      const held = index[kind].get(holderId);
      if (held === undefined) index[kind].set(holderId, [ref]);
      else if (!held.some((r) => r['value'] === value)) held.push(ref);
    }
  }
  return index;
}
