// Roles read from users' role attributes: resources with ids from the role value, and user→role grants.
import { packAnnotation, type Entitlement, type Grant, type Resource } from '@baton-scim/core';
import type { ScimConfig, UserRolePaths } from '../config/types.js';
import { memberEntitlement, memberGrant } from './memberships.js';
import { toStruct } from './profile.js';
import { scimResourceId } from './resource-types.js';
import { elementsAt, textAt, usableId } from './values.js';
import type { MappingWarnings } from './warnings.js';

/**
 * The role resources a user holds, de-duplicated. The id is the role value exactly as the server sent it,
 * never the display name: it is what a grant sends back, and display names change.
 * `name`/`display` paths are relative to each role element; `$` reads elements that are plain strings.
 */
export function extractRoles(json: unknown, config: ScimConfig, warnings: MappingWarnings): Resource[] {
  const paths = config.user.roles;
  return paths === undefined ? [] : rolesAt(paths, json, () => textAt(config.user.id, json) ?? '(user without id)', warnings);
}

/** The roles a group holds (group.roles); [] unless the config maps them. */
export function extractGroupRoles(json: unknown, config: ScimConfig, warnings: MappingWarnings): Resource[] {
  const paths = config.group.roles;
  return paths === undefined ? [] : rolesAt(paths, json, () => `group ${textAt(config.group.id, json) ?? '(without id)'}`, warnings);
}

function rolesAt(paths: UserRolePaths, json: unknown, owner: () => string, warnings: MappingWarnings): Resource[] {
  const roles = new Map<string, Resource>();
  for (const element of elementsAt(paths.path, json)) {
    const value = textAt(paths.name, element);
    if (value === undefined) {
      warnings.note('role-without-value', owner());
      continue;
    }
    if (!usableId(value)) {
      warnings.note('role-bad-value', value.slice(0, 64));
      continue;
    }
    if (!roles.has(value)) roles.set(value, roleResource(value, textAt(paths.display, element)));
  }
  return [...roles.values()];
}

export function roleResource(value: string, display: string | undefined): Resource {
  const profile = new Map([['role_id', value]]);
  if (display !== undefined) profile.set('role_name', display);
  return {
    id: scimResourceId('role', value),
    displayName: display ?? value,
    annotations: [packAnnotation('RoleTrait', { profile: toStruct(profile) })],
  };
}

/** `heldByGroups`: the config maps group.roles, so the role is grantable to groups as well as users. */
export function roleEntitlements(role: Resource, heldByGroups = false): Entitlement[] {
  return [memberEntitlement(role, heldByGroups ? 'group-held role' : 'role')];
}

/** Grants of each role's member entitlement to the user that holds them. */
export function userRoleGrants(user: Resource, roles: readonly Resource[]): Grant[] {
  const principal = user.id ?? {};
  return roles.map((role) => memberGrant(role, principal));
}
