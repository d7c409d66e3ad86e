// SyncWriter over the working database: each commit is one transaction with the page's rows and its checkpoint.
import type { Database, Statement, Transaction } from 'better-sqlite3';
import { BatonError } from '../errors.js';
import type { Entitlement, Grant, Resource, ResourceId } from '../model/pb.js';
import type { EntitlementFilter, GrantFilter, HolderCursor, HolderRow, PageWrite, ResourceFilter, Row, SyncWriter } from '../store/types.js';
import { BatchInsert } from './batch-insert.js';
import type { DeferredIndexes } from './deferred-indexes.js';
import {
  entitlementRow,
  grantRow,
  resourceRow,
  resourceTypeRow,
  type ObjectTable,
  type RowValues,
} from './row-codec.js';
import { encodeGrantPage } from './grant-page-codec.js';
import { SqliteSyncReader } from './sqlite-reader.js';
import { ensureNotesTable, notesUpsert } from './sync-notes.js';
import type { SavedEntry, SyncNote } from '../connector/contract.js';
import { SavedEntries } from './saved-entries.js';
import type { SyncRuns } from './sync-runs.js';
import { formatTimestamp } from './timestamps.js';

export interface SqliteSyncWriterInit {
  readonly db: Database;
  readonly syncRuns: SyncRuns;
  readonly syncId: string;
  readonly resumed: boolean;
  readonly checkpoint: string;
  readonly label: string;
  readonly now: () => Date;
  readonly indexes: DeferredIndexes;
}

export class SqliteSyncWriter extends SqliteSyncReader implements SyncWriter {
  readonly resumed: boolean;
  private lastCheckpoint: string;
  private readonly inserts: Record<ObjectTable, BatchInsert>;
  private readonly syncRuns: SyncRuns;
  private readonly now: () => Date;
  private readonly indexes: DeferredIndexes;
  private readonly saved: SavedEntries;
  private readonly tempInMemory: Statement;
  private readonly tempOnDisk: Statement;
  private readonly commitTx: Transaction<
    (rows: EncodedPage, notes: readonly SyncNote[], saved: readonly SavedEntry[], checkpoint: string) => void
  >;

  constructor(init: SqliteSyncWriterInit) {
    super(init.db, init.syncId, init.label);
    this.resumed = init.resumed;
    this.lastCheckpoint = init.checkpoint;
    this.syncRuns = init.syncRuns;
    this.now = init.now;
    this.indexes = init.indexes;
    this.inserts = {
      resource_types: new BatchInsert(init.db, 'resource_types'),
      resources: new BatchInsert(init.db, 'resources'),
      entitlements: new BatchInsert(init.db, 'entitlements'),
      grants: new BatchInsert(init.db, 'grants'),
    };
    // Files written by Go, or by versions before notes, get the table when a sync is appended to them.
    ensureNotesTable(init.db);
    const note = notesUpsert(init.db);
    this.saved = new SavedEntries(init.db);
    this.tempInMemory = init.db.prepare('pragma temp_store = memory');
    this.tempOnDisk = init.db.prepare('pragma temp_store = default');
    this.commitTx = init.db.transaction((rows: EncodedPage, notes: readonly SyncNote[], saved: readonly SavedEntry[], checkpoint: string) => {
      const at = formatTimestamp(this.now());
      for (const table of TABLE_ORDER) {
        const upsert = this.indexes.hasUnique(table);
        if (rows[table].length > 0) this.inserts[table].run(rows[table], this.syncId, at, upsert);
      }
      for (const n of notes) note.run(this.syncId, n.topic, n.text);
      this.saved.put(saved);
      this.syncRuns.checkpoint(this.syncId, checkpoint);
    });
  }

  get checkpoint(): string {
    return this.lastCheckpoint;
  }

  savedEntries(kind: string): Iterable<SavedEntry> {
    return this.saved.entries(kind);
  }

  savedEntry(kind: string, key: string): string | undefined {
    return this.saved.entry(kind, key);
  }

  // Reads need each id once, so the first read of a table merges repeats and builds its unique index; filtered
  // reads also need its other indexes. Later commits maintain whatever was built.
  override getResource(id: ResourceId): Resource | undefined {
    this.indexes.forLookups('resources');
    return super.getResource(id);
  }

