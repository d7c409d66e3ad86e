// One page of one expansion action: holders of the source entitlement get the descendant entitlement.
import { BatonError } from '../errors.js';
import { packAnnotation } from '../model/annotations.js';
import { grantId } from '../model/ids.js';
import type { Entitlement, Grant, Resource, ResourceId } from '../model/pb.js';
import type { HolderCursor, SyncReader } from '../store/types.js';
import type { ExpandAction } from './state.js';

/**
 * Grants changed since the last commit. Several actions share one commit, so a lookup must see the
 * uncommitted version of a grant before the stored one.
 */
export class PendingGrants {
  private readonly byPrincipal = new Map<string, Grant[]>();
  private readonly byId = new Map<string, Grant>();
  /** Stored grants of the principals last read ahead. */
  private readonly stored = new Map<string, Grant[]>();
  created = 0;

  grants(): Grant[] {
    return [...this.byId.values()];
  }

  /**
   * Reads in one query the stored grants of `entitlementId` held by those of `principals` that have no
   * uncommitted change; `held` answers for these principals until the next read-ahead.
   */
  readAhead(reader: SyncReader, entitlementId: string, principals: readonly ResourceId[]): void {
    this.stored.clear();
    const unread = principals.filter((p) => !this.byPrincipal.has(key(entitlementId, p)));
    for (const { value: grant } of reader.grantsHeldBy(entitlementId, unread)) {
      const k = key(entitlementId, grant.principal?.id ?? {});
      const list = this.stored.get(k);
      if (list) list.push(grant);
      else this.stored.set(k, [grant]);
    }
  }

  /** The grants of `entitlementId` held by `principal`, uncommitted changes included. */
  held(entitlementId: string, principal: ResourceId): Grant[] {
    const k = key(entitlementId, principal);
    return this.byPrincipal.get(k) ?? this.stored.get(k) ?? [];
  }

  put(entitlementId: string, principal: ResourceId, grants: Grant[], changed: readonly Grant[]): void {
    this.byPrincipal.set(key(entitlementId, principal), grants);
    for (const g of changed) this.byId.set(g.id ?? '', g);
  }
}

export interface ActionPage {
  /** Source grants read. */
  readonly read: number;
  /** Where the next page of the source's grants starts; undefined when none was read. */
  readonly after: HolderCursor | undefined;
  readonly finished: boolean;
}

export function expandActionPage(
  pending: PendingGrants,
  reader: SyncReader,
  action: ExpandAction,
  after: HolderCursor | undefined,
  limit: number,
): ActionPage {
  const descendant = reader.getEntitlement(action.descendant);
  if (!descendant) {
    throw new BatonError('internal', `grant expansion: entitlement "${action.descendant}" vanished from the sync`);
  }
  const rows = reader.holdersOf(action.source, after, limit);
  const principals: Resource[] = [];
  for (const { value: source } of rows) {
    if (source.principal?.id && qualifies(source, action)) principals.push(source.principal);
  }
  pending.readAhead(
    reader,
    action.descendant,
    principals.map((p) => p.id ?? {}),
  );
  for (const principal of principals) {
    const id = principal.id ?? {};
    const current = pending.held(action.descendant, id);
    if (current.length === 0) {
      const grant = expandedGrant(descendant, principal, action.source);
      pending.put(action.descendant, id, [grant], [grant]);
      pending.created++;
      continue;
    }
    const next = current.map((g) => withSource(g, action) ?? g);
    pending.put(action.descendant, id, next, next.filter((g, i) => g !== current[i]));
  }
  const last = rows.length > 0 ? rows[rows.length - 1]!.cursor : after;
  return { read: rows.length, after: last, finished: rows.length < limit };
}

/** Principal-type filter, and for shallow edges only direct grants (no sources, or the source itself). */
function qualifies(grant: Grant, action: ExpandAction): boolean {
  const type = grant.principal?.id?.resourceType ?? '';
  if (action.types && !action.types.includes(type)) return false;
  if (!action.shallow) return true;
  const sources = grant.sources?.sources ?? {};
  return Object.keys(sources).length === 0 || Object.hasOwn(sources, action.source);
}

function key(entitlementId: string, principal: ResourceId): string {
  return `${entitlementId}\n${principal.resourceType ?? ''}\n${principal.resource ?? ''}`;
}

function expandedGrant(entitlement: Entitlement, principal: Resource, source: string): Grant {
  return {
    id: grantId(entitlement.id ?? '', principal.id ?? {}),
    entitlement,
    principal,
    annotations: [packAnnotation('GrantImmutable', {})],
    sources: { sources: { [source]: {} } },
  };
}

/** A direct grant first records its own entitlement as a source, so it stays marked as direct. */
function withSource(grant: Grant, action: ExpandAction): Grant | undefined {
  const sources = { ...(grant.sources?.sources ?? {}) };
  let changed = false;
  if (Object.keys(sources).length === 0) {
    sources[action.descendant] = {};
    changed = true;
  }
  if (!Object.hasOwn(sources, action.source)) {
    sources[action.source] = {};
    changed = true;
  }
  return changed ? { ...grant, sources: { sources } } : undefined;
}
