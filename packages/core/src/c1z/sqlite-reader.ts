// SyncReader over the tables of a .c1z database: lookups by id and rowid-paged, filtered listings.
import type { Database, Statement } from 'better-sqlite3';
import { BatonError } from '../errors.js';
import { resourceKey } from '../model/ids.js';
import type { Entitlement, Grant, Resource, ResourceId, ResourceType } from '../model/pb.js';
import type { EntitlementFilter, GrantFilter, HolderCursor, HolderRow, ResourceFilter, Row, SyncReader } from '../store/types.js';
import { decodeGrantHolder, decoders, type ObjectTable } from './row-codec.js';

type Param = string | number;
type Decoded<T extends ObjectTable> = ReturnType<(typeof decoders)[T]>;
interface DataRow {
  id: number;
  data: Buffer;
}

/** A filter as SQL conditions and their parameters. */
interface Where {
  readonly sql: string[];
  readonly params: Param[];
}

function where(pairs: readonly (readonly [string, Param | null | undefined])[]): Where {
  const sql: string[] = [];
  const params: Param[] = [];
  for (const [column, value] of pairs) {
    if (value === undefined || value === null) continue;
    sql.push(`${column} = ?`);
    params.push(value);
  }
  return { sql, params };
}

/**
 * Reads one sync. With `syncId` undefined it reads rows of every sync, which is what Go does when a file has
 * no sync it would choose.
 */
export class SqliteSyncReader implements SyncReader {
  readonly syncId: string;
  private readonly statements = new Map<string, Statement<Param[], unknown>>();

  constructor(
    protected readonly db: Database,
    syncId: string | undefined,
    protected readonly label: string,
  ) {
    this.syncId = syncId ?? '';
  }

  getResourceType(id: string): ResourceType | undefined {
    return this.getOne('resource_types', where([['external_id', id]]));
  }

  getResource(id: ResourceId): Resource | undefined {
    const w = where([
      ['resource_type_id', id.resourceType ?? ''],
      ['external_id', resourceKey(id)],
    ]);
    return this.getOne('resources', w);
  }

  storedResources(ids: readonly ResourceId[]): Set<string> {
    if (ids.length === 0) return new Set();
    const s = this.scoped({ sql: [], params: [] });
    // json_each drives the join: one probe of the (external_id, sync_id) index per id, as getResource makes.
    const sql =
      'select r.external_id as k from json_each(?) as p cross join v1_resources as r ' +
      'where r.external_id = p.value ->> 0 and r.resource_type_id = p.value ->> 1' +
      s.sql.map((c) => ` and r.${c}`).join('');
    const pairs = JSON.stringify(ids.map((id) => [resourceKey(id), id.resourceType ?? '']));
    return new Set(this.statement<{ k: string }>(sql).all(pairs, ...s.params).map((row) => row.k));
  }

  getEntitlement(id: string): Entitlement | undefined {
    return this.getOne('entitlements', where([['external_id', id]]));
  }

  getGrant(id: string): Grant | undefined {
    return this.getOne('grants', where([['external_id', id]]));
  }

  listResourceTypes(afterRowId: number, limit: number): Row<ResourceType>[] {
    return this.list('resource_types', where([]), afterRowId, limit);
  }

  listResources(filter: ResourceFilter, afterRowId: number, limit: number): Row<Resource>[] {
    const w = where([
      ['resource_type_id', filter.resourceTypeId],
      ['parent_resource_type_id', filter.parent?.resourceType],
      ['parent_resource_id', filter.parent?.resource],
    ]);
    return this.list('resources', w, afterRowId, limit);
  }

  listEntitlements(filter: EntitlementFilter, afterRowId: number, limit: number): Row<Entitlement>[] {
    const w = where([
      ['resource_type_id', filter.resource?.resourceType ?? filter.resourceTypeId],
      ['resource_id', filter.resource?.resource],
    ]);
    return this.list('entitlements', w, afterRowId, limit);
  }

  listGrants(filter: GrantFilter, afterRowId: number, limit: number): Row<Grant>[] {
    const w = where([
      ['entitlement_id', filter.entitlementId],
      ['principal_resource_type_id', filter.principal?.resourceType],
      ['principal_resource_id', filter.principal?.resource],
      ['resource_type_id', filter.resource?.resourceType ?? filter.resourceTypeId],
      ['resource_id', filter.resource?.resource],
    ]);
    if (filter.mentions !== undefined) {
      w.sql.push('instr(data, cast(? as blob)) > 0');
      w.params.push(filter.mentions);
    }
    return this.list('grants', w, afterRowId, limit);
  }

