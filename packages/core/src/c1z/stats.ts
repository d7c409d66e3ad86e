// The counts `baton stats` prints for one sync.
import type { SyncReader, SyncRun } from '../store/types.js';

export interface C1zStats {
  readonly resourceTypes: number;
  /** Resources per resource type id, for every listed resource type (0 when it has none). */
  readonly resources: Readonly<Record<string, number>>;
  /** Undefined for resources_only syncs, which Go does not count. */
  readonly entitlements: number | undefined;
  readonly grants: number | undefined;
}

const PAGE = 1000;

/** Like Go: resource types as listed, then a count per listed type, then entitlements and grants. */
export function computeStats(reader: SyncReader, sync: SyncRun | undefined): C1zStats {
  // Pairs, then fromEntries: a type id such as "__proto__" stays an ordinary key.
  const perType: [string, number][] = [];
  for (let after = 0; ; ) {
    const page = reader.listResourceTypes(after, PAGE);
    for (const row of page) {
      const id = row.value.id ?? '';
      perType.push([id, reader.count('resources', id)]);
    }
    const last = page.at(-1);
    if (!last || page.length < PAGE) break;
    after = last.rowId;
  }
  const objects = sync?.syncType !== 'resources_only';
  return {
    resourceTypes: perType.length,
    resources: Object.fromEntries(perType),
    entitlements: objects ? reader.count('entitlements') : undefined,
    grants: objects ? reader.count('grants') : undefined,
  };
}
