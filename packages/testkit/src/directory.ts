// The live, mutable directory a test server serves, and the derived `User.groups` back-references.
import { locationOf, type ScimDirectoryData, type ScimGroup, type ScimGroupRef, type ScimUser } from './scim-types.js';

/** Maps keep insertion order, which is the order list endpoints page through. */
export interface ScimDirectory {
  users: Map<string, ScimUser>;
  groups: Map<string, ScimGroup>;
}

export function toDirectory(data: ScimDirectoryData): ScimDirectory {
  const copy = structuredClone(data);
  return {
    users: new Map(copy.users.map((u) => [u.id, u])),
    groups: new Map(copy.groups.map((g) => [g.id, g])),
  };
}

export function toDirectoryData(directory: ScimDirectory): ScimDirectoryData {
  return structuredClone({ users: [...directory.users.values()], groups: [...directory.groups.values()] });
}

/**
 * `User.groups` is read-only in RFC 7643: servers derive it from group members, so it is
 * recomputed from the groups (direct memberships only) instead of being stored twice.
 */
export function deriveUserGroups(users: Iterable<ScimUser>, groups: Iterable<ScimGroup>): void {
  const byUser = new Map<string, ScimGroupRef[]>();
  for (const group of groups) {
    for (const member of group.members ?? []) {
      if (member.type === 'Group') continue;
      const refs = byUser.get(member.value) ?? [];
      const ref = locationOf(group);
      refs.push({ value: group.id, display: group.displayName, ...(ref === undefined ? {} : { $ref: ref }), type: 'direct' });
      byUser.set(member.value, refs);
    }
  }
  for (const user of users) {
    const refs = byUser.get(user.id);
    if (refs === undefined) delete user.groups;
    else user.groups = refs;
  }
}
