// A sync stopped by an error at any page resumes in the next run and ends with the same content.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncFile } from '../../src/c1z/sync-file.js';
import { BatonError } from '../../src/errors.js';
import { runSync, type SyncSession } from '../../src/sync/run-sync.js';
import { readContents, type SyncContents, withoutSyncId } from '../support/c1z-contents.js';
import { type Directory, sampleDirectory, TestConnector } from '../support/test-connector.js';
import { tempDir } from '../support/temp.js';

const directory: Directory = {
  ...sampleDirectory,
  groups: {
    ...sampleDirectory.groups,
    eng: { ...sampleDirectory.groups.eng!, groups: ['ops'] },
    all: { ...sampleDirectory.groups.all!, groups: ['eng'] },
  },
};

describe('resume after an interrupted sync', () => {
  const dir = tempDir('engine-resume');
  let baseline: SyncContents;
  let baselineCalls = 0;

  beforeAll(async () => {
    const connector = new TestConnector(directory);
    const file = join(dir.path, 'baseline.c1z');
    const summary = await runSync({ file, connector });
    expect(summary.grantsCreatedByExpansion).toBeGreaterThan(0);
    baseline = await readContents(file);
    baselineCalls = connector.calls.length;
  });
  afterAll(() => dir.remove());

  it('continues the same sync from its last commit, whatever call failed', async () => {
    for (let failAt = 1; failAt <= baselineCalls; failAt += 4) {
      const file = join(dir.path, `fail-${failAt}.c1z`);
      let calls = 0;
      let syncId = '';
      const first = new TestConnector(directory, {
        fault: () => (++calls === failAt ? new BatonError('internal', 'boom') : undefined),
      });
      const onProgress = (e: { type: string; syncId?: string }): void => void (e.type === 'sync-start' && (syncId = e.syncId ?? ''));
      await expect(runSync({ file, connector: first, onProgress })).rejects.toThrow(/boom/);
      const second = new TestConnector(directory);
      const summary = await runSync({ file, connector: second });
      expect(summary, `failed at call ${failAt}`).toMatchObject({ resumed: true, syncId });
      // Only the failed call is repeated: committed pages are never listed again.
      expect(first.calls.length + second.calls.length, `failed at call ${failAt}`).toBe(baselineCalls + 1);
      expect(withoutSyncId(await readContents(file)), `failed at call ${failAt}`).toEqual(withoutSyncId(baseline));
    }
  });

  it('resumes in the middle of grant expansion with the graph from the checkpoint', async () => {
    const file = join(dir.path, 'expansion.c1z');
    let expansionCommits = 0;
    const crashing = async (path: string, options: Parameters<typeof SyncFile.begin>[1]): Promise<SyncSession> => {
      const session = await SyncFile.begin(path, options);
      const writer = session.writer;
      const commit = writer.commit.bind(writer);
      writer.commit = (page, checkpoint): void => {
        if (checkpoint.includes('"stage":"expand"') && ++expansionCommits === 2) throw new Error('disk full');
        commit(page, checkpoint);
      };
      return session;
    };
    await expect(runSync({ file, connector: new TestConnector(directory), open: crashing })).rejects.toThrow(
      /sync aborted while expanding grants: disk full/,
    );
    const second = new TestConnector(directory);
    await expect(runSync({ file, connector: second })).resolves.toMatchObject({ resumed: true });
    expect(second.calls).toHaveLength(0);
    expect(withoutSyncId(await readContents(file))).toEqual(withoutSyncId(baseline));
  });
});
