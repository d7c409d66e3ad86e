// Each user's groups and role, read from Zoom's REST API per group and per role, since Zoom's SCIM
// ListUsers items carry neither (only GET /Users/{id} does) and its groups carry no members.
import type { JsonObject, ListHookContext } from '@baton-scim/scim';
import { restClient, restListAll, text } from './rest-pages.js';

/** A SCIM-style reference, `{ value, display? }`, as GET /Users/{id} writes groups and roles. */
export type Ref = JsonObject;

/** user id → the groups and roles that hold the user. */
export type MembershipIndex = ReadonlyMap<string, { readonly groups: Ref[]; readonly roles: Ref[] }>;

function refOf(item: JsonObject, name: string): Ref | undefined {
  const value = text(item['id']);
  if (value === undefined) return undefined;
  const display = text(item[name]);
  return display === undefined ? { value } : { value, display };
}

/**
 * One listing of roles and groups, then one listing of each one's members: requests grow with the number
 * of roles and groups and with members / 300, never with one request per user.
 */
export async function readMemberships(ctx: ListHookContext): Promise<MembershipIndex> {
  const client = restClient(ctx);
  const index = new Map<string, { groups: Ref[]; roles: Ref[] }>();
  const holder = (userId: string): { groups: Ref[]; roles: Ref[] } => {
    let entry = index.get(userId);
    if (entry === undefined) index.set(userId, (entry = { groups: [], roles: [] }));
    return entry;
  };
  const sources = [
    { list: 'roles', key: 'roles' as const, name: 'name' },
    { list: 'groups', key: 'groups' as const, name: 'name' },
  ];
  for (const source of sources) {
    for (const item of await restListAll(client, source.list, source.key, ctx.signal)) {
      const ref = refOf(item, source.name);
      const id = text(item['id']);
      if (ref === undefined || id === undefined) continue;
      const members = await restListAll(client, `${source.list}/${encodeURIComponent(id)}/members`, 'members', ctx.signal);
      for (const member of members) {
        const userId = text(member['id']);
        if (userId !== undefined) holder(userId)[source.key].push(ref);
      }
    }
  }
  return index;
}
