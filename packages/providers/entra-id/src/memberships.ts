// Group membership grants and revokes through Microsoft Graph, read back on the user's direct memberships:
// POST /groups/{id}/members/$ref, DELETE /groups/{id}/members/{userId}/$ref, GET /users/{id}/memberOf.
import { pathSegment } from '@baton-scim/scim';
import type { GroupMembershipHooks, MembershipHookContext } from '@baton-scim/scim';
import { graphAll } from './graph-pages.js';
import { isObject, text } from './json.js';

const enc = pathSegment;
const GROUP_TYPE = '#microsoft.graph.group';

/**
 * The groups the user is a direct member of. memberOf also lists directory roles and administrative units,
 * which are not groups, so only `@odata.type` group entries count; every `@odata.nextLink` is followed, and only
 * under the API base (graphAll refuses any other).
 */
async function groupsOf(userId: string, ctx: MembershipHookContext): Promise<readonly string[]> {
  const items = await graphAll(ctx, `users/${enc(userId)}/memberOf`, {});
  const ids: string[] = [];
  for (const item of items) {
    const id = isObject(item) && text(item['@odata.type']) === GROUP_TYPE ? text(item['id']) : undefined;
    if (id !== undefined) ids.push(id);
  }
  return ids;
}

export const groupMembership: GroupMembershipHooks = {
  /** POST /groups/{id}/members/$ref with the user's directoryObject URL, as Graph documents it. */
  add: async (groupId, userId, ctx) => {
    const ref = new URL(`directoryObjects/${enc(userId)}`, ctx.config.apiEndpoint).toString();
    await ctx.client.send('POST', `groups/${enc(groupId)}/members/$ref`, { '@odata.id': ref }, { signal: ctx.signal });
  },
  /** DELETE /groups/{id}/members/{userId}/$ref removes exactly that member. */
  remove: async (groupId, userId, ctx) => {
    await ctx.client.send('DELETE', `groups/${enc(groupId)}/members/${enc(userId)}/$ref`, undefined, { signal: ctx.signal });
  },
  groupsOf,
};
