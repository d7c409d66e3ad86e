// Databricks group members carry no SCIM `type`; their `$ref` (Users/…, Groups/…, ServicePrincipals/…) says what they are.
import { pageIndex, ScimHttpError, type JsonObject, type JsonValue, type ListHookContext, type ListHookResult, type ScimProviderHooks } from '@baton-scim/scim';

/** Member types by `$ref` prefix; service principals are neither users nor groups, so the connector skips them. */
const REF_TYPES: ReadonlyArray<readonly [prefix: string, type: string]> = [
  ['Users/', 'User'],
  ['Groups/', 'Group'],
  ['ServicePrincipals/', 'ServicePrincipal'],
];

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The SCIM member type a Databricks `$ref` names, or undefined for a reference this mapping does not know. */
export function memberTypeOf(ref: JsonValue | undefined): string | undefined {
  if (typeof ref !== 'string') return undefined;
  // Some responses carry an absolute URL; only the resource segment before the id matters.
  const tail = ref.replace(/^.*\/(?=[^/]+\/[^/]+$)/, '');
  return REF_TYPES.find(([prefix]) => tail.startsWith(prefix))?.[1];
}

/** A member with the `type` its `$ref` implies; one that already has a type is left as the server sent it. */
function typedMember(member: JsonValue): JsonValue {
  if (!isObject(member) || member['type'] !== undefined) return member;
  const type = memberTypeOf(member['$ref']);
  return type === undefined ? member : { ...member, type };
}

/** The group with each member typed, so nested groups are expanded and service principals are not taken for users. */
export function withMemberTypes(group: JsonObject): JsonObject {
  const members = group['members'];
  return Array.isArray(members) ? { ...group, members: members.map(typedMember) } : group;
}

/**
 * The group with its members. The account-level list no longer returns `members` for accounts created after
 * 2025-08-22 ("retrieved by iterating through Get group details"), so a group listed without the attribute is
 * read on its own, here rather than in the connector, so that its members are typed like listed ones.
 */
async function withMembers(group: JsonObject, ctx: ListHookContext): Promise<JsonObject> {
  if (group['members'] !== undefined && group['members'] !== null) return group;
  const id = group['id'];
  // A group without an id is left for the connector to report.
  if (typeof id !== 'string' || id === '') return group;
  const path = `/Groups/${encodeURIComponent(id)}`;
  const res = await ctx.client.get(path, { attributes: 'members' }, { signal: ctx.signal });
  if (!isObject(res.body)) {
    const problem = `did not return a SCIM Group object, so the members of group ${id} cannot be read`;
    throw new ScimHttpError({ code: 'invalid-data', method: 'GET', path, problem, advice: 'check that --api-endpoint is the account-level SCIM API', requestSent: true });
  }
  // RFC 7643 §2.5: a group read without `members` has none.
  const members = res.body['members'];
  return { ...group, members: Array.isArray(members) ? members : [] };
}

/** Lists /Groups with the connector's index paging, reading the members of each group listed without them. */
export async function listGroups(ctx: ListHookContext): Promise<ListHookResult> {
  const page = await pageIndex({
    client: ctx.client,
    path: '/Groups',
    pageToken: ctx.cursor,
    pageSize: ctx.pageSize,
    signal: ctx.signal,
    logger: ctx.logger,
  });
  // Only the group listing of a sync keeps memberships; the other listings (a resumed sync's group index)
  // need ids and names alone.
  if (ctx.purpose !== 'groupPages') return { items: page.resources, nextCursor: page.nextPageToken };
  const items: JsonObject[] = [];
  for (const group of page.resources) items.push(await withMembers(group, ctx));
  return { items, nextCursor: page.nextPageToken };
}

// Every group object is typed, listed or read on its own (a group whose listed members look cut short, or a resumed sync).
export const hooks: ScimProviderHooks = { listGroups, normaliseGroup: withMemberTypes };
