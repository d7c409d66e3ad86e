// An in-memory SyncWriter with the store's semantics (upsert by external id, rowid paging, atomic commits).
import { resourceKey } from '../../src/model/ids.js';
import { type Entitlement, type Grant, pb, type Resource, type ResourceId, type ResourceType } from '../../src/model/pb.js';
import type { SavedEntry } from '../../src/connector/contract.js';
import type { EntitlementFilter, GrantFilter, HolderCursor, HolderRow, PageWrite, ResourceFilter, Row, SyncWriter } from '../../src/store/types.js';

type Table = 'resource_types' | 'resources' | 'entitlements' | 'grants';

interface Stored {
  rowId: number;
  key: string;
  /** The encoded message, so readers get fresh copies as from a database. */
  bytes: Uint8Array;
  columns: Record<string, string>;
}

const codecs = {
  resource_types: pb.ResourceType,
  resources: pb.Resource,
  entitlements: pb.Entitlement,
  grants: pb.Grant,
} as const;

export class MemorySyncWriter implements SyncWriter {
  readonly syncId: string;
  resumed: boolean;
  checkpoint = '';
  commits = 0;
  /** Throws instead of committing once this many commits succeeded (simulates a killed process). */
  failAfterCommits = Number.POSITIVE_INFINITY;
  private nextRowId = 1;
  /** Saved connector entries by kind, in the order first saved. */
  private saved = new Map<string, Map<string, string>>();
  private readonly tables: Record<Table, Map<string, Stored>> = {
    resource_types: new Map(),
    resources: new Map(),
    entitlements: new Map(),
    grants: new Map(),
  };

  constructor(syncId = 'memory-sync', resumed = false) {
    this.syncId = syncId;
    this.resumed = resumed;
  }

  /** A writer that continues from this one's last commit, as a resumed process would. */
  reopen(): MemorySyncWriter {
    const copy = new MemorySyncWriter(this.syncId, true);
    copy.checkpoint = this.checkpoint;
    copy.nextRowId = this.nextRowId;
    copy.saved = new Map([...this.saved].map(([kind, entries]) => [kind, new Map(entries)]));
    for (const table of Object.keys(this.tables) as Table[]) {
      for (const [k, v] of this.tables[table]) copy.tables[table].set(k, { ...v, columns: { ...v.columns } });
    }
    return copy;
  }

  commit(page: PageWrite, checkpoint: string): void {
    if (this.commits >= this.failAfterCommits) throw new Error('simulated crash before commit');
    for (const t of page.resourceTypes ?? []) this.put('resource_types', t.id ?? '', pb.ResourceType.encode(t).finish(), {});
    for (const r of page.resources ?? []) {
      this.put('resources', resourceKey(r.id ?? {}), pb.Resource.encode(r).finish(), {
        type: r.id?.resourceType ?? '',
        parent: r.parentResourceId ? resourceKey(r.parentResourceId) : '',
      });
    }
    for (const e of page.entitlements ?? []) {
      this.put('entitlements', e.id ?? '', pb.Entitlement.encode(e).finish(), {
        type: e.resource?.id?.resourceType ?? '',
        resource: resourceKey(e.resource?.id ?? {}),
      });
    }
    for (const g of page.grants ?? []) {
      this.put('grants', g.id ?? '', pb.Grant.encode(g).finish(), {
        entitlement: g.entitlement?.id ?? '',
        principal: resourceKey(g.principal?.id ?? {}),
        type: g.entitlement?.resource?.id?.resourceType ?? '',
        resource: resourceKey(g.entitlement?.resource?.id ?? {}),
      });
    }
    for (const e of page.saved ?? []) {
      const entries = this.saved.get(e.kind) ?? new Map<string, string>();
      entries.set(e.key, e.value);
      this.saved.set(e.kind, entries);
    }
    this.checkpoint = checkpoint;
    this.commits++;
  }

  private put(table: Table, key: string, bytes: Uint8Array, columns: Record<string, string>): void {
    const existing = this.tables[table].get(key);
    if (existing) existing.bytes = bytes;
    else this.tables[table].set(key, { rowId: this.nextRowId++, key, bytes, columns });
  }

  savedEntry(kind: string, key: string): string | undefined {
    return this.saved.get(kind)?.get(key);
  }

  savedEntries(kind: string): SavedEntry[] {
    return [...(this.saved.get(kind) ?? [])].map(([key, value]) => ({ kind, key, value }));
  }

