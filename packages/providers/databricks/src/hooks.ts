// Databricks group members carry no SCIM `type`; their `$ref` (Users/…, Groups/…, ServicePrincipals/…) says what they are.
import { pageIndex, type JsonObject, type JsonValue, type ListHookContext, type ListHookResult, type ScimProviderHooks } from '@baton-scim/scim';

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

/** Lists /Groups with the connector's index paging, typing the members of each group on the way. */
export async function listGroups(ctx: ListHookContext): Promise<ListHookResult> {
  const page = await pageIndex({
    client: ctx.client,
    path: '/Groups',
    pageToken: ctx.cursor,
    pageSize: ctx.pageSize,
    signal: ctx.signal,
    logger: ctx.logger,
  });
  return { items: page.resources.map(withMemberTypes), nextCursor: page.nextPageToken };
}

export const hooks: ScimProviderHooks = { listGroups };
