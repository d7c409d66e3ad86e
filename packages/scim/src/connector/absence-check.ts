// Members that point to users or groups no listing held: a server that keeps deleted users in groups, or a listing that left resources out.
import { BatonError, type Resource, type ResourceId } from '@baton-scim/core';
import { ScimHttpError } from '../http/errors.js';
import { isJsonObject } from '../http/json.js';
import { clientFor, type ConnectorContext } from './context.js';
import { walkListing, type ListingKind } from './listing.js';

/** Direct reads per sync: enough to tell the two cases apart, never a request per dangling member. */
export const MAX_ABSENCE_CHECKS = 3;

const KINDS: Record<string, { kind: ListingKind; path: string }> = {
  user: { kind: 'users', path: '/Users' },
  group: { kind: 'groups', path: '/Groups' },
};

/**
 * Reads up to MAX_ABSENCE_CHECKS of the principals a group's members name but no listing held, directly
 * (`GET /Users/{id}`). A 404 is a server that keeps deleted users in groups: the grant is left out with a
 * warning as before. A principal that exists means the listing left it out, so the sync holds less than the
 * server has: the listing is read once more to tell a listing that changed during the sync from one that
 * leaves resources out, and the sync fails either way, naming the server behaviour and the setting to change.
 * Skipped where a hook reads or filters that listing (its resources need not be served at that endpoint).
 */
export async function checkAbsent(ctx: ConnectorContext, group: Resource, principals: readonly ResourceId[], signal: AbortSignal): Promise<void> {
  for (const principal of principals) {
    if (ctx.cache.absenceChecks >= MAX_ABSENCE_CHECKS) return;
    const target = KINDS[principal.resourceType ?? ''];
    const id = principal.resource ?? '';
    if (target === undefined || id === '' || hookedListing(ctx, target.kind)) continue;
    ctx.cache.absenceChecks += 1;
    if (!(await exists(ctx, target.path, id, signal))) continue;
    const reappeared = await listingHolds(ctx, target.kind, id, signal);
    throw new BatonError('invalid-data', missingMessage(group, target, id, reappeared));
  }
}

function hookedListing(ctx: ConnectorContext, kind: ListingKind): boolean {
  const { hooks } = ctx;
  return kind === 'users' ? hooks.listUsers !== undefined || hooks.mapUser !== undefined : hooks.listGroups !== undefined || hooks.mapGroup !== undefined;
}

/** True when the server serves the resource; a 404 says it does not; any other failure proves nothing and is logged. */
async function exists(ctx: ConnectorContext, path: string, id: string, signal: AbortSignal): Promise<boolean> {
  const client = await clientFor(ctx, 'absenceChecks');
  const at = `${path}/${encodeURIComponent(id)}`;
  try {
    const res = await client.get(at, { attributes: 'id' }, { signal });
    return isJsonObject(res.body);
  } catch (err) {
    if (err instanceof ScimHttpError && (err.status === 404 || err.status === 410)) return false;
    if (signal.aborted || !(err instanceof ScimHttpError)) throw err;
    ctx.logger.warn({ path: at, status: err.status ?? null }, 'could not read a member that no listing held; its grant is left out unchecked');
    return false;
  }
}

async function listingHolds(ctx: ConnectorContext, kind: ListingKind, id: string, signal: AbortSignal): Promise<boolean> {
  let found = false;
  const purpose = kind === 'users' ? 'userIndexPages' : 'groupIndexPages';
  await walkListing(ctx, kind, { signal, purpose, attributes: ['id'] }, (items) => {
    found ||= items.some((item) => item['id'] === id);
  });
  return found;
}

function missingMessage(group: Resource, target: { kind: ListingKind; path: string }, id: string, reappeared: boolean): string {
  const member = `group "${group.id?.resource ?? ''}" has member ${target.path.slice(1, -1).toLowerCase()} "${id}", which GET ${target.path}/${id} returns but the ${target.kind} listing of this sync did not hold`;
  const why = reappeared
    ? 'a second read of the listing holds it, so the server changed the listing during the sync or pages it unreliably'
    : `a second read of the listing left it out too: the server's ${target.path} listing omits resources that exist (a silent cap on count, or paging that skips)`;
  return (
    `${member}; ${why}. This sync was not saved, as it would hold less than the server has. ` +
    'Set pagination.pageSize to the page size the server really serves, or pagination.style "cursor" if it supports cursors' +
    (reappeared ? ', and run the sync again' : '')
  );
}
