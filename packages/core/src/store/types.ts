// What the sync engine, grant expansion and the readers need from a .c1z database bound to one sync.
import type { SavedEntry, SyncNote } from '../connector/records.js';
import type { Entitlement, Grant, Resource, ResourceId, ResourceType } from '../model/pb.js';

/**
 * What a sync run holds, as Go records it in v1_sync_runs.sync_type: everything (`full`), or resources without
 * entitlements and grants (`resources_only`), which readers must not take as a complete snapshot of access.
 */
export type SyncType = 'full' | 'resources_only';

export interface SyncRun {
  readonly syncId: string;
  readonly startedAt: string;
  /** undefined while the sync is unfinished. */
  readonly endedAt: string | undefined;
  readonly syncToken: string;
  readonly syncType: string;
}

/** A stored object and its rowid; rowids ascend in insert order and are the paging key. */
export interface Row<T> {
  readonly rowId: number;
  readonly value: T;
}

export interface GrantFilter {
  readonly entitlementId?: string;
  /** The principal the grant is for. */
  readonly principal?: ResourceId;
  /** The resource that owns the grant's entitlement. */
  readonly resource?: ResourceId;
  /** Only grants whose entitlement's resource has this type. */
  readonly resourceTypeId?: string;
  /**
   * Only grants whose stored encoding contains this text, e.g. an annotation's type name: a cheap way to skip
   * the many grants that cannot carry it. Callers still check the decoded grant for what they need.
   */
  readonly mentions?: string;
}

export interface ResourceFilter {
  readonly resourceTypeId?: string;
  readonly parent?: ResourceId;
}

export interface EntitlementFilter {
  readonly resource?: ResourceId;
  readonly resourceTypeId?: string;
}

/** Where a listing of one entitlement's grants stands: the last grant's principal type, principal id and rowid. */
export type HolderCursor = readonly [principalType: string, principalId: string, rowId: number];

export interface HolderRow<T> extends Row<T> {
  /** Pass as `after` for the rows that follow this one. */
  readonly cursor: HolderCursor;
}

/** Read access to the objects of one sync. Pages start after `afterRowId` (0 = from the start). */
export interface SyncReader {
  readonly syncId: string;
  getResourceType(id: string): ResourceType | undefined;
  getResource(id: ResourceId): Resource | undefined;
  /** The keys (`resourceKey`) of those of `ids` that are stored: one read for a page of listed resources. */
  storedResources(ids: readonly ResourceId[]): Set<string>;
  getEntitlement(id: string): Entitlement | undefined;
  getGrant(id: string): Grant | undefined;
  listResourceTypes(afterRowId: number, limit: number): Row<ResourceType>[];
  listResources(filter: ResourceFilter, afterRowId: number, limit: number): Row<Resource>[];
  listEntitlements(filter: EntitlementFilter, afterRowId: number, limit: number): Row<Entitlement>[];
  listGrants(filter: GrantFilter, afterRowId: number, limit: number): Row<Grant>[];
  /** Every grant of `entitlementId` held by one of `principals`, in rowid order: one read for a page of principals. */
  grantsHeldBy(entitlementId: string, principals: readonly ResourceId[]): Row<Grant>[];
  /**
   * The grants of `entitlementId` after `after` (undefined: from the first), by principal type, principal id
   * and rowid: the order of the (entitlement, principal) index, so each page reads only its own rows however
   * many grants the entitlement has. Only each grant's principal and sources are sure to be decoded (its
   * entitlement and annotations may be left out): what grant expansion reads from a source's holders.
   */
  holdersOf(entitlementId: string, after: HolderCursor | undefined, limit: number): HolderRow<Grant>[];
  count(table: 'resource_types' | 'resources' | 'entitlements' | 'grants', resourceTypeId?: string): number;
  /**
   * Rows per resource type id (for entitlements and grants, the type of the resource that owns the entitlement)
   * in one read of the table, where `count` per type reads it once per type.
   */
  countByResourceType(table: 'resources' | 'entitlements' | 'grants'): Map<string, number>;
}

export interface PageWrite {
  readonly resourceTypes?: readonly ResourceType[];
  readonly resources?: readonly Resource[];
  readonly entitlements?: readonly Entitlement[];
  readonly grants?: readonly Grant[];
  readonly notes?: readonly SyncNote[];
  readonly saved?: readonly SavedEntry[];
}

/** The sync being written. Every commit is one durable transaction: rows plus the checkpoint after them. */
export interface SyncWriter extends SyncReader {
  readonly resumed: boolean;
  /** The checkpoint stored with the last commit ('' for a new sync). */
  readonly checkpoint: string;
  /** Upserts by (external_id, sync_id): a repeated id keeps its row and takes the newest data. */
  commit(page: PageWrite, checkpoint: string): void;
  /** The connector entries saved with earlier commits of this sync (PageWrite.saved), in the order first saved. */
  savedEntries(kind: string): Iterable<SavedEntry>;
  /** One committed entry's value, or undefined. */
  savedEntry(kind: string, key: string): string | undefined;
}
