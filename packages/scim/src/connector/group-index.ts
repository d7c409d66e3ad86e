// Rebuilds the group ids and names when this process did not see the whole group listing (a resume).
import { MappingWarnings } from '../mapping/warnings.js';
import { mapGroup } from '../mapping/groups.js';
import { extractGroupRoles } from '../mapping/roles.js';
import { hookContext, type ConnectorContext } from './context.js';
import { ensureComplete } from './ensure-complete.js';
import { attributesFor, walkListing } from './listing.js';
import type { GroupIndex } from './memberships-cache.js';

/** Needed to resolve group entries on users that carry a name and no id, and for the roles groups hold. */
export async function ensureGroupIndex(ctx: ConnectorContext, signal: AbortSignal): Promise<GroupIndex> {
  return ensureComplete(ctx.cache.groups, () => rebuild(ctx, signal));
}

async function rebuild(ctx: ConnectorContext, signal: AbortSignal): Promise<void> {
  const { group } = ctx.config;
  const index = ctx.cache.groups;
  const attributes = ctx.hooks.mapGroup ? undefined : attributesFor([group.id, group.displayName, group.roles?.path]);
  ctx.logger.info({ attributes: attributes?.join(',') ?? '(all)' }, 'listing groups again to resolve group names and roles for a resumed sync');
  const warnings = new MappingWarnings();
  index.reset();
  await walkListing(ctx, 'groups', { signal, purpose: 'groupIndexPages', ...(attributes ? { attributes } : {}) }, (items) => {
    for (const json of items) {
      const mapped = mapGroup(json, ctx.config, warnings);
      const kept = mapped && ctx.hooks.mapGroup ? ctx.hooks.mapGroup(mapped, json, hookContext(ctx)) : mapped;
      if (kept) index.record(kept, undefined, extractGroupRoles(json, ctx.config, warnings));
    }
  });
  index.progress.markComplete();
}
