import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceArgs, startWorld, type World } from './service-harness.js';

const BIN = new URL('../../dist/bin.js', import.meta.url).pathname;

let world: World;
beforeAll(async () => { world = await startWorld({ nextHeartbeatMs: 1000 }); });
afterAll(async () => world.close());

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((r) => setTimeout(r, 20));
}

describe('service mode: stopping', () => {
  it('on SIGTERM during a sync task, reports the task as retryable, removes its files and exits 0', async () => {
    if (!existsSync(BIN)) throw new Error(`${BIN} is missing: build the CLI first (pnpm --filter @baton-scim/cli build)`);
    const tempDir = mkdtempSync(join(world.dir, 'c1z-temp-'));
    world.scim.setFaults({ hang: {} });
    const child = spawn(process.execPath, [BIN, ...serviceArgs(world, ['--c1z-temp-dir', tempDir])], {
      env: { ...world.env(), PATH: process.env.PATH ?? '' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => { stderr += c.toString(); });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

    await world.fake.waitFor('hello', undefined, () => world.fake.hellos[0]);
    const id = world.fake.enqueue({ syncFull: {} });
    await world.fake.waitFor<{ taskId: string }>('heartbeat', (h) => h.taskId === id);
    await until(() => world.scim.requests.some((r) => r.fault === 'hang'));
    expect(readdirSync(tempDir)).toHaveLength(1);
    child.kill('SIGTERM');

    expect(await exited, stderr).toBe(0);
    const done = world.fake.finished.get(id);
    expect(done?.error?.nonRetryable).toBe(false);
    expect(done?.status?.code).toBe(1); // CANCELLED: ConductorOne hands the task out again
    expect(world.fake.uploads).toHaveLength(0);
    expect(readdirSync(tempDir)).toEqual([]);
    expect(stderr).toMatch(/task abandoned: shutting down/);
    expect(stderr).toMatch(/service mode stopped/);
    // JSON logs stay JSON to the end: the "stopping" notice too.
    const lines = stderr.split('\n').filter((l) => l !== '');
    expect(lines.filter((l) => !l.startsWith('{'))).toEqual([]);
    const records = lines.map((l) => JSON.parse(l) as { msg: string; signal?: string });
    expect(records.find((r) => r.msg.startsWith('stopping (SIGTERM)'))?.signal).toBe('SIGTERM');
  });
});
