// A sync records what it holds: Go's readers must not take a resources-only sync as a snapshot of access.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { C1zReader } from '../../src/c1z/reader.js';
import { runSync } from '../../src/sync/run-sync.js';
import { sampleDirectory, TestConnector } from '../support/test-connector.js';
import { tempDir } from '../support/temp.js';

describe('sync type', () => {
  const dir = tempDir('sync-type');
  afterAll(() => dir.remove());

  it('records resources_only when asked, keeps earlier runs full, and a later default sync is full again', async () => {
    const file = join(dir.path, 'sync.c1z');
    await runSync({ file, connector: new TestConnector(sampleDirectory) });
    await runSync({ file, connector: new TestConnector(sampleDirectory), syncType: 'resources_only' });
    await runSync({ file, connector: new TestConnector(sampleDirectory), keepSyncs: 3 });
    const reader = await C1zReader.open(file);
    try {
      const runs = reader.syncRuns();
      expect(runs.map((r) => r.syncType)).toEqual(['full', 'resources_only', 'full']);
    } finally {
      reader.close();
    }
  });
});
