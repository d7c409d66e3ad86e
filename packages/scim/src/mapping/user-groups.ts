// Group memberships read from the user object (hasGroupsOnUser, as Zoom needs), without a request per user.
import type { Grant, Resource } from '@baton-scim/core';
import type { ScimConfig } from '../config/types.js';
import { memberGrant } from './memberships.js';
import { scimResourceId } from './resource-types.js';
import { elementsAt, textAt, usableId } from './values.js';
import type { MappingWarnings } from './warnings.js';

export type GroupLookup =
  | { readonly kind: 'found'; readonly group: Resource }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'ambiguous'; readonly ids: readonly string[] };

/** Groups from the group listing, by id and by display name, to resolve memberships that carry only a name. */
export class GroupNameIndex {
  private readonly byId = new Map<string, Resource>();
  private readonly byName = new Map<string, Resource[]>();
  private readonly byLowerName = new Map<string, Resource[]>();

  add(group: Resource): void {
    const id = group.id?.resource;
    if (id === undefined || id === null || this.byId.has(id)) return;
    this.byId.set(id, group);
    const name = group.displayName ?? id;
    append(this.byName, name, group);
    append(this.byLowerName, name.toLowerCase(), group);
  }

  byGroupId(id: string): Resource | undefined {
    return this.byId.get(id);
  }

  /** Exact name first; otherwise a case-insensitive match, as SCIM displayName is not case-exact. */
  resolve(name: string): GroupLookup {
    const matches = this.byName.get(name) ?? this.byLowerName.get(name.toLowerCase()) ?? [];
    const [only] = matches;
    if (only === undefined) return { kind: 'unknown' };
    if (matches.length === 1) return { kind: 'found', group: only };
    return { kind: 'ambiguous', ids: matches.map((g) => g.id?.resource ?? '') };
  }
}

function append(map: Map<string, Resource[]>, key: string, group: Resource): void {
  const list = map.get(key);
  if (list) list.push(group);
  else map.set(key, [group]);
}

/** Grants of the user's groups; [] unless hasGroupsOnUser is configured. */
export function userGroupGrants(
  user: Resource,
  json: unknown,
  config: ScimConfig,
  index: GroupNameIndex,
  warnings: MappingWarnings,
): Grant[] {
  const paths = config.user.groupsOnUser;
  if (paths === undefined || !user.id) return [];
  const grants = new Map<string, Grant>();
  for (const element of elementsAt(paths.path, json)) {
    const group = resolveGroup(element, paths, index, warnings, user.id.resource ?? '');
    if (group === undefined) continue;
    const grant = memberGrant(group, user.id);
    grants.set(grant.id ?? '', grant);
  }
  return [...grants.values()];
}

function resolveGroup(
  element: unknown,
  paths: NonNullable<ScimConfig['user']['groupsOnUser']>,
  index: GroupNameIndex,
  warnings: MappingWarnings,
  userId: string,
): Resource | undefined {
  const id = textAt(paths.id, element);
  if (id !== undefined && usableId(id)) return index.byGroupId(id) ?? { id: scimResourceId('group', id) };
  const name = textAt(paths.name, element);
  if (name === undefined) {
    warnings.note('user-group-without-id', userId);
    return undefined;
  }
  const lookup = index.resolve(name);
  if (lookup.kind === 'found') return lookup.group;
  warnings.note(lookup.kind === 'unknown' ? 'user-group-unknown-name' : 'user-group-ambiguous-name', name);
  return undefined;
}
