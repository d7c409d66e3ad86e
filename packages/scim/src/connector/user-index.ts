// Rebuilds the roles and groups-on-user data when this process did not see the whole user listing (a resume).
import type { JsonObject } from '../http/json.js';
import { userIdOf } from '../mapping/users.js';
import { MappingWarnings } from '../mapping/warnings.js';
import type { ConnectorContext } from './context.js';
import { ensureComplete } from './ensure-complete.js';
import { attributesFor, walkListing } from './listing.js';
import type { UserIndex } from './memberships-cache.js';
import { mapUsers, recordUser } from './users.js';

/**
 * The user index, complete. After a resume the user listing happened in another process, so the users are
 * listed again, asking only for the attributes the index needs: correctness first, and these extra
 * requests happen on this path only.
 */
export async function ensureUserIndex(ctx: ConnectorContext, signal: AbortSignal): Promise<UserIndex> {
  return ensureComplete(ctx.cache.users, () => rebuild(ctx, signal));
}

async function rebuild(ctx: ConnectorContext, signal: AbortSignal): Promise<void> {
  const { user } = ctx.config;
  const index = ctx.cache.users;
  // A mapUser hook may drop users, so it must see whole records; otherwise only ids, roles and groups are read.
  const attributes = ctx.hooks.mapUser ? undefined : attributesFor([user.id, user.roles?.path, user.groupsOnUser?.path]);
  ctx.logger.info({ attributes: attributes?.join(',') ?? '(all)' }, 'listing users again to rebuild roles and memberships for a resumed sync');
  // The first process already reported these records' mapping problems.
  const warnings = new MappingWarnings();
  index.reset();
  await walkListing(ctx, 'users', { signal, purpose: 'userIndexPages', ...(attributes ? { attributes } : {}) }, (items) => {
    if (ctx.hooks.mapUser) mapUsers(ctx, items, warnings);
    else items.forEach((json: JsonObject) => recordIfIdentified(ctx, json, warnings));
  });
  index.progress.markComplete();
}

function recordIfIdentified(ctx: ConnectorContext, json: JsonObject, warnings: MappingWarnings): void {
  const id = userIdOf(json, ctx.config.user, warnings);
  if (id !== undefined) recordUser(ctx, id, json, warnings);
}