  getResourceType(id: string): ResourceType | undefined {
    return this.get('resource_types', id);
  }
  getResource(id: ResourceId): Resource | undefined {
    return this.get('resources', resourceKey(id));
  }
  storedResources(ids: readonly ResourceId[]): Set<string> {
    return new Set(ids.map(resourceKey).filter((k) => this.tables.resources.has(k)));
  }
  getEntitlement(id: string): Entitlement | undefined {
    return this.get('entitlements', id);
  }
  getGrant(id: string): Grant | undefined {
    return this.get('grants', id);
  }

  listResourceTypes(after: number, limit: number): Row<ResourceType>[] {
    return this.list('resource_types', {}, after, limit);
  }
  listResources(f: ResourceFilter, after: number, limit: number): Row<Resource>[] {
    return this.list('resources', { type: f.resourceTypeId, parent: f.parent && resourceKey(f.parent) }, after, limit);
  }
  listEntitlements(f: EntitlementFilter, after: number, limit: number): Row<Entitlement>[] {
    const type = f.resource?.resourceType ?? f.resourceTypeId;
    return this.list('entitlements', { type, resource: f.resource && resourceKey(f.resource) }, after, limit);
  }
  listGrants(f: GrantFilter, after: number, limit: number): Row<Grant>[] {
    const type = f.resource?.resourceType ?? f.resourceTypeId;
    const filter = {
      entitlement: f.entitlementId,
      principal: f.principal && resourceKey(f.principal),
      type,
      resource: f.resource && resourceKey(f.resource),
    };
    const rows = this.list<Grant>('grants', filter, after, Number.POSITIVE_INFINITY, f.mentions);
    return rows.slice(0, limit);
  }

  grantsHeldBy(entitlementId: string, principals: readonly ResourceId[]): Row<Grant>[] {
    const keys = new Set(principals.map(resourceKey));
    return this.list<Grant>('grants', { entitlement: entitlementId }, 0, Number.POSITIVE_INFINITY).filter((r) =>
      keys.has(resourceKey(r.value.principal?.id ?? {})),
    );
  }

  holdersOf(entitlementId: string, after: HolderCursor | undefined, limit: number): HolderRow<Grant>[] {
    const rows = this.list<Grant>('grants', { entitlement: entitlementId }, 0, Number.POSITIVE_INFINITY).map((r) => {
      const p = r.value.principal?.id ?? {};
      const cursor: HolderCursor = [p.resourceType ?? '', p.resource ?? '', r.rowId];
      return { ...r, cursor };
    });
    const order = (a: HolderCursor, b: HolderCursor): number =>
      a[0] !== b[0] ? (a[0] < b[0] ? -1 : 1) : a[1] !== b[1] ? (a[1] < b[1] ? -1 : 1) : a[2] - b[2];
    rows.sort((a, b) => order(a.cursor, b.cursor));
    return rows.filter((r) => after === undefined || order(r.cursor, after) > 0).slice(0, limit);
  }

  count(table: Table, resourceTypeId?: string): number {
    const rows = [...this.tables[table].values()];
    if (resourceTypeId === undefined) return rows.length;
    return rows.filter((r) => (table === 'resource_types' ? r.key : r.columns.type) === resourceTypeId).length;
  }

  countByResourceType(table: Exclude<Table, 'resource_types'>): Map<string, number> {
    const out = new Map<string, number>();
    for (const r of this.tables[table].values()) out.set(r.columns.type ?? '', (out.get(r.columns.type ?? '') ?? 0) + 1);
    return out;
  }

  private get<T>(table: Table, key: string): T | undefined {
    const row = this.tables[table].get(key);
    return row && (codecs[table].decode(row.bytes) as T);
  }

  private list<T>(
    table: Table,
    filter: Record<string, string | undefined>,
    after: number,
    limit: number,
    mentions?: string,
  ): Row<T>[] {
    const text = mentions === undefined ? undefined : Buffer.from(mentions);
    return [...this.tables[table].values()]
      .filter((r) => r.rowId > after && Object.entries(filter).every(([k, v]) => v === undefined || r.columns[k] === v))
      .filter((r) => text === undefined || Buffer.from(r.bytes).includes(text))
      .sort((a, b) => a.rowId - b.rowId)
      .slice(0, limit)
      .map((r) => ({ rowId: r.rowId, value: codecs[table].decode(r.bytes) as T }));
  }
}
