// Group membership grants and revokes with Okta's API: PUT/DELETE /api/v1/groups/{gid}/users/{uid}, OKTA_GROUP only.
import { ScimHttpError, type GroupMembershipHooks, type JsonValue, type MembershipHookContext } from '@baton-scim/scim';
import { isObject, text } from './json.js';
import { oktaAll } from './link-paging.js';

const USER_GROUPS_LIMIT = 200;

const enc = encodeURIComponent;

/**
 * Okta changes memberships only of groups it owns (type OKTA_GROUP); APP_GROUP members come from the app or
 * directory the group was imported from, and BUILT_IN (Everyone) holds every user.
 */
async function requireOktaGroup(groupId: string, method: string, ctx: MembershipHookContext): Promise<void> {
  const path = `groups/${enc(groupId)}`;
  const res = await ctx.client.get(path, undefined, { signal: ctx.signal });
  const body: JsonValue | undefined = res.body;
  const type = isObject(body) ? text(body['type']) : undefined;
  if (type === 'OKTA_GROUP') return;
  const profile = isObject(body) && isObject(body['profile']) ? body['profile'] : {};
  const name = text(profile['name']) ?? groupId;
  const source = type === 'APP_GROUP' ? 'the app or directory it is imported from' : type === 'BUILT_IN' ? 'Okta itself (it holds every user)' : 'its source';
  throw new ScimHttpError({
    code: 'failed-precondition',
    method,
    path: `${path}/users`,
    problem: `cannot change the members of Okta group "${name}" (${groupId}): it is of type ${type ?? 'unknown'}, and Okta lets only OKTA_GROUP memberships be changed`,
    advice: `change this membership in ${source}; nothing was sent`,
    requestSent: false,
  });
}

/**
 * Every group of the user, following Okta's Link rel="next" pages with `limit` at its documented maximum of 200
 * (List all groups of a user: `limit` <= 200, default 200).
 */
async function groupsOf(userId: string, ctx: MembershipHookContext): Promise<readonly string[]> {
  const groups = await oktaAll(ctx, `users/${enc(userId)}/groups`, { limit: USER_GROUPS_LIMIT });
  return groups.map((group) => (isObject(group) ? text(group['id']) : undefined)).filter((id): id is string => id !== undefined);
}

export const groupMembership: GroupMembershipHooks = {
  add: async (groupId, userId, ctx) => {
    await requireOktaGroup(groupId, 'PUT', ctx);
    await ctx.client.send('PUT', `groups/${enc(groupId)}/users/${enc(userId)}`, undefined, { signal: ctx.signal });
  },
  remove: async (groupId, userId, ctx) => {
    await requireOktaGroup(groupId, 'DELETE', ctx);
    await ctx.client.send('DELETE', `groups/${enc(groupId)}/users/${enc(userId)}`, undefined, { signal: ctx.signal });
  },
  groupsOf,
};
