// The explorer's data: one .c1z opened through the inspect reader, a search table added to its decompressed
// copy, and paged queries over the file's own indexed tables. Nothing is loaded whole into memory.
import { existsSync } from 'node:fs';
import DatabaseConstructor, { type Database, type Statement } from 'better-sqlite3';
import { C1zReader, findAnnotation, pb, Trait, type Entitlement, type Grant, type Resource, type ResourceId, type SyncReader } from '@baton-scim/core';
import { STATUS } from '../inspect/export-csv.js';
import { UsageError } from '../options/usage-error.js';
import { allRows, openReader, type InspectOptions } from '../inspect/context.js';
import { diffSyncs, lastTwoFullSyncs, type SyncDiff, type SyncRef } from '../inspect/diff.js';

export type Kind = 'user' | 'group' | 'role' | 'app' | 'resource';

const KIND_OF_TRAIT: Partial<Record<number, Kind>> = { [Trait.TRAIT_USER]: 'user', [Trait.TRAIT_GROUP]: 'group', [Trait.TRAIT_ROLE]: 'role', [Trait.TRAIT_APP]: 'app' };

/** Entitlement names (or their resource's) that mark privileged access on the at-a-glance page. */
const PRIVILEGED = /admin|owner/i;

export interface SearchRow {
  readonly rowid: number;
  readonly kind: Kind | 'entitlement';
  readonly type_id: string;
  readonly resource_id: string;
  readonly entitlement_id: string;
  readonly name: string;
  readonly email: string;
  readonly status: string;
}

/** How a principal holds an entitlement: directly, or through a chain of entitlements (nested groups). */
export interface Holding {
  readonly grant: Grant;
  readonly direct: boolean;
  /** Entitlement ids from the one held directly to the one granted; empty when direct. */
  readonly path: string[];
}

interface Cursor { sync: string; after: number; limit: number }

export interface Page<T> { readonly items: T[]; readonly next?: number }

export interface Counts { readonly byType: { id: string; name: string; kind: Kind; count: number }[]; readonly entitlements: number; readonly grants: number }

export interface Changes {
  readonly diff: SyncDiff;
  readonly base: SyncReader;
  readonly applied: SyncReader;
}

export interface ExploreSource extends InspectOptions {
  /** A second .c1z to compare against instead of the file's previous sync. */
  readonly compare?: string | undefined;
}

export class ExploreModel {
  private readonly kinds = new Map<string, Kind>();
  private readonly typeNames = new Map<string, string>();
  private readonly entitlements = new Map<string, Entitlement | null>();
  private changes: Promise<Changes | string> | undefined;
  private countsCache: Counts | undefined;
  private onlySyncCached: string | undefined;
  private readonly statements = new Map<string, Statement>();
  private readonly opened: C1zReader[] = [];

  private constructor(
    readonly source: ExploreSource,
    readonly c1z: C1zReader,
    readonly reader: SyncReader,
    private readonly db: Database,
  ) {}

  /** Opens the file as `inspect` does, and indexes names, emails and ids for search. */
  static async open(source: ExploreSource): Promise<ExploreModel> {
    if (source.compare !== undefined && !existsSync(source.compare)) {
      throw new UsageError([`--compare ${source.compare}: no such file; pass another .c1z to compare -f with, or leave --compare out to compare the file's last two syncs`]);
    }
    let model: ExploreModel | undefined;
    const c1z = await openReader(source);
    try {
      const db = new DatabaseConstructor(c1z.dbPath);
      model = new ExploreModel(source, c1z, c1z.reader, db);
      model.buildIndex();
      return model;
    } catch (err) {
      model?.close();
      if (!model) c1z.close();
      throw err;
    }
  }

  get syncId(): string { return this.reader.syncId; }

