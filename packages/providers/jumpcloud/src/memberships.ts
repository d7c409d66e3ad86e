// Group membership grants and revokes with JumpCloud's v2 API, read back on the user's groups:
// POST /v2/usergroups/{id}/members with { op, type: 'user', id }, and GET /v2/users/{id}/memberof.
import type { GroupMembershipHooks, MembershipHookContext } from '@baton-scim/scim';
import { isObject, text } from './json.js';
import { MAX_LIMIT, skipAll } from './skip-paging.js';

const enc = encodeURIComponent;

/** The user groups the user belongs to, every page of `limit`/`skip`; entries of any other type are ignored. */
async function groupsOf(userId: string, ctx: MembershipHookContext): Promise<readonly string[]> {
  const items = await skipAll({ ...ctx, pageSize: MAX_LIMIT }, `v2/users/${enc(userId)}/memberof`);
  return items.map((item) => (isObject(item) && text(item['type']) === 'user_group' ? text(item['id']) : undefined)).filter((id): id is string => id !== undefined);
}

async function change(op: 'add' | 'remove', groupId: string, userId: string, ctx: MembershipHookContext): Promise<void> {
  await ctx.client.send('POST', `v2/usergroups/${enc(groupId)}/members`, { op, type: 'user', id: userId }, { signal: ctx.signal });
}

export const groupMembership: GroupMembershipHooks = {
  add: (groupId, userId, ctx) => change('add', groupId, userId, ctx),
  remove: (groupId, userId, ctx) => change('remove', groupId, userId, ctx),
  groupsOf,
};
