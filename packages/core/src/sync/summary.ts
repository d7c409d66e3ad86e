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
  const resourceTypes: Record<string, ResourceTypeCounts> = {};
  for (let after = 0; ; ) {
    const rows = reader.listResourceTypes(after, 1000);
    for (const { value } of rows) {
      const id = value.id ?? '';
      resourceTypes[id] = {
        resources: reader.count('resources', id),
        entitlements: reader.count('entitlements', id),
        grants: reader.count('grants', id),
      };
    }
    if (rows.length < 1000) break;
    after = rows[rows.length - 1]!.rowId;
  }
  return {
    ...run,
    counts: {
      resourceTypes: reader.count('resource_types'),
      resources: reader.count('resources'),
      entitlements: reader.count('entitlements'),
      grants: reader.count('grants'),
    },
    resourceTypes,
    grantsCreatedByExpansion: stats.expandedGrants,
    requestsRetried: stats.retried,
    warningCount: stats.warningCount,
    warnings: [...stats.warnings],
  };
}
