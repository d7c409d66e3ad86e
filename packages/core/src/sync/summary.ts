// The end-of-sync summary: what the sync stored, per table and per resource type, and how it went.
import type { SyncReader } from '../store/types.js';
import type { SyncStats } from './state.js';

export interface TableCounts {
  readonly resourceTypes: number;
  readonly resources: number;
  readonly entitlements: number;
  readonly grants: number;
}

export interface ResourceTypeCounts {
  readonly resources: number;
  /** Entitlements owned by resources of this type. */
  readonly entitlements: number;
  /** Grants of entitlements owned by resources of this type. */
  readonly grants: number;
}

export interface SyncSummary {
  readonly syncId: string;
  readonly resumed: boolean;
  readonly counts: TableCounts;
  readonly resourceTypes: Readonly<Record<string, ResourceTypeCounts>>;
  readonly grantsCreatedByExpansion: number;
  readonly requestsRetried: number;
  readonly warningCount: number;
  /** The first warnings (the count above keeps going). */
  readonly warnings: readonly string[];
  /** Time spent by this process, resumed runs included from their own start. */
  readonly durationMs: number;
}

export function buildSummary(
  reader: SyncReader,
  stats: SyncStats,
  run: { syncId: string; resumed: boolean; durationMs: number },
): SyncSummary {
  // One read per table: grants have no index by resource type, so a count per type would read them all each time.
  const resources = reader.countByResourceType('resources');
  const entitlements = reader.countByResourceType('entitlements');
  const grants = reader.countByResourceType('grants');
  const resourceTypes: Record<string, ResourceTypeCounts> = {};
  for (let after = 0; ; ) {
    const rows = reader.listResourceTypes(after, 1000);
    for (const { value } of rows) {
      const id = value.id ?? '';
      resourceTypes[id] = {
        resources: resources.get(id) ?? 0,
        entitlements: entitlements.get(id) ?? 0,
        grants: grants.get(id) ?? 0,
      };
    }
    if (rows.length < 1000) break;
    after = rows[rows.length - 1]!.rowId;
  }
  return {
    ...run,
    counts: {
      resourceTypes: reader.count('resource_types'),
      resources: sum(resources),
      entitlements: sum(entitlements),
      grants: sum(grants),
    },
    resourceTypes,
    grantsCreatedByExpansion: stats.expandedGrants,
    requestsRetried: stats.retried,
    warningCount: stats.warningCount,
    warnings: [...stats.warnings],
  };
}

function sum(counts: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const v of counts.values()) n += v;
  return n;
}
