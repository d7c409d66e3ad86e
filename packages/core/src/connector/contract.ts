// The connector contract: a connector lists one page at a time and the engine drives the loop.
import type { Entitlement, Grant, Resource, ResourceId, ResourceType } from '../model/pb.js';
import type { SyncReader } from '../store/types.js';
import type { SavedEntry, SyncNote } from './records.js';

export type { SavedEntry, SyncNote } from './records.js';

export interface PageRequest {
  /** Opaque token from the previous page; '' for the first page. */
  readonly pageToken: string;
  readonly signal: AbortSignal;
}

/** The entries this sync has committed so far (PageWrite.saved), looked up one at a time. */
export interface SavedLookup {
  /** The value last committed for (kind, key), or undefined. Entries of a page are readable once the page is committed. */
  entry(kind: string, key: string): string | undefined;
}

/** What a resumed sync hands the connector before the first step: its saved entries and the stored objects. */
export interface SavedState {
  /** The entries of `kind`, in the order first saved. */
  entries(kind: string): Iterable<SavedEntry>;
  /** The objects the sync stored so far. */
  readonly reader: SyncReader;
}

export interface Page<T> {
  readonly items: readonly T[];
  /** Opaque token for the next page; '' when this was the last page. */
  readonly nextPageToken: string;
  /** Resource listings only: stored in the same commit as the page's items, so they survive a resume as the items do. */
  readonly notes?: readonly SyncNote[];
  /** Connector state for a resume, committed with the page (any listing). */
  readonly saved?: readonly SavedEntry[];
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
  /**
   * Called when a sync resumes in a new process, before its first step: the connector reloads what it saved
   * with the pages the earlier process committed, so it need not list them again.
   */
  restore?(saved: SavedState): void;
  /**
   * Called before the first step of every sync (new or resumed, before `restore`): what the connector saves with
   * its pages can be read back from the working file for the rest of that sync instead of being kept in memory.
   * Valid until the sync ends.
   */
  useSaved?(saved: SavedLookup): void;
  /** Releases sockets, timers and caches. */
  close?(): Promise<void>;
}
