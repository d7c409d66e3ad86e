// The JumpCloud hooks: users (API v1), user groups and their members (API v2), membership changes through
// v2's members endpoint (each read back on the user's v2 memberof), and the `x-api-key` header JumpCloud authenticates with.
import { ScimHttpError, type HookContext, type JsonObject, type ListHookContext, type ListHookResult, type ScimProviderHooks } from '@baton-scim/scim';
import { scimGroup, scimMember } from './groups.js';
import { groupMembership } from './memberships.js';
import { skipPage } from './skip-paging.js';
import { scimUser } from './users.js';

export async function listUsers(ctx: ListHookContext): Promise<ListHookResult> {
  const page = await skipPage(ctx, 'systemusers');
  return { items: page.items.map(scimUser), nextCursor: page.nextCursor };
}

export async function listGroups(ctx: ListHookContext): Promise<ListHookResult> {
  const page = await skipPage(ctx, 'v2/usergroups');
  return { items: page.items.map(scimGroup), nextCursor: page.nextCursor };
}

export async function listGroupMembers(groupId: string, ctx: ListHookContext): Promise<ListHookResult> {
  const page = await skipPage(ctx, `v2/usergroups/${encodeURIComponent(groupId)}/members`);
  return { items: page.items.map(scimMember).filter((m): m is JsonObject => m !== undefined), nextCursor: page.nextCursor };
}

/** JumpCloud takes the admin API key in `x-api-key`, not in Authorization. */
export function authenticate(ctx: HookContext): Record<string, string> {
  const key = ctx.credentials.apiKey ?? ctx.credentials.token ?? '';
  if (key.trim() === '') {
    const advice = 'set --api-key (BATON_API_KEY) to an administrator API key from the JumpCloud Admin Portal';
    throw new ScimHttpError({ code: 'invalid-argument', method: 'GET', path: ctx.config.apiEndpoint, problem: 'has no API key to send', advice, requestSent: false });
  }
  return { 'x-api-key': key };
}

export const hooks: ScimProviderHooks = { listUsers, listGroups, listGroupMembers, groupMembership, authenticate };