  override storedResources(ids: readonly ResourceId[]): Set<string> {
    this.indexes.forLookups('resources');
    return super.storedResources(ids);
  }

  override getEntitlement(id: string): Entitlement | undefined {
    this.indexes.forLookups('entitlements');
    return super.getEntitlement(id);
  }

  override getGrant(id: string): Grant | undefined {
    this.indexes.forLookups('grants');
    return super.getGrant(id);
  }

  override listResources(filter: ResourceFilter, afterRowId: number, limit: number): Row<Resource>[] {
    this.prepareRead('resources', Object.keys(filter).length > 0);
    return super.listResources(filter, afterRowId, limit);
  }

  override listEntitlements(filter: EntitlementFilter, afterRowId: number, limit: number): Row<Entitlement>[] {
    this.prepareRead('entitlements', Object.keys(filter).length > 0);
    return super.listEntitlements(filter, afterRowId, limit);
  }

  override listGrants(filter: GrantFilter, afterRowId: number, limit: number): Row<Grant>[] {
    // Reads by entitlement (grant expansion's) only need that index; the random principal index would
    // otherwise be updated by every grant expansion writes.
    const { mentions: _, ...indexed } = filter;
    if (filter.entitlementId !== undefined) this.indexes.forFilters('grants', [BY_ENTITLEMENT]);
    else this.prepareRead('grants', Object.keys(indexed).length > 0);
    return super.listGrants(filter, afterRowId, limit);
  }

  override grantsHeldBy(entitlementId: string, principals: readonly ResourceId[]): Row<Grant>[] {
    this.indexes.forFilters('grants', [BY_ENTITLEMENT]);
    return super.grantsHeldBy(entitlementId, principals);
  }

  override holdersOf(entitlementId: string, after: HolderCursor | undefined, limit: number): HolderRow<Grant>[] {
    this.indexes.forFilters('grants', [BY_ENTITLEMENT]);
    return super.holdersOf(entitlementId, after, limit);
  }

  override count(table: ObjectTable, resourceTypeId?: string): number {
    this.prepareRead(table, resourceTypeId !== undefined);
    return super.count(table, resourceTypeId);
  }

  override countByResourceType(table: Exclude<ObjectTable, 'resource_types'>): Map<string, number> {
    this.prepareRead(table, true);
    return super.countByResourceType(table);
  }

  private prepareRead(table: ObjectTable, filtered: boolean): void {
    if (filtered) this.indexes.forFilters(table);
    else this.indexes.forLookups(table);
  }

  /**
   * Encodes the whole page first, so an invalid object fails the commit before anything is written; then
   * stores rows and checkpoint in one transaction, which a killed process either fully keeps or never saw.
   */
  commit(page: PageWrite, checkpoint: string): void {
    if (!this.db.open) {
      throw new BatonError(
        'failed-precondition',
        `${this.label} is no longer open: its SyncFile was finished or abandoned; begin a new one to write`,
      );
    }
    const rows: EncodedPage = {
      resource_types: (page.resourceTypes ?? []).map(resourceTypeRow),
      resources: (page.resources ?? []).map(resourceRow),
      entitlements: (page.entitlements ?? []).map(entitlementRow),
      grants: grantRows(page.grants ?? []),
    };
    // A multi-row upsert keeps a statement journal of the pages it changes; on disk (SQLite spills it past 64 KiB)
    // it was over half of what expansion wrote. One statement's journal is bounded by its rows, so it can live in
    // memory; sorts outside commits (index builds, ordered reads) still spill to temp files.
    this.tempInMemory.run();
    try {
      this.commitTx.immediate(rows, page.notes ?? [], page.saved ?? [], checkpoint);
    } finally {
      this.tempOnDisk.run();
    }
    this.lastCheckpoint = checkpoint;
  }
}

const BY_ENTITLEMENT = 'idx_grants_entitlement_id_principal_id_v1';

type EncodedPage = Record<ObjectTable, RowValues[]>;

function grantRows(grants: readonly Grant[]): RowValues[] {
  if (grants.length === 0) return [];
  const data = encodeGrantPage(grants);
  return grants.map((g, i) => grantRow(g, data[i]));
}

const TABLE_ORDER: readonly ObjectTable[] = ['resource_types', 'resources', 'entitlements', 'grants'];
