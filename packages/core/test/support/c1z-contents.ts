// Reads a .c1z's latest finished sync into plain comparable maps: external id → decoded object as JSON.
import { C1zReader } from '../../src/c1z/reader.js';
import { resourceKey } from '../../src/model/ids.js';
import { pb } from '../../src/model/pb.js';
import type { SyncReader } from '../../src/store/types.js';

export interface SyncContents {
  readonly syncId: string;
  readonly resourceTypes: Map<string, unknown>;
  readonly resources: Map<string, unknown>;
  readonly entitlements: Map<string, unknown>;
  readonly grants: Map<string, unknown>;
}

export async function readContents(file: string, syncId?: string): Promise<SyncContents> {
  const c1z = await C1zReader.open(file, syncId === undefined ? {} : { syncId });
  try {
    const r = c1z.reader;
    return {
      syncId: c1z.selectedSync?.syncId ?? '',
      resourceTypes: collect(
        (a, n) => r.listResourceTypes(a, n),
        (v) => v.id ?? '',
        (v) => pb.ResourceType.toObject(pb.ResourceType.fromObject(v)),
      ),
      resources: collect(
        (a, n) => r.listResources({}, a, n),
        (v) => resourceKey(v.id ?? {}),
        (v) => pb.Resource.toObject(pb.Resource.fromObject(v)),
      ),
      entitlements: collect(
        (a, n) => r.listEntitlements({}, a, n),
        (v) => v.id ?? '',
        (v) => pb.Entitlement.toObject(pb.Entitlement.fromObject(v)),
      ),
      grants: collect(
        (a, n) => r.listGrants({}, a, n),
        (v) => v.id ?? '',
        (v) => pb.Grant.toObject(pb.Grant.fromObject(v)),
      ),
    };
  } finally {
    c1z.close();
  }
}

/** The contents without the sync id, to compare two syncs of the same data. */
export function withoutSyncId(c: SyncContents): Omit<SyncContents, 'syncId'> {
  return { resourceTypes: c.resourceTypes, resources: c.resources, entitlements: c.entitlements, grants: c.grants };
}

/** Every grant of a reader as "entitlement|principal type|principal id" → sorted source entitlement ids. */
export function grantTriples(reader: SyncReader): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (let after = 0; ; ) {
    const rows = reader.listGrants({}, after, 5000);
    for (const { value: g } of rows) {
      const key = `${g.entitlement?.id ?? ''}|${g.principal?.id?.resourceType ?? ''}|${g.principal?.id?.resource ?? ''}`;
      out.set(key, Object.keys(g.sources?.sources ?? {}).sort());
    }
    if (rows.length < 5000) return out;
    after = rows[rows.length - 1]!.rowId;
  }
}

function collect<T>(
  list: (after: number, limit: number) => { rowId: number; value: T }[],
  key: (value: T) => string,
  plain: (value: T) => unknown,
): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (let after = 0; ; ) {
    const rows = list(after, 1000);
    for (const row of rows) out.set(key(row.value), JSON.parse(JSON.stringify(plain(row.value))));
    if (rows.length < 1000) return out;
    after = rows[rows.length - 1]!.rowId;
  }
}
