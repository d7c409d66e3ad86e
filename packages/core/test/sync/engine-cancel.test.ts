// An abort that arrives as an event (a signal handler) stops the sync in every phase, and the next run resumes it.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatonError } from '../../src/errors.js';
import type { SyncPhase, SyncProgressEvent } from '../../src/sync/progress.js';
import { runSync } from '../../src/sync/run-sync.js';
import { readContents, type SyncContents, withoutSyncId } from '../support/c1z-contents.js';
import { type Directory, sampleDirectory, TestConnector } from '../support/test-connector.js';
import { tempDir } from '../support/temp.js';

// Nested groups, so that grant expansion has work to do.
const directory: Directory = {
  ...sampleDirectory,
  groups: {
    ...sampleDirectory.groups,
    eng: { ...sampleDirectory.groups.eng!, groups: ['ops'] },
    all: { ...sampleDirectory.groups.all!, groups: ['eng'] },
  },
};

const WORDS: Record<Exclude<SyncPhase, 'resource-types'>, RegExp> = {
  resources: /cancelled while listing resources/,
  entitlements: /cancelled while listing entitlements/,
  grants: /cancelled while listing grants/,
  'grant-expansion': /cancelled while expanding grants/,
};

describe('cancellation in every phase', () => {
  const dir = tempDir('engine-cancel');
  let baseline: SyncContents;

  beforeAll(async () => {
    const file = join(dir.path, 'baseline.c1z');
    await runSync({ file, connector: new TestConnector(directory) });
    baseline = await readContents(file);
  });
  afterAll(() => dir.remove());

  it.each(Object.keys(WORDS) as (keyof typeof WORDS)[])('stops during %s, keeps a checkpoint, and the next run resumes it', async (phase) => {
    const file = join(dir.path, `${phase}.c1z`);
    const controller = new AbortController();
    const started: SyncPhase[] = [];
    let syncId = '';
    // Every call of the test connector answers from memory: the abort, delivered as a macrotask the way a
    // signal handler runs, is seen only if the engine yields to the event loop between steps.
    const onProgress = (e: SyncProgressEvent): void => {
      if (e.type === 'sync-start') syncId = e.syncId;
      if (e.type !== 'phase-start') return;
      started.push(e.phase);
      if (e.phase === phase) setImmediate(() => controller.abort());
    };
    const err = await runSync({ file, connector: new TestConnector(directory), signal: controller.signal, onProgress }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BatonError);
    expect((err as BatonError).code).toBe('cancelled');
    expect((err as BatonError).message).toMatch(WORDS[phase]);
    expect(started.at(-1)).toBe(phase);

    const summary = await runSync({ file, connector: new TestConnector(directory) });
    expect(summary).toMatchObject({ resumed: true, syncId });
    expect(withoutSyncId(await readContents(file))).toEqual(withoutSyncId(baseline));
  });
});
