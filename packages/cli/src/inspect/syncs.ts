// inspect stats and syncs.
import { C1zReader } from '@baton-scim/core';
import { renderTable } from '../output/table.js';
import { allRows, withReader, type InspectOptions } from './context.js';

export async function inspectStats(o: InspectOptions): Promise<string> {
  return withReader(o, (reader, c1z) => {
    const counts: Record<string, number> = {
      resource_types: reader.count('resource_types'),
      entitlements: reader.count('entitlements'),
      grants: reader.count('grants'),
    };
    for (const t of allRows((a, l) => reader.listResourceTypes(a, l))) {
      if (t.id) counts[t.id] = reader.count('resources', t.id);
    }
    // What the connector noted about the sync (how each listing ended), stored beside Go's tables.
    const notes = c1z.notes();
    if (o.output === 'json') return JSON.stringify({ syncId: reader.syncId, counts, notes });
    const rows = Object.keys(counts).sort().map((k) => [k, String(counts[k])]);
    const table = renderTable(['Type', 'Count'], rows);
    return notes.length === 0 ? table : `${table.trimEnd()}\n\n${notes.map((n) => n.text).join('\n')}\n`;
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
