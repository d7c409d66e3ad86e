// The explorer's data: one .c1z opened through the inspect reader, a search table added to its decompressed
// copy, and paged queries over the file's own indexed tables. Nothing is loaded whole into memory.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import DatabaseConstructor, { type Database, type Statement } from 'better-sqlite3';
import { C1zReader, findAnnotation, pb, Trait, type Entitlement, type Grant, type Resource, type ResourceId, type SyncReader } from '@baton-scim/core';
import { STATUS } from '../inspect/export-csv.js';
import { UsageError } from '../options/usage-error.js';
import { allRows, openChosen, openReader, type InspectOptions } from '../inspect/context.js';
import { openCached, type CachedC1z, type ExploreCacheOptions } from './cache.js';
import { diffSyncs, lastTwoFullSyncs, tempOpener, type OpenC1z, type SyncDiff, type SyncRef } from '../inspect/diff.js';

export type Kind = 'user' | 'group' | 'role' | 'app' | 'resource';

const KIND_OF_TRAIT: Partial<Record<number, Kind>> = { [Trait.TRAIT_USER]: 'user', [Trait.TRAIT_GROUP]: 'group', [Trait.TRAIT_ROLE]: 'role', [Trait.TRAIT_APP]: 'app' };

/** Entitlement names (or their resource's) that mark privileged access on the at-a-glance page. */
const PRIVILEGED = /admin|owner/i;

