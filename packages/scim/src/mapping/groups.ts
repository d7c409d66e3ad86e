// Maps SCIM Groups to Baton groups, their member entitlement, and membership grants (nested groups too).
import { BatonError, packAnnotation, type Entitlement, type Grant, type Resource } from '@baton-scim/core';
import type { ScimConfig } from '../config/types.js';
import { expandableAnnotation, memberEntitlement, memberGrant } from './memberships.js';
import { toStruct } from './profile.js';
import { scimResourceId, type ScimResourceTypeId } from './resource-types.js';
import { elementsAt, scalarText, textAt, usableId } from './values.js';
import type { MappingWarnings } from './warnings.js';

/** A group resource, or undefined (noted) for a record without a usable id. */
export function mapGroup(json: unknown, config: ScimConfig, warnings: MappingWarnings): Resource | undefined {
  const id = textAt(config.group.id, json);
  const fullName = textAt(config.group.displayName, json);
  const name = id === undefined ? fullName : warnings.capped(fullName, id);
  if (id === undefined) {
    warnings.note('group-without-id', name ?? '(no displayName either)');
    return undefined;
  }
  if (!usableId(id)) {
    warnings.note('group-bad-id', id.slice(0, 64));
    return undefined;
  }
  if (name === undefined) warnings.note('group-without-name', id);
  const profile = new Map([['group_id', id]]);
  if (name !== undefined) profile.set('group_name', name);
  return {
    id: scimResourceId('group', id),
    displayName: name ?? id,
    annotations: [packAnnotation('GroupTrait', { profile: toStruct(profile) })],
  };
}

export function groupEntitlements(group: Resource): Entitlement[] {
  return [memberEntitlement(group, 'group')];
}

/** The member elements embedded in a group object; [] when the config maps no members. */
export function groupMembers(json: unknown, config: ScimConfig): unknown[] {
  const members = config.group.members;
  return members === undefined ? [] : elementsAt(members.path, json);
}

/**
 * Whether the group object carries its members attribute at all, even as []. A missing attribute says
 * nothing about the members: the listing may leave them out, or the server may omit an empty list.
 */
export function carriesMembers(json: unknown, config: ScimConfig): boolean {
  const members = config.group.members;
  return members !== undefined && members.path.all(json).some((hit) => hit !== null && hit !== undefined);
}

/**
 * Grants for a page of member elements (embedded, or read separately with excludeMembersInList).
 * A member whose type is "Group" becomes a group principal whose own members are expanded into this group.
 */
export function groupMemberGrants(
  group: Resource,
  members: readonly unknown[],
  config: ScimConfig,
  warnings: MappingWarnings,
): Grant[] {
  return memberRefGrants(group, memberRefs(group, members, config, warnings));
}

/**
 * A member as the grant phase needs it, "u:<id>" or "g:<id>": a few dozen bytes where the member's JSON
 * object took hundreds, so a million memberships kept between the listing and the grants stay small.
 */
export type MemberRef = string;

/** The usable members of a group, in order; members without an id or of an unknown type are noted and left out. */
export function memberRefs(group: Resource, members: readonly unknown[], config: ScimConfig, warnings: MappingWarnings): MemberRef[] {
  const paths = config.group.members;
  if (paths === undefined) return [];
  const refs: MemberRef[] = [];
  let withoutId = 0;
  for (const member of members) {
    const id = textAt(paths.id, member);
    if (id === undefined || !usableId(id)) {
      warnings.note('member-without-id', `group ${group.id?.resource ?? ''}`);
      withoutId += 1;
      continue;
    }
    const type = memberType(paths.type.first(member));
    if (type === undefined) {
      warnings.note('member-unknown-type', `${id} (${String(scalarText(paths.type.first(member)))})`);
      continue;
    }
    refs.push(`${type === 'group' ? 'g' : 'u'}:${id}`);
  }
  if (withoutId > 0 && withoutId === members.length) throw unreadableMembers(group, members.length, config);
  return refs;
}

/**
 * A group whose member list is not empty but holds no usable id: read as "no members", every membership of
 * the group would vanish from the sync, so the sync fails instead.
 */
function unreadableMembers(group: Resource, count: number, config: ScimConfig): BatonError {
  const paths = config.group.members;
  return new BatonError(
    'invalid-data',
    `group "${group.id?.resource ?? ''}" (${group.displayName ?? ''}): its "${paths?.path.source ?? 'members'}" list holds ${count} ` +
      `member${count === 1 ? '' : 's'}, none with a usable id at "${paths?.id.source ?? 'value'}": the server sent member elements ` +
      'without their id (some servers drop sub-attributes on reads with attributes=), so the memberships cannot be read and this ' +
      `sync was not saved. Check group.members.id in ${config.file} against what the server returns for this group.`,
  );
}

/** One grant per distinct member; a nested group's grant is expandable. */
export function memberRefGrants(group: Resource, refs: readonly MemberRef[]): Grant[] {
  const grants = new Map<string, Grant>();
  for (const ref of refs) {
    const type: ScimResourceTypeId = ref.startsWith('g:') ? 'group' : 'user';
    const principal = scimResourceId(type, ref.slice(2));
    const grant = memberGrant(group, principal, type === 'group' ? [expandableAnnotation(principal)] : undefined);
    grants.set(grant.id ?? '', grant);
  }
  return [...grants.values()];
}

/** SCIM member type, case-insensitively; a missing type means a user (RFC 7643 §4.2 makes it optional). */
function memberType(raw: unknown): ScimResourceTypeId | undefined {
  if (raw === undefined || raw === null) return 'user';
  const type = scalarText(raw)?.toLowerCase();
  if (type === 'user') return 'user';
  if (type === 'group') return 'group';
  return undefined;
}
