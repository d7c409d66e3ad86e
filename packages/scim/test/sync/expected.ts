// What a sync of a generated directory must hold, computed from the directory data itself.
import type { ScimDirectoryData, ScimGroup, ScimUser } from '@baton-scim/testkit';

export interface ExpectedUser {
  readonly displayName: string;
  readonly emails: { address: string; isPrimary: boolean }[];
  readonly enabled: boolean;
  readonly login: string;
}

export function expectedUser(user: ScimUser): ExpectedUser {
  const primary = user.emails?.find((e) => e.primary)?.value ?? user.emails?.[0]?.value;
  const rest = (user.emails ?? []).map((e) => e.value).filter((v) => v !== primary);
  const emails = primary === undefined ? [] : [{ address: primary, isPrimary: true }, ...rest.map((address) => ({ address, isPrimary: false }))];
  const name = user.name ? `${user.name.givenName} ${user.name.familyName}` : user.userName;
  return { displayName: name, emails, enabled: user.active !== false, login: user.userName };
}

/** role value → display name of its first holder, in listing order. */
export function expectedRoles(data: ScimDirectoryData): Map<string, string> {
  const roles = new Map<string, string>();
  for (const user of data.users) for (const role of user.roles ?? []) if (!roles.has(role.value)) roles.set(role.value, role.display);
  return roles;
}

/** Direct membership grant ids: `group:<gid>:member:<user|group>:<id>`. */
export function directGroupGrants(groups: readonly ScimGroup[]): string[] {
  return groups.flatMap((g) => (g.members ?? []).map((m) => `group:${g.id}:member:${m.type === 'Group' ? 'group' : 'user'}:${m.value}`));
}

/** Every grant after expansion: a group holds the principals of all groups nested in it, at any depth. */
export function expandedGroupGrants(groups: readonly ScimGroup[]): string[] {
  const byId = new Map(groups.map((g) => [g.id, g]));
  const out = new Set<string>();
  for (const group of groups) {
    const seen = new Set<string>();
    const visit = (current: ScimGroup): void => {
      for (const member of current.members ?? []) {
        const type = member.type === 'Group' ? 'group' : 'user';
        out.add(`group:${group.id}:member:${type}:${member.value}`);
        const nested = type === 'group' ? byId.get(member.value) : undefined;
        if (nested && !seen.has(nested.id)) {
          seen.add(nested.id);
          visit(nested);
        }
      }
    };
    visit(group);
  }
  return [...out].sort();
}

export function roleGrants(users: readonly ScimUser[]): string[] {
  return users.flatMap((u) => [...new Set((u.roles ?? []).map((r) => r.value))].map((v) => `role:${v}:member:user:${u.id}`)).sort();
}

export function expectedEntitlements(data: ScimDirectoryData): string[] {
  return [...data.groups.map((g) => `group:${g.id}:member`), ...[...expectedRoles(data).keys()].map((v) => `role:${v}:member`)].sort();
}