/** Search rows written per step of the background index: small enough that a page or a signal waits little. */
const INDEX_CHUNK = 500;

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
  /** Read through this cache of decompressed copies instead of decompressing into a temp directory. */
  readonly cache?: ExploreCacheOptions | undefined;
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
    private readonly release: () => void,
    /** Marks a cached copy damaged; undefined for a temp copy. */
    private readonly discard?: () => void,
  ) {}

  /**
   * Whether `err` is SQLite finding a damaged page. A cached copy is then marked so the next start rebuilds
   * it, and the returned note says so; undefined for any other error.
   */
  damaged(err: unknown): string | undefined {
    const code = (err as { code?: unknown }).code;
    if (code !== 'SQLITE_CORRUPT' && code !== 'SQLITE_NOTADB') return undefined;
    if (!this.discard) return 'the decompressed copy of the file is damaged; start explore again';
    this.discard();
    return 'the cached copy of the file is damaged; it is rebuilt when explore starts again';
  }

  /**
   * Opens the file as `inspect` does and counts holders per entitlement (the first screen needs both); the
   * search table is filled afterwards, in the background (see `indexed`).
   */
  static async open(source: ExploreSource, options: { indexChunk?: number } = {}): Promise<ExploreModel> {
    if (source.compare !== undefined && !existsSync(source.compare)) {
      throw new UsageError([`--compare ${source.compare}: no such file; pass another .c1z to compare -f with, or leave --compare out to compare the file's last two syncs`]);
    }
    let model: ExploreModel | undefined;
    const cache = source.cache;
    const opened: CachedC1z = cache
      ? await openChosen(source, () => openCached(source.file, source, cache))
      : await openReader(source).then((c) => ({ c1z: c, close: () => c.close() }));
    const { c1z } = opened;
    const close = () => opened.close();
    const discard = opened.discard ? () => opened.discard?.() : undefined;
    try {
      const db = new DatabaseConstructor(c1z.dbPath);
      // The explorer's tables are derived data in a copy: a crash of the machine can cost at most a rebuild
      // (a damaged cached copy is found and made again), so no write waits for the disk.
      db.pragma('synchronous = OFF');
      model = new ExploreModel(source, c1z, c1z.reader, db, close, discard);
      const complete = model.prepare();
      model.indexed = complete ? Promise.resolve() : model.buildIndex(options.indexChunk ?? INDEX_CHUNK);
      // Failures surface through `indexed` and the pages' notes; nothing waits on it otherwise.
      model.indexed.catch(() => undefined);
      return model;
    } catch (err) {
      if (model) model.close();
      else close();
      throw err;
    }
  }

  get syncId(): string { return this.reader.syncId; }

  /** Settles once the search table holds every resource and entitlement (or the model was closed first). */
  indexed: Promise<void> = Promise.resolve();

  /** How far the search table has got: rows written of all it will hold, and which parts are complete. */
  readonly progress = { done: 0, total: 0, entitlements: false, users: false, complete: false, error: undefined as string | undefined };

  /**
   * Resource types, the search table and its indexes, and the holder counts: what the first screen reads. A
   * cached copy keeps the tables a previous run built for this sync: then they are read as they are, and true
   * says the search table is whole.
   */
  private prepare(): boolean {
    for (const t of allRows((a, l) => this.reader.listResourceTypes(a, l))) {
      const id = t.id ?? '';
      const trait = (t.traits ?? []).map((n) => KIND_OF_TRAIT[n]).find((k) => k !== undefined);
      this.kinds.set(id, trait ?? 'resource');
      this.typeNames.set(id, t.displayName || id);
    }
    this.progress.total = this.reader.count('resources') + this.reader.count('entitlements');
    this.db.exec('create table if not exists explore_state (key text primary key, value text not null)');
    const state = this.db.prepare<[string], { value: string }>('select value from explore_state where key = ?');
    const same = state.get('sync')?.value === this.syncId && state.get('holders')?.value === 'counted';
    if (same && state.get('search')?.value === 'complete') {
      Object.assign(this.progress, { done: this.progress.total, entitlements: true, users: true, complete: true });
      return true;
    }
    if (!same) {
      this.db.prepare("delete from explore_state where key in ('holders', 'search')").run();
      this.countHolders();
      this.db.prepare("insert or replace into explore_state (key, value) values ('sync', ?), ('holders', 'counted')").run(this.syncId);
      this.db.exec('drop table if exists explore_search');
    }
    // A search table a stopped run left for this sync is kept: buildIndex carries on from its last rows.
    this.db.exec(`create table if not exists explore_search (rowid integer primary key, kind text not null, type_id text not null, resource_id text not null,
        entitlement_id text not null, name text not null, email text not null, status text not null, inactive integer not null, privileged integer not null, haystack text not null);
      create index if not exists explore_search_inactive on explore_search (inactive);
      create index if not exists explore_search_privileged on explore_search (privileged);
      create index if not exists explore_search_id on explore_search (type_id, resource_id);`);
    return false;
  }

  /**
   * Fills the search table a chunk at a time, yielding to the event loop between chunks so pages are served
   * and signals handled meanwhile. Groups, roles and other resources first (entitlement labels carry their
   * names), then entitlements (the admin/owner list), then users. Each row's rowid is its record's row id
   * (entitlements after every resource), so search results keep the file's order whichever part came first.
   * Rows already in the table (a cached copy's, from a run stopped early) are kept: each listing resumes
   * after the last row of it the table holds.
   */
  private async buildIndex(chunk: number): Promise<void> {
    const insert = this.db.prepare<unknown[]>('insert into explore_search (rowid, kind, type_id, resource_id, entitlement_id, name, email, status, inactive, privileged, haystack) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const offset = this.db.prepare<[], { n: number | null }>('select max(id) as n from v1_resources').get()?.n ?? 0;
    const types = this.db.prepare<[], { t: string }>('select distinct resource_type_id as t from v1_resources').all().map((r) => r.t);
    const names = new Map<string, string>();
    for (const r of this.db.prepare<[], { t: string; id: string; name: string }>("select type_id as t, resource_id as id, name from explore_search where kind not in ('user', 'entitlement')").iterate()) {
      names.set(`${r.t}\u0000${r.id}`, r.name);
    }
    this.progress.done = this.db.prepare<[], { n: number }>('select count(*) as n from explore_search').get()?.n ?? 0;
    const lastOfType = this.db.prepare<[string], { n: number | null }>("select max(rowid) as n from explore_search where type_id = ? and kind != 'entitlement'");
    const lastEntitlement = this.db.prepare<[], { n: number | null }>("select max(rowid) as n from explore_search where kind = 'entitlement'").get()?.n;
    const chunked = async <T>(start: number, list: (after: number, limit: number) => { rowId: number; value: T }[], write: (rowId: number, value: T) => void): Promise<boolean> => {
      let after = start;
      for (;;) {
        if (!this.db.open) return false;
        const rows = list(after, chunk);
        this.db.transaction(() => { for (const r of rows) write(r.rowId, r.value); })();
        this.progress.done += rows.length;
        const last = rows[rows.length - 1];
        if (!last || rows.length < chunk) return true;
        after = last.rowId;
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    const resources = async (users: boolean): Promise<boolean> => {
      for (const type of types.filter((t) => (this.kindOf(t) === 'user') === users)) {
        const ok = await chunked(lastOfType.get(type)?.n ?? 0, (a, l) => this.reader.listResources({ resourceTypeId: type }, a, l), (rowId, r) => {
          const row = searchRowOf(this.kindOf(type), r);
          if (row.kind !== 'user') names.set(`${row.type_id}\u0000${row.resource_id}`, row.name);
          insert.run(rowId, row.kind, row.type_id, row.resource_id, '', row.name, row.email, row.status, row.inactive, 0, row.haystack);
        });
        if (!ok) return false;
        await new Promise((resolve) => setImmediate(resolve));
      }
      return true;
    };
    try {
      await new Promise((resolve) => setImmediate(resolve));
      if (!(await resources(false))) return;
      const ok = await chunked(lastEntitlement == null ? 0 : lastEntitlement - offset, (a, l) => this.reader.listEntitlements({}, a, l), (rowId, e) => {
        const rid = e.resource?.id ?? {};
        const owner = names.get(`${rid.resourceType ?? ''}\u0000${rid.resource ?? ''}`) ?? e.resource?.displayName ?? rid.resource ?? '';
        const name = entitlementLabel(owner, e);
        insert.run(offset + rowId, 'entitlement', rid.resourceType ?? '', rid.resource ?? '', e.id ?? '', name, '', '', 0, PRIVILEGED.test(name) ? 1 : 0, `${name}\n${e.id ?? ''}`.toLowerCase());
      });
      if (!ok) return;
      this.progress.entitlements = true;
      if (!(await resources(true))) return;
      this.progress.users = true;
      this.db.prepare("insert or replace into explore_state (key, value) values ('search', 'complete')").run();
      this.progress.complete = true;
    } catch (err) {
      // Closing the model mid-chunk is not a failure; anything else is reported on the pages that need the table.
      if (!this.db.open) return;
      const note = this.damaged(err);
      this.progress.error = note === undefined ? (err as Error).message : `${(err as Error).message}: ${note}`;
      throw err;
    }
  }

  /** A note for lists read from the search table while it is being filled; undefined once it is whole. */
  indexingNote(part: 'all' | 'entitlements' | 'users' = 'all'): string | undefined {
    const p = this.progress;
    if (p.error !== undefined) return `the search index could not be built: ${p.error}`;
    if (part === 'entitlements' ? p.entitlements : part === 'users' ? p.users : p.complete) return undefined;
    return `still indexing: ${p.done.toLocaleString('en-US')} of ${p.total.toLocaleString('en-US')} records so far; reload for the rest`;
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
    const hit = this.statement<[string, string], SearchRow>(
      "select rowid, kind, type_id, resource_id, entitlement_id, name, email, status from explore_search where type_id = ? and resource_id = ? and kind != 'entitlement'",
    ).get(id.resourceType ?? '', id.resource ?? '');
    if (hit || this.progress.complete) return hit;
    // Not indexed yet: the same fields, from the record itself.
    const r = this.reader.getResource(id);
    if (!r) return undefined;
    const row = searchRowOf(this.kindOf(id.resourceType), r);
    return { rowid: 0, kind: row.kind, type_id: row.type_id, resource_id: row.resource_id, entitlement_id: '', name: row.name, email: row.email, status: row.status };
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
    // Each file is decompressed at most once: the -f file is read from the copy already open (cached or
    // temp), --compare's from one temp copy; every reader of a sync opens that copy again.
    const temp = tempOpener(this.source.tmpDir);
    const copies = new Map<string, C1zReader>([[this.c1z.path, this.c1z]]);
    const openC1z: OpenC1z = async (file, syncId) => {
      const path = resolve(file);
      let copy = copies.get(path);
      if (!copy) {
        copy = await temp(path);
        this.opened.push(copy);
        copies.set(path, copy);
      }
      return C1zReader.openDecoded(path, copy.dbPath, syncId === undefined ? {} : { syncId });
    };
    const open = async (ref: SyncRef) => {
      const c = await openC1z(ref.file, ref.syncId);
      this.opened.push(c);
      return c.reader;
    };
    let base: SyncRef;
    let applied: SyncRef;
    if (this.source.compare) {
      const other = await openC1z(this.source.compare);
      // The sync inspect would read; a file whose only sync stopped long ago is compared through its newest one.
      const chosen = other.selectedSync?.syncId ?? other.syncRuns().at(-1)?.syncId;
      other.close();
      if (!chosen) throw new Error(`--compare ${this.source.compare}: holds no sync to compare with; pass a .c1z a sync wrote`);
      base = { file: this.source.compare, syncId: chosen };
      applied = { file: this.source.file, syncId: this.syncId };
    } else {
      ({ previous: base, latest: applied } = await lastTwoFullSyncs(this.source.file, openC1z));
    }
    const diff = await diffSyncs(base, applied, openC1z);
    return { diff, base: await open(base), applied: applied.syncId === this.syncId && applied.file === this.source.file ? this.reader : await open(applied) };
  }

  close(): void {
    if (this.db.open) this.db.close();
    for (const c of this.opened) c.close();
    this.release();
  }
}

/** A resource's search fields: its name, primary email and account status, and the lowercased haystack. */
function searchRowOf(kind: Kind, r: Resource) {
  const id = r.id ?? {};
  const trait = findAnnotation(r.annotations, 'UserTrait');
  const email = trait?.emails?.find((e) => e.isPrimary)?.address ?? trait?.emails?.[0]?.address ?? '';
  const status = trait ? (STATUS[trait.status?.status ?? 0] ?? 'Unknown') : '';
  const name = r.displayName || (id.resource ?? '');
  return {
    kind, type_id: id.resourceType ?? '', resource_id: id.resource ?? '', name, email, status,
    inactive: status === 'Disabled' || status === 'Deleted' ? 1 : 0, haystack: `${name}\n${email}\n${id.resource ?? ''}`.toLowerCase(),
  };
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
