// Webex returns no members in group listings by default and at most 500 from GET /Groups/{id}; the complete,
// paged list is GET /Groups/{id}/Members, with `memberSize` as the total. YAML has no way to name a sub-resource.
import { hookPage, ScimHttpError, type JsonObject, type JsonValue, type ListHookContext, type ListHookResult, type ScimProviderHooks } from '@baton-scim/scim';

/** Webex's documented maximum `count` for GET /Groups/{id}/Members. */
export const MEMBER_PAGE_MAX = 500;

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(path: string, problem: string): ScimHttpError {
  return new ScimHttpError({
    code: 'invalid-data',
    method: 'GET',
    path,
    problem,
    advice: 'check that --api-endpoint is https://webexapis.com/identity/scim/<orgId>/v2/',
    requestSent: true,
  });
}

/** The 1-based index a position names; '' is the first page. */
function startIndexOf(position: string, path: string): number {
  if (position === '') return 1;
  const index = Number(position);
  if (!Number.isSafeInteger(index) || index < 1) throw invalid(path, `the member page position "${position.slice(0, 40)}" is not a start index`);
  return index;
}

/**
 * One page of a group's members; the position is the next start index until `memberSize` members are read, and
 * the shared hook paging bounds the listing (a page cap, and items repeated from the page before are dropped).
 */
export async function listGroupMembers(groupId: string, ctx: ListHookContext): Promise<ListHookResult> {
  const path = `/Groups/${encodeURIComponent(groupId)}/Members`;
  const idOf = (member: JsonObject): string | undefined => (typeof member['value'] === 'string' ? member['value'] : undefined);
  return hookPage(ctx.cursor, { what: `Webex GET ${path}`, idOf }, async (position) => {
    const startIndex = startIndexOf(position, path);
    const count = Math.min(ctx.pageSize, MEMBER_PAGE_MAX);
    const res = await ctx.client.get(path, { startIndex, count }, { signal: ctx.signal });
    const body = res.body;
    if (!isObject(body) || !Array.isArray(body['members']) || typeof body['memberSize'] !== 'number') {
      throw invalid(path, 'did not return a member list with `members` and `memberSize`');
    }
    const members = body['members'].filter(isObject);
    const next = startIndex + members.length;
    const total = body['memberSize'];
    // An empty page before the total is reached would otherwise end the listing short, or loop forever.
    if (members.length === 0 && next <= total) {
      throw invalid(path, `returned no members at startIndex ${startIndex} although memberSize is ${total}`);
    }
    return { items: members, next: next <= total ? String(next) : '' };
  });
}

export const hooks: ScimProviderHooks = { listGroupMembers };
