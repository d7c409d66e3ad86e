// A stop that arrives while a sync finishes: once the file is saved the sync succeeded, and says so (exit 0);
// before that it is a stopped sync (130).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { ScimTestServer } from '@baton-scim/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StopControl } from '../src/io.js';
import { main } from '../src/index.js';
import { exitCodeAfter } from '../src/signals.js';
import { startServer, syncArgs, tempDir } from './support/run.js';

let server: ScimTestServer;
beforeAll(async () => { server = await startServer(); });
afterAll(async () => server.close());

/** Runs a sync in-process and aborts it, as SIGINT does, the moment a JSON log line matching `at` is written. */
async function syncStoppedAt(at: RegExp): Promise<{ code: number; exit: number; file: string; stop: StopControl }> {
  const controller = new AbortController();
  const stop: StopControl = { graceMs: 1500, signalSetsExitCode: true };
  const stderr = new Writable({
    write(chunk: Buffer | string, _e, done) {
      if (at.test(String(chunk))) controller.abort();
      done();
    },
  });
  const file = join(tempDir(), 'sync.c1z');
  const code = await main(syncArgs(server, file), {
    stdout: new Writable({ write: (_c, _e, done) => done() }), stderr, env: {}, cwd: tempDir(), interactive: false, signal: controller.signal, stop,
  });
  return { code, exit: exitCodeAfter(code, 'SIGINT', stop), file, stop };
}

describe('SIGINT during the finishing steps', () => {
  it('exits 0 when the file was saved before the stop could take effect', async () => {
    const run = await syncStoppedAt(/"msg":"sync saved"/);
    expect(run.code).toBe(0);
    expect(existsSync(run.file)).toBe(true);
    expect(run.stop.saved).toBe(true);
    expect(run.exit).toBe(0);
  });

  it('still exits 130, with no file, when the stop came before the save', async () => {
    const run = await syncStoppedAt(/"msg":"Syncing resources\.\.\."/);
    expect(existsSync(run.file)).toBe(false);
    expect(run.stop.saved).not.toBe(true);
    expect(run.exit).toBe(130);
  });
});
