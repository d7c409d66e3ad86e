// What a resumed sync needs from the pages an earlier process listed: saved with each page, reloaded on resume.
import type { Page, Resource, SavedState, SyncReader } from '@baton-scim/core';
import { GROUP_RESOURCE_TYPE, USER_RESOURCE_TYPE } from '../mapping/resource-types.js';
import type { MappingWarnings } from '../mapping/warnings.js';
import type { ListingEnd } from '../paging/page-request.js';
import type { ConnectorContext } from './context.js';
import { SAVED_GROUP_ROLES, SAVED_MEMBER_SIZES, SAVED_MEMBERS, SAVED_USER, type DroppedGrants } from './memberships-cache.js';

const REPORT = 'report';
const LISTING = 'listing';

interface SavedReport {
  readonly warnings: ReturnType<MappingWarnings['toJSON']>;
  readonly dropped: DroppedGrants;
}

/** The report and listing ends last saved per connector, so an unchanged one is not saved with every page. */
const lastSaved = new WeakMap<ConnectorContext, Map<string, string>>();

/** `page` with the entries recorded while producing it: the engine commits them with its items. */
export function withSaved<T>(ctx: ConnectorContext, page: Page<T>): Page<T> {
  const saved = [...ctx.cache.users.unsaved.take(), ...ctx.cache.groups.unsaved.take()];
  const last = lastSaved.get(ctx) ?? new Map<string, string>();
  lastSaved.set(ctx, last);
  const changed = (kind: string, key: string, value: string): void => {
    if (last.get(`${kind}:${key}`) === value) return;
    last.set(`${kind}:${key}`, value);
    saved.push({ kind, key, value });
  };
  const report: SavedReport = { warnings: ctx.warnings.toJSON(), dropped: ctx.cache.dropped };
  changed(REPORT, '', JSON.stringify(report));
  for (const [kind, end] of ctx.listings) changed(LISTING, kind, JSON.stringify(end));
  return saved.length === 0 ? page : { ...page, saved: [...(page.saved ?? []), ...saved] };
}

/**
 * Reloads what the earlier process of a resumed sync saved: the users' roles and group entries, the groups'
 * listed members and roles, the data warnings and dropped grants so far, and how the listings ended. User and group
 * ids and names are the stored resources. A listing that had ended counts as complete; one that had not
 * continues from the stored token with the earlier pages' data already in place.
 */
export function restoreSaved(ctx: ConnectorContext, saved: SavedState): void {
  for (const entry of saved.entries(REPORT)) {
    const report = JSON.parse(entry.value) as SavedReport;
    ctx.warnings.restore(report.warnings);
    ctx.cache.restoreDropped(report.dropped);
  }
  for (const entry of saved.entries(LISTING)) ctx.listings.set(entry.key as 'users' | 'groups', JSON.parse(entry.value) as ListingEnd);
  const { users, groups } = ctx.cache;
  users.restore(saved.entries(SAVED_USER), idsOf(storedOfType(saved.reader, USER_RESOURCE_TYPE.id ?? '')));
  const storedGroups = storedOfType(saved.reader, GROUP_RESOURCE_TYPE.id ?? '');
  groups.restore(storedGroups, saved.entries(SAVED_MEMBERS), saved.entries(SAVED_GROUP_ROLES), saved.entries(SAVED_MEMBER_SIZES));
  if (ctx.listings.has('users')) users.progress.markComplete();
  else users.progress.restored();
  if (ctx.listings.has('groups')) groups.progress.markComplete();
  else groups.progress.restored();
  // What was just loaded is already saved.
  withSaved(ctx, { items: [], nextPageToken: '' });
}

function* storedOfType(reader: SyncReader, type: string): Iterable<Resource> {
  for (let after = 0; ; ) {
    const rows = reader.listResources({ resourceTypeId: type }, after, 1000);
    for (const row of rows) yield row.value;
    if (rows.length < 1000) return;
    after = rows[rows.length - 1]!.rowId;
  }
}

function* idsOf(resources: Iterable<Resource>): Iterable<string> {
  for (const r of resources) yield r.id?.resource ?? '';
}
