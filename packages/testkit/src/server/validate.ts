// Checks resources a client POSTs, PUTs or PATCHes, and fills server-owned fields of group members.
import { isList, isRecord, locationOf, type ScimGroup, type ScimMember, type ScimUser } from '../scim-types.js';
import { ScimHttpError } from './http-io.js';
import type { ServerState } from './state.js';

function requireString(resource: Record<string, unknown>, attr: string): string {
  const value = resource[attr];
  if (typeof value !== 'string' || value.trim() === '') throw new ScimHttpError(400, `"${attr}" is required and must be a non-empty string`, 'invalidValue');
  return value;
}

export function checkSchemas(body: Record<string, unknown>, coreSchema: string): void {
  const schemas = body['schemas'];
  if (!isList(schemas) || !schemas.includes(coreSchema)) {
    throw new ScimHttpError(400, `"schemas" must include "${coreSchema}"`, 'invalidSyntax');
  }
}

/** userName is unique and, per RFC 7643, not case-exact. */
export function validateUser(state: ServerState, candidate: Record<string, unknown>, selfId: string): ScimUser {
  const userName = requireString(candidate, 'userName').toLowerCase();
  for (const other of state.directory.users.values()) {
    if (other.id !== selfId && other.userName.toLowerCase() === userName) {
      throw new ScimHttpError(409, `userName "${String(candidate['userName'])}" is already taken by user ${other.id}`, 'uniqueness');
    }
  }
  if (candidate['active'] !== undefined && typeof candidate['active'] !== 'boolean') {
    throw new ScimHttpError(400, '"active" must be a boolean', 'invalidValue');
  }
  return candidate as ScimUser;
}

/** Members must exist; display, type and $ref come from the directory, and duplicates collapse. */
export function validateGroup(state: ServerState, candidate: Record<string, unknown>, selfId: string): ScimGroup {
  requireString(candidate, 'displayName');
  const raw = candidate['members'];
  if (raw === undefined || raw === null) {
    delete candidate['members'];
    return candidate as ScimGroup;
  }
  if (!isList(raw)) throw new ScimHttpError(400, '"members" must be an array', 'invalidValue');
  const members = new Map<string, ScimMember>();
  const kept: ScimMember[] = [];
  const { requireMemberType, duplicateMemberAdd, deletedUsersStayInGroups } = state.faults;
  for (const entry of raw) {
    const id = isRecord(entry) ? entry['value'] : undefined;
    if (typeof id !== 'string') throw new ScimHttpError(400, 'Each member needs a string "value" with a user or group id', 'invalidValue');
    if (requireMemberType === true && (!isRecord(entry) || (entry['type'] !== 'User' && entry['type'] !== 'Group'))) {
      throw new ScimHttpError(400, `Member "${id}" needs a "type" of "User" or "Group"`, 'invalidValue');
    }
    const known = state.directory.users.has(id) || state.directory.groups.has(id);
    const member = !known && deletedUsersStayInGroups === true ? (entry as ScimMember) : memberFor(state, id, selfId);
    // A server that requires the type stores the one it was given, so a wrong type is not silently corrected.
    const typed: ScimMember = requireMemberType === true ? { ...member, type: (entry as Record<string, unknown>)['type'] as 'User' | 'Group' } : member;
    kept.push(typed);
    members.set(id, typed);
  }
  candidate['members'] = duplicateMemberAdd === true ? kept : [...members.values()];
  return candidate as ScimGroup;
}

function withRef(member: ScimMember, ref: string | undefined): ScimMember {
  return ref === undefined ? member : { ...member, $ref: ref };
}

function memberFor(state: ServerState, id: string, selfId: string): ScimMember {
  if (id === selfId) throw new ScimHttpError(400, 'A group cannot be a member of itself', 'invalidValue');
  const user = state.directory.users.get(id);
  if (user !== undefined) return withRef({ value: id, display: user.displayName ?? user.userName, type: 'User' }, locationOf(user));
  const group = state.directory.groups.get(id);
  if (group !== undefined) return withRef({ value: id, display: group.displayName, type: 'Group' }, locationOf(group));
  throw new ScimHttpError(400, `Member "${id}" is neither a user nor a group on this server`, 'invalidValue');
}
