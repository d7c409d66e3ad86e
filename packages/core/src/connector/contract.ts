// The connector contract: a connector lists one page at a time and the engine drives the loop.
import type { Entitlement, Grant, Resource, ResourceId, ResourceType } from '../model/pb.js';

export interface PageRequest {
  /** Opaque token from the previous page; '' for the first page. */
  readonly pageToken: string;
  readonly signal: AbortSignal;
}

/** Something a person should know about how a sync went, stored with it and shown by `inspect stats`. */
export interface SyncNote {
  /** What it is about, e.g. "users listing"; a later note on the same topic in the same sync replaces it. */
  readonly topic: string;
  readonly text: string;
}

export interface Page<T> {
  readonly items: readonly T[];
  /** Opaque token for the next page; '' when this was the last page. */
  readonly nextPageToken: string;
  /** Resource listings only: stored in the same commit as the page's items, so they survive a resume as the items do. */
  readonly notes?: readonly SyncNote[];
}

/** Syncs (and optionally provisions) the resources of one resource type. */
export interface ResourceSyncer {
  readonly resourceType: ResourceType;
  listResources(parent: ResourceId | undefined, request: PageRequest): Promise<Page<Resource>>;
  listEntitlements(resource: Resource, request: PageRequest): Promise<Page<Entitlement>>;
  listGrants(resource: Resource, request: PageRequest): Promise<Page<Grant>>;
  /** Grants `entitlement` (owned by a resource of this type) to `principal`; returns the resulting grants. */
  grant?(principal: Resource, entitlement: Entitlement, signal: AbortSignal): Promise<GrantResult>;
  /** Revokes `grant`, whose entitlement is owned by a resource of this type. */
  revoke?(grant: Grant, signal: AbortSignal): Promise<ProvisionOutcome>;
}

/**
 * What a grant or revoke did to the directory: `written` when a change was sent and read back as asked;
 * `already-in-place` when a read that could be understood showed it already done, so nothing was sent. A
 * change that fails (or cannot be checked) throws, saying what was sent and what was restored.
 */
export type ProvisionOutcome = 'written' | 'already-in-place';

export interface GrantResult {
  readonly grants: Grant[];
  readonly outcome: ProvisionOutcome;
}

export interface ConnectorMetadata {
  readonly displayName: string;
  readonly description?: string;
}

export interface Connector {
  metadata(): ConnectorMetadata;
  /** Checks credentials and reachability; called before every sync. */
  validate(signal: AbortSignal): Promise<void>;
  resourceSyncers(): readonly ResourceSyncer[];
  /** Releases sockets, timers and caches. */
  close?(): Promise<void>;
}
