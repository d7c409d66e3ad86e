// inspect stats and syncs.
import { C1zReader } from '@baton-scim/core';
import { renderTable } from '../output/table.js';
import { allRows, withReader, type InspectOptions } from './context.js';

export async function inspectStats(o: InspectOptions): Promise<string> {
  return withReader(o, (reader) => {
    const counts: Record<string, number> = {
      resource_types: reader.count('resource_types'),
      entitlements: reader.count('entitlements'),
      grants: reader.count('grants'),
    };
    for (const t of allRows((a, l) => reader.listResourceTypes(a, l))) {
      if (t.id) counts[t.id] = reader.count('resources', t.id);
    }
    if (o.output === 'json') return JSON.stringify({ syncId: reader.syncId, counts });
    const rows = Object.keys(counts).sort().map((k) => [k, String(counts[k])]);
    return renderTable(['Type', 'Count'], rows);
  });
}

export async function inspectSyncs(o: InspectOptions): Promise<string> {
  const c1z = await C1zReader.open(o.file, o.tmpDir ? { tmpDir: o.tmpDir } : {});
  try {
    const runs = c1z.syncRuns();
    if (o.output === 'json') return JSON.stringify({ syncs: runs });
    const rows = runs.map((r) => [r.syncId, r.startedAt, r.endedAt ?? '(unfinished)', r.syncType, r.syncToken.length > 60 ? r.syncToken.slice(0, 57) + '...' : r.syncToken]);
    return renderTable(['ID', 'Started At', 'Ended At', 'Type', 'Token'], rows);
  } finally {
    c1z.close();
  }
}
