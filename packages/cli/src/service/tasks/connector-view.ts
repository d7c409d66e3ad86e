// A sync task's view of the connector: the task's skip options and --skip-full-sync, applied as a wrapper.
import { BatonError, type Connector, type ResourceSyncer } from '@baton-scim/core';

export interface SyncScope {
  /** --skip-full-sync: an empty (but valid) sync after validation. */
  readonly empty: boolean;
  readonly resourceTypeIds: readonly string[];
  readonly skipEntitlementsAndGrants: boolean;
  readonly skipGrants: boolean;
}

const EMPTY_PAGE = { items: [], nextPageToken: '' } as const;

export function scopedConnector(connector: Connector, scope: SyncScope): Connector {
  const all = connector.resourceSyncers();
  const known = new Set(all.map((s) => s.resourceType.id ?? ''));
  const unknown = scope.resourceTypeIds.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new BatonError('invalid-argument', `invalid resource type ${unknown.map((u) => `"${u}"`).join(', ')} in the task's filter; this connector has ${[...known].join(', ')}`);
  }
  const wanted = new Set(scope.resourceTypeIds);
  const syncers = scope.empty ? [] : all.filter((s) => wanted.size === 0 || wanted.has(s.resourceType.id ?? '')).map((s) => restrict(s, scope));
  return {
    metadata: () => connector.metadata(),
    validate: (signal) => connector.validate(signal),
    resourceSyncers: () => syncers,
  };
}

function restrict(syncer: ResourceSyncer, scope: SyncScope): ResourceSyncer {
  if (!scope.skipEntitlementsAndGrants && !scope.skipGrants) return syncer;
  return {
    resourceType: syncer.resourceType,
    listResources: (parent, request) => syncer.listResources(parent, request),
    listEntitlements: scope.skipEntitlementsAndGrants ? () => Promise.resolve(EMPTY_PAGE) : (r, req) => syncer.listEntitlements(r, req),
    listGrants: () => Promise.resolve(EMPTY_PAGE),
  };
}
