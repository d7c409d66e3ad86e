// Shared by the sync and provisioning tests: configs for the test servers, a real sync into a temp .c1z, and reading it back.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { C1zReader, pb, runSync, type Entitlement, type Grant, type Resource, type ResourceType, type RunSyncOptions, type SyncSummary } from '@baton-scim/core';
import { stringify } from 'yaml';
import { loadScimConfig } from '../../src/config/load.js';
import type { ScimConfig } from '../../src/config/types.js';
import { createScimConnector, type ScimConnector, type ScimConnectorOptions } from '../../src/connector/connector.js';

type Tree = { [key: string]: unknown };

/** The documented generic mapping, plus roles, pointed at a test server. */
export const BASE_CONFIG: Tree = {
  apiEndpoint: 'http://127.0.0.1:1/scim/v2/',
  hasScimHeader: true,
  auth: { authType: 'oauth2' },
  user: {
    id: 'id',
    userName: 'userName',
    firstName: 'name.givenName',
    lastName: 'name.familyName',
    primaryEmail: 'emails[?(@.primary==true)].value',
    firstEmail: 'emails[0].value',
    active: 'active',
    roles: { path: 'roles', name: 'value', display: 'display' },
  },
  group: { id: 'id', displayName: 'displayName', members: { path: 'members', id: 'value', displayName: 'display' } },
  pagination: { totalResults: 'totalResults', itemsPerPage: 'itemsPerPage', startIndex: 'startIndex' },
};

export const PROVISIONING: Tree = {
  addUserToGroup: { op: 'add', path: 'members', valuePath: 'value' },
  removeUserFromGroup: { op: 'remove', path: 'members', valuePath: 'value' },
  addUserRole: { op: 'add', path: 'roles', valuePath: 'value' },
  removeUserRole: { op: 'remove', path: 'roles', valuePath: 'value' },
};

function merge(base: Tree, patch: Tree): Tree {
  const out: Tree = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    const current = out[key];
    if (value === undefined) delete out[key];
    else out[key] = isTree(current) && isTree(value) ? merge(current, value) : value;
  }
  return out;
}

function isTree(value: unknown): value is Tree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** BASE_CONFIG with `patch` merged in (undefined removes a key), loaded through the real YAML loader. */
export function scimConfig(apiEndpoint: string, patch: Tree = {}): ScimConfig {
  return loadScimConfig(stringify(merge({ ...BASE_CONFIG, apiEndpoint }, patch)), { file: 'test-provider.yaml' });
}

export const TOKEN = 'test-token-0123456789';

/** No real waiting in tests: retries and Retry-After waits are recorded instead. */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return { waits, sleep: (ms: number) => (waits.push(ms), Promise.resolve()) };
}

export function connectorFor(options: Omit<ScimConnectorOptions, 'credentials'> & Partial<Pick<ScimConnectorOptions, 'credentials'>>): ScimConnector {
  return createScimConnector({ credentials: { token: TOKEN }, ...options });
}

export interface TempDir {
  readonly dir: string;
  file(name?: string): string;
  remove(): Promise<void>;
}

export async function tempDir(): Promise<TempDir> {
  const dir = await mkdtemp(join(tmpdir(), 'scim-connector-'));
  return { dir, file: (name = 'sync.c1z') => join(dir, name), remove: () => rm(dir, { recursive: true, force: true }) };
}

export function sync(connector: ScimConnector, file: string, extra: Partial<RunSyncOptions> = {}): Promise<SyncSummary> {
  return runSync({ file, connector, sleep: () => Promise.resolve(), ...extra });
}

export interface SyncContents {
  readonly resourceTypes: ResourceType[];
  readonly resources: Resource[];
  readonly entitlements: Entitlement[];
  readonly grants: Grant[];
}

/** Every object of the latest finished sync. */
export async function readSync(file: string): Promise<SyncContents> {
  const c1z = await C1zReader.open(file);
  try {
    const r = c1z.reader;
    return {
      resourceTypes: all((after) => r.listResourceTypes(after, 1000)),
      resources: all((after) => r.listResources({}, after, 1000)),
      entitlements: all((after) => r.listEntitlements({}, after, 1000)),
      grants: all((after) => r.listGrants({}, after, 1000)),
    };
  } finally {
    c1z.close();
  }
}

function all<T>(page: (after: number) => { rowId: number; value: T }[]): T[] {
  const out: T[] = [];
  for (let after = 0; ; ) {
    const rows = page(after);
    out.push(...rows.map((row) => row.value));
    if (rows.length < 1000) return out;
    after = rows[rows.length - 1]!.rowId;
  }
}

/** Each object as `id → base64 of its protobuf encoding`: two syncs with equal maps hold the same data. */
export function fingerprint(contents: SyncContents): Record<string, Record<string, string>> {
  const encode = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
  const map = <T>(items: T[], id: (t: T) => string, bytes: (t: T) => Uint8Array): Record<string, string> =>
    Object.fromEntries(items.map((item): [string, string] => [id(item), encode(bytes(item))]).sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    resourceTypes: map(contents.resourceTypes, (t) => t.id ?? '', (t) => pb.ResourceType.encode(t).finish()),
    resources: map(contents.resources, (r) => `${r.id?.resourceType}:${r.id?.resource}`, (r) => pb.Resource.encode(r).finish()),
    entitlements: map(contents.entitlements, (e) => e.id ?? '', (e) => pb.Entitlement.encode(e).finish()),
    grants: map(contents.grants, (g) => g.id ?? '', (g) => pb.Grant.encode(g).finish()),
  };
}

export const idsOf = (items: readonly { id?: string | null }[]): string[] => items.map((i) => i.id ?? '').sort();
export const resourceIds = (items: readonly Resource[], type: string): string[] =>
  items.filter((r) => r.id?.resourceType === type).map((r) => r.id?.resource ?? '').sort();