  private buildIndex(): void {
    for (const t of allRows((a, l) => this.reader.listResourceTypes(a, l))) {
      const id = t.id ?? '';
      const trait = (t.traits ?? []).map((n) => KIND_OF_TRAIT[n]).find((k) => k !== undefined);
      this.kinds.set(id, trait ?? 'resource');
      this.typeNames.set(id, t.displayName || id);
    }
    this.db.exec(`drop table if exists explore_search;
      create table explore_search (rowid integer primary key, kind text not null, type_id text not null, resource_id text not null,
        entitlement_id text not null, name text not null, email text not null, status text not null, inactive integer not null, privileged integer not null, haystack text not null);`);
    const insert = this.db.prepare<unknown[]>('insert into explore_search (kind, type_id, resource_id, entitlement_id, name, email, status, inactive, privileged, haystack) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const names = new Map<string, string>();
    this.db.transaction(() => {
      for (const r of allRows((a, l) => this.reader.listResources({}, a, l))) {
        const id = r.id ?? {};
        const kind = this.kindOf(id.resourceType);
        const trait = findAnnotation(r.annotations, 'UserTrait');
        const email = trait?.emails?.find((e) => e.isPrimary)?.address ?? trait?.emails?.[0]?.address ?? '';
        const status = trait ? (STATUS[trait.status?.status ?? 0] ?? 'Unknown') : '';
        const name = r.displayName || (id.resource ?? '');
        if (kind !== 'user') names.set(`${id.resourceType ?? ''}\u0000${id.resource ?? ''}`, name);
        insert.run(kind, id.resourceType ?? '', id.resource ?? '', '', name, email, status, status === 'Disabled' || status === 'Deleted' ? 1 : 0, 0, `${name}\n${email}\n${id.resource ?? ''}`.toLowerCase());
      }
      for (const e of allRows((a, l) => this.reader.listEntitlements({}, a, l))) {
        const rid = e.resource?.id ?? {};
        const owner = names.get(`${rid.resourceType ?? ''}\u0000${rid.resource ?? ''}`) ?? e.resource?.displayName ?? rid.resource ?? '';
        const name = entitlementLabel(owner, e);
        const privileged = PRIVILEGED.test(name) ? 1 : 0;
        insert.run('entitlement', rid.resourceType ?? '', rid.resource ?? '', e.id ?? '', name, '', '', 0, privileged, `${name}\n${e.id ?? ''}`.toLowerCase());
      }
    })();
    this.countHolders();
    this.db.exec(`create index explore_search_inactive on explore_search (inactive);
      create index explore_search_privileged on explore_search (privileged);
      create index explore_search_id on explore_search (type_id, resource_id);`);
  }

  /**
   * Holders per entitlement, counted once: the at-a-glance ranking, the grant total and every holder count
   * read this small table instead of the grants. A file holding only this sync is counted from the
   * (entitlement, principal) index alone; otherwise the sync filter needs the rows.
   */
  /**
   * Whether every grant row is this sync's, so the (entitlement, principal) and principal indexes answer alone,
   * without reading each row for its sync_id.
   */
  private get onlySync(): boolean {
    const runs = this.db.prepare<[], { n: number }>('select count(*) as n from v1_sync_runs').get()?.n ?? 0;
    return runs === 1 && this.syncId !== '';
  }

  /** The condition on a grant row (aliased g) that keeps this sync's rows. */
  private grantsOfSync(): string {
    this.onlySyncCached ??= this.onlySync ? '1' : 'g.sync_id = @sync';
    return this.onlySyncCached;
  }

  private countHolders(): void {
    const onlySync = this.onlySync;
    this.db.exec('drop table if exists explore_holders; create table explore_holders (entitlement_id text primary key, holders integer not null) without rowid');
    this.db.prepare<[string]>(`insert into explore_holders select entitlement_id, count(*) from v1_grants ${onlySync ? '' : 'where sync_id = ?'} group by entitlement_id`)
      .run(...(onlySync ? [] : [this.syncId]) as [string]);
    this.db.exec('create index explore_holders_rank on explore_holders (holders desc, entitlement_id)');
  }

  /** Prepared once per SQL text: every page asks the same few queries. */
  private statement<P extends unknown[] | [Record<string, unknown>], R = unknown>(sql: string): Statement<P, R> {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.statements.set(sql, stmt);
    }
    return stmt as Statement<P, R>;
  }

  kindOf(typeId: string | null | undefined): Kind {
    return this.kinds.get(typeId ?? '') ?? 'resource';
  }

  typeName(typeId: string | null | undefined): string {
    return this.typeNames.get(typeId ?? '') ?? typeId ?? '';
  }

  resource(id: ResourceId): Resource | undefined {
    return this.reader.getResource(id);
  }

  resourceName(id: ResourceId | null | undefined): string {
    if (!id) return '';
    return this.reader.getResource(id)?.displayName || `${id.resourceType ?? ''}:${id.resource ?? ''}`;
  }