  grantsHeldBy(entitlementId: string, principals: readonly ResourceId[]): Row<Grant>[] {
    if (principals.length === 0) return [];
    const pairs = new Set(principals.map((p) => JSON.stringify([p.resourceType ?? '', p.resource ?? ''])));
    const keys = `[${[...pairs].join(',')}]`;
    // json_each drives the join, so each principal is one probe of the (entitlement, principal) index.
    const s = this.scoped({ sql: [], params: [] });
    const sql =
      'select g.id as id, g.data as data from json_each(?) as p cross join v1_grants as g ' +
      "where g.entitlement_id = ? and g.principal_resource_type_id = p.value ->> 0 and g.principal_resource_id = p.value ->> 1" +
      s.sql.map((c) => ` and g.${c}`).join('') +
      ' order by g.id';
    return this.statement<DataRow>(sql)
      .all(keys, entitlementId, ...s.params)
      .map((row) => ({ rowId: row.id, value: this.decode('grants', row) }));
  }

  holdersOf(entitlementId: string, after: HolderCursor | undefined, limit: number): HolderRow<Grant>[] {
    const s = this.scoped({ sql: [], params: [] });
    const params = after === undefined ? [entitlementId, ...s.params, limit] : [entitlementId, ...s.params, ...after, limit];
    return this.statement<HolderDataRow>(holdersSql(s.sql, after !== undefined))
      .all(...params)
      .map((row) => ({ rowId: row.id, cursor: [row.t, row.p, row.id], value: this.decodeWith('grants', row, decodeGrantHolder) }));
  }

  count(table: ObjectTable, resourceTypeId?: string): number {
    const column = table === 'resource_types' ? 'external_id' : 'resource_type_id';
    const w = this.scoped(where([[column, resourceTypeId]]));
    const sql = `select count(*) as n from v1_${table}${clause(w.sql)}`;
    return this.statement<{ n: number }>(sql).get(...w.params)?.n ?? 0;
  }

  countByResourceType(table: Exclude<ObjectTable, 'resource_types'>): Map<string, number> {
    const w = this.scoped({ sql: [], params: [] });
    const sql = `select resource_type_id as t, count(*) as n from v1_${table}${clause(w.sql)} group by resource_type_id`;
    return new Map(this.statement<{ t: string; n: number }>(sql).all(...w.params).map((row) => [row.t, row.n]));
  }

  private getOne<T extends ObjectTable>(table: T, w: Where): Decoded<T> | undefined {
    const s = this.scoped(w);
    const sql = `select id, data from v1_${table}${clause(s.sql)} order by id desc limit 1`;
    const row = this.statement<DataRow>(sql).get(...s.params);
    return row && this.decode(table, row);
  }

  private list<T extends ObjectTable>(table: T, w: Where, afterRowId: number, limit: number): Row<Decoded<T>>[] {
    const s = this.scoped(w);
    const sql = `select id, data from v1_${table}${clause([...s.sql, 'id > ?'])} order by id limit ?`;
    return this.statement<DataRow>(sql)
      .all(...s.params, afterRowId, limit)
      .map((row) => ({ rowId: row.id, value: this.decode(table, row) }));
  }

  private scoped(w: Where): Where {
    if (this.syncId === '') return w;
    return { sql: [...w.sql, 'sync_id = ?'], params: [...w.params, this.syncId] };
  }

  /** Prepared once per distinct SQL text; each filter combination is one text. */
  private statement<R>(sql: string): Statement<Param[], R> {
    if (!this.db.open) {
      throw new BatonError(
        'failed-precondition',
        `${this.label} is no longer open: its SyncFile was finished or abandoned, or its C1zReader closed`,
      );
    }
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.db.prepare<Param[], unknown>(sql);
      this.statements.set(sql, stmt);
    }
    return stmt as Statement<Param[], R>;
  }

  private decode<T extends ObjectTable>(table: T, row: DataRow): Decoded<T> {
    return this.decodeWith(table, row, decoders[table] as (data: Buffer) => Decoded<T>);
  }

  private decodeWith<T extends ObjectTable, V>(table: T, row: DataRow, decoder: (data: Buffer) => V): V {
    try {
      return decoder(row.data);
    } catch (err) {
      throw new BatonError(
        'invalid-data',
        `${this.label}: v1_${table} row ${row.id} holds a blob that is not a valid message: ${(err as Error).message}`,
        { cause: err },
      );
    }
  }
}

interface HolderDataRow extends DataRow {
  readonly t: string;
  readonly p: string;
}

/**
 * One entitlement's grants in the order of the (entitlement, principal) index, whose entries end with the rowid:
 * no sort, so a page costs its own rows. Ordering by rowid instead sorts every later grant of the entitlement
 * for each page, which makes an entitlement with a hundred thousand holders take seconds instead of a fraction.
 */
export function holdersSql(scope: readonly string[], withCursor: boolean): string {
  const conditions = ['entitlement_id = ?', ...scope];
  if (withCursor) conditions.push('(principal_resource_type_id, principal_resource_id, id) > (?, ?, ?)');
  return (
    'select id, principal_resource_type_id as t, principal_resource_id as p, data from v1_grants' +
    `${clause(conditions)} order by principal_resource_type_id, principal_resource_id, id limit ?`
  );
}

const clause = (conditions: readonly string[]): string =>
  conditions.length === 0 ? '' : ` where ${conditions.join(' and ')}`;
