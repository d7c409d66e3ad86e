// The table layout of new .c1z files: the Go baton-sdk v0.2.61 DDL, character for character.
import type { Database } from 'better-sqlite3';
import { BatonError } from '../errors.js';

/**
 * Why v0.2.61 and not v0.7.27: it is what the Go baton-scim connector writes, every Go reader since opens it
 * and migrates its own temp copy, and it has no grant `expansion` columns that would have to be kept in step
 * with the blobs. Its v1_sync_runs has no sync_type column, so every run in it is a full sync.
 *
 * The duplicate `idx_resource_types_external_sync_v1` statement on v1_grants is part of that DDL: SQLite skips
 * it because the name is taken, so such files have no (resource_type_id, resource_id) index on grants.
 * Index names are global and readers create missing ones with IF NOT EXISTS, so none may be renamed.
 */
export const SCHEMA_V0_2_61 = `create table if not exists v1_resource_types (
    id integer primary key,
    external_id text not null,
    data blob not null,
    sync_id text not null,
    discovered_at datetime not null
);
create unique index if not exists idx_resource_types_external_sync_v1 on v1_resource_types (external_id, sync_id);

create table if not exists v1_resources (
    id integer primary key,
    resource_type_id text not null,
    external_id text not null,
    parent_resource_type_id text,
    parent_resource_id text,
    data blob not null,
    sync_id text not null,
    discovered_at datetime not null
);
create index if not exists idx_resources_resource_type_id_v1 on v1_resources (resource_type_id);
create index if not exists idx_resources_external_sync_v1 on v1_resources (parent_resource_type_id, parent_resource_id);
create unique index if not exists idx_resources_parent_resource_id_v1 on v1_resources (external_id, sync_id);

create table if not exists v1_entitlements (
    id integer primary key,
    resource_type_id text not null,
    resource_id text not null,
    external_id text not null,
    data blob not null,
    sync_id text not null,
    discovered_at datetime not null
);
create index if not exists idx_entitlements_resource_id_v1 on v1_entitlements (resource_type_id, resource_id);
create unique index if not exists idx_entitlements_external_sync_v1 on v1_entitlements (external_id, sync_id);

create table if not exists v1_grants (
    id integer primary key,
    resource_type_id text not null,
    resource_id text not null,
    entitlement_id text not null,
    principal_resource_type_id text not null,
    principal_resource_id text not null,
    external_id text not null,
    data blob not null,
    sync_id text not null,
    discovered_at datetime not null
);
create index if not exists idx_resource_types_external_sync_v1 on v1_grants (resource_type_id, resource_id);
create index if not exists idx_grants_principal_id_v1 on v1_grants (principal_resource_type_id, principal_resource_id);
create index if not exists idx_grants_entitlement_id_principal_id_v1 on v1_grants (entitlement_id, principal_resource_type_id, principal_resource_id);
create unique index if not exists idx_grants_external_sync_v1 on v1_grants (external_id, sync_id);

create table if not exists v1_sync_runs (
    id integer primary key,
    sync_id text not null,
    started_at datetime not null,
    ended_at datetime,
    sync_token text not null
);
create unique index if not exists idx_sync_runs_sync_id_v1 on v1_sync_runs (sync_id);

create table if not exists v1_assets (
    id integer primary key,
    external_id text not null,
    content_type text not null,
    data blob not null,
    sync_id text not null,
    discovered_at datetime not null
);
create unique index if not exists idx_assets_external_sync_v1 on v1_assets (external_id, sync_id);
`;

/** Creates whatever tables and indexes are missing, as Go does on every open; existing ones are left alone. */
export function ensureSchema(db: Database): void {
  db.exec(SCHEMA_V0_2_61);
}

/** The object tables whose indexes a bulk load may build afterwards. */
export type DeferredTable = 'resources' | 'entitlements' | 'grants';

/** The non-unique indexes of the DDL per table: only filtered reads need them. */
export const SECONDARY_INDEXES_OF: Readonly<Record<DeferredTable, readonly string[]>> = {
  resources: ['idx_resources_resource_type_id_v1', 'idx_resources_external_sync_v1'],
  entitlements: ['idx_entitlements_resource_id_v1'],
  grants: ['idx_grants_principal_id_v1', 'idx_grants_entitlement_id_principal_id_v1'],
};

/** The unique (external_id, sync_id) index per table (names as Go gave them, mismatched or not). */
export const UNIQUE_INDEX_OF: Readonly<Record<DeferredTable, string>> = {
  resources: 'idx_resources_parent_resource_id_v1',
  entitlements: 'idx_entitlements_external_sync_v1',
  grants: 'idx_grants_external_sync_v1',
};

export const SECONDARY_INDEXES: readonly string[] = Object.values(SECONDARY_INDEXES_OF).flat();

/** The DDL statement that creates index `name`, exactly as in the schema (with `if not exists`). */
export function indexStatement(name: string): string {
  const statement = SCHEMA_V0_2_61.split(';\n').find((s) => s.includes(`index if not exists ${name} on`));
  if (!statement) throw new BatonError('internal', `${name} is not an index of the v0.2.61 schema`);
  return statement.trim();
}

/** The text SQLite stores for a DDL statement: `create index if not exists x …` is kept as `CREATE INDEX x …`. */
export function storedIndexSql(name: string): string {
  const statement = indexStatement(name);
  const kind = statement.startsWith('create unique index') ? 'CREATE UNIQUE INDEX' : 'CREATE INDEX';
  return `${kind} ${statement.slice(statement.indexOf(name))}`;
}