  /** Entitlements are few and looked up on every row, so each is decoded once. */
  entitlement(id: string): Entitlement | undefined {
    let e = this.entitlements.get(id);
    if (e === undefined) {
      e = this.reader.getEntitlement(id) ?? null;
      if (this.entitlements.size > 50_000) this.entitlements.clear();
      this.entitlements.set(id, e);
    }
    return e ?? undefined;
  }

  entitlementName(id: string): string {
    const e = this.entitlement(id);
    if (!e) return id;
    return entitlementLabel(this.resourceName(e.resource?.id), e);
  }

  /** Users, groups, roles, other resources and entitlements whose name, email or id contains `q`. */
  search(q: string, after: number, limit: number): Page<SearchRow> {
    const needle = `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const rows = this.statement<[string, number, number], SearchRow>(
      "select rowid, kind, type_id, resource_id, entitlement_id, name, email, status from explore_search where haystack like ? escape '\\' and rowid > ? order by rowid limit ?",
    ).all(needle, after, limit + 1);
    return page(rows, limit, (r) => r.rowid);
  }

  /** The search row of a resource: its name, email and account status. */
  info(id: ResourceId): SearchRow | undefined {
    return this.statement<[string, string], SearchRow>(
      "select rowid, kind, type_id, resource_id, entitlement_id, name, email, status from explore_search where type_id = ? and resource_id = ? and kind != 'entitlement'",
    ).get(id.resourceType ?? '', id.resource ?? '');
  }

  counts(): Counts {
    this.countsCache ??= {
      byType: [...this.kinds.keys()].map((id) => ({ id, name: this.typeName(id), kind: this.kindOf(id), count: this.reader.count('resources', id) })),
      entitlements: this.reader.count('entitlements'),
      grants: this.statement<[], { n: number | null }>('select sum(holders) as n from explore_holders').get()?.n ?? 0,
    };
    return this.countsCache;
  }

  /** The entitlements held by the most principals, directly or inherited. */
  topEntitlements(limit: number, offset = 0): { id: string; holders: number }[] {
    return this.statement<[number, number], { id: string; holders: number }>(
      'select entitlement_id as id, holders from explore_holders order by holders desc, entitlement_id limit ? offset ?',
    ).all(limit, offset);
  }

  /** Users whose account is disabled (or deleted) and who still hold some access. */
  disabledWithAccess(after: number, limit: number): Page<SearchRow> {
    const rows = this.statement<[Cursor], SearchRow>(
      `select s.rowid, s.kind, s.type_id, s.resource_id, s.entitlement_id, s.name, s.email, s.status from explore_search s
       where s.inactive = 1 and s.rowid > @after and exists (select 1 from v1_grants g
         where g.principal_resource_type_id = s.type_id and g.principal_resource_id = s.resource_id and ${this.grantsOfSync()})
       order by s.rowid limit @limit`,
    ).all({ sync: this.syncId, after, limit: limit + 1 });
    return page(rows, limit, (r) => r.rowid);
  }

  /** Grants of entitlements named like admin or owner (or on a resource so named). */
  privilegedGrants(after: number, limit: number): Page<{ rowId: number; holding: Holding }> {
    // The ids come from the (entitlement, principal) index; only the page's rows are read and decoded.
    const ids = this.statement<[Cursor], { id: number }>(
      `select g.id from explore_search s join v1_grants g on g.entitlement_id = s.entitlement_id
       where s.privileged = 1 and ${this.grantsOfSync()} and g.id > @after order by g.id limit @limit`,
    ).all({ sync: this.syncId, after, limit: limit + 1 });
    const data = this.statement<[number], { data: Buffer }>('select data from v1_grants where id = ?');
    return page(ids, limit, (r) => r.id, (r) => ({ rowId: r.id, holding: this.holding(pb.Grant.decode(data.get(r.id)?.data ?? Buffer.alloc(0))) }));
  }

  /** Everything `principal` holds, each with how it came to hold it. */
  access(principal: ResourceId, after: number, limit: number): Page<{ rowId: number; holding: Holding }> {
    const rows = this.reader.listGrants({ principal }, after, limit + 1);
    return page(rows, limit, (r) => r.rowId, (r) => ({ rowId: r.rowId, holding: this.holding(r.value) }));
  }

  /** Who holds `entitlementId`, each with how. */
  holders(entitlementId: string, after: number, limit: number): Page<{ rowId: number; holding: Holding }> {
    const rows = this.reader.listGrants({ entitlementId }, after, limit + 1);
    return page(rows, limit, (r) => r.rowId, (r) => ({ rowId: r.rowId, holding: this.holding(r.value) }));
  }

  holderCount(entitlementId: string): number {
    return this.statement<[string], { n: number }>('select holders as n from explore_holders where entitlement_id = ?').get(entitlementId)?.n ?? 0;
  }

  entitlementsOf(resource: ResourceId): Entitlement[] {
    return [...allRows((a, l) => this.reader.listEntitlements({ resource }, a, l))];
  }

  /**
   * A grant with sources that do not include its own entitlement was made by expansion: the principal holds
   * a source entitlement, which nested groups carry into this one. The path is the shortest chain of the
   * principal's own grants from one held directly, each step listed in the next one's sources.
   */
  holding(grant: Grant): Holding {
    const own = grant.entitlement?.id ?? '';
    if (isDirect(grant)) return { grant, direct: true, path: [] };
    const principal = grant.principal?.id ?? {};
    const queue: string[][] = [[own]];
    const seen = new Set([own]);
    const grantOf = (id: string) => this.reader.listGrants({ entitlementId: id, principal }, 0, 1)[0]?.value;
    const sourcesOf = new Map<string, Grant | undefined>([[own, grant]]);
    while (queue.length > 0 && seen.size < 500) {
      const chain = queue.shift() ?? [];
      const g = sourcesOf.get(chain[0] ?? '');
      for (const source of Object.keys(g?.sources?.sources ?? {}).sort()) {
        if (seen.has(source)) continue;
        seen.add(source);
        const held = grantOf(source);
        if (!held) continue;
        sourcesOf.set(source, held);
        const next = [source, ...chain];
        if (isDirect(held)) return { grant, direct: false, path: next.slice(0, -1) };
        queue.push(next);
      }
    }
    // The sources name entitlements the principal does not hold directly: show what the grant records.
    return { grant, direct: false, path: Object.keys(grant.sources?.sources ?? {}).sort() };
  }

  /** The changes page's data, computed once, on first use, as `inspect diff` computes it. */
  changeSet(): Promise<Changes | string> {
    this.changes ??= this.loadChanges().catch((err: unknown) => (err as Error).message);
    return this.changes;
  }

  private async loadChanges(): Promise<Changes> {
    const tmp = this.source.tmpDir;
    const open = async (ref: SyncRef) => {
      const c = await C1zReader.open(ref.file, { syncId: ref.syncId, ...(tmp ? { tmpDir: tmp } : {}) });
      this.opened.push(c);
      return c.reader;
    };
    let base: SyncRef;
    let applied: SyncRef;
    if (this.source.compare) {
      const other = await C1zReader.open(this.source.compare, tmp ? { tmpDir: tmp } : {});
      // The sync inspect would read; a file whose only sync stopped long ago is compared through its newest one.
      const chosen = other.selectedSync?.syncId ?? other.syncRuns().at(-1)?.syncId;
      other.close();
      if (!chosen) throw new Error(`--compare ${this.source.compare}: holds no sync to compare with; pass a .c1z a sync wrote`);
      base = { file: this.source.compare, syncId: chosen };
      applied = { file: this.source.file, syncId: this.syncId };
    } else {
      ({ previous: base, latest: applied } = await lastTwoFullSyncs(this.source.file, tmp));
    }
    const diff = await diffSyncs(base, applied, tmp);
    return { diff, base: await open(base), applied: applied.syncId === this.syncId && applied.file === this.source.file ? this.reader : await open(applied) };
  }

  close(): void {
    if (this.db.open) this.db.close();
    for (const c of this.opened) c.close();
    this.c1z.close();
  }
}

/** "Sales group member" stays as it is; a bare "member" or "admin" gets its resource's name in front. */
export function entitlementLabel(resourceName: string, e: Entitlement): string {
  const own = e.displayName || e.slug || e.id || '';
  return own.toLowerCase().includes(resourceName.toLowerCase()) ? own : `${resourceName} ${own}`.trim();
}

export function isDirect(grant: Grant): boolean {
  const sources = Object.keys(grant.sources?.sources ?? {});
  return sources.length === 0 || sources.includes(grant.entitlement?.id ?? '');
}

function page<R, T = R>(rows: R[], limit: number, cursor: (r: R) => number, map: (r: R) => T = (r) => r as unknown as T): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return withNext(items.map(map), rows.length > limit && last ? cursor(last) : undefined);
}

function withNext<T>(items: T[], next: number | undefined): Page<T> {
  return next === undefined ? { items } : { items, next };
}
