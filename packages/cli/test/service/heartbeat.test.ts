import { mkdtempSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runService, serviceArgs, startWorld, type ServiceRun, type World } from './service-harness.js';

let world: World;
let run: ServiceRun;
let tempDir: string;
beforeAll(async () => {
  world = await startWorld({ nextHeartbeatMs: 1000 });
  tempDir = mkdtempSync(join(world.dir, 'c1z-temp-'));
  run = runService(serviceArgs(world, ['--c1z-temp-dir', tempDir]), world.env(), world.dir);
  await world.fake.waitFor('hello', undefined, () => world.fake.hellos[0]);
});
afterAll(async () => {
  run.stop();
  await run.exit;
  await world.close();
});

describe('service mode: heartbeats', () => {
  it('beats while a sync runs and stops the sync when ConductorOne cancels the task', async () => {
    // The SCIM server never answers, so the sync is still running when the cancellation comes.
    world.scim.setFaults({ hang: {} });
    const syncWaiting = (): boolean => world.scim.requests.some((r) => r.fault === 'hang');
    world.fake.heartbeatPlan = (_id, n) => (n >= 2 && syncWaiting() ? { cancelled: true } : { nextHeartbeatMs: 1000 });
    const id = world.fake.enqueue({ syncFull: {} });
    const done = await world.fake.waitForFinish(id);
    expect(world.fake.heartbeats.filter((t) => t === id).length).toBeGreaterThanOrEqual(2);
    expect(done.success).toBeFalsy();
    expect(done.status?.code).toBe(1); // CANCELLED
    expect(done.status?.message).toBe('ConductorOne cancelled the task');
    expect(world.fake.uploads.filter((u) => u.taskId === id)).toHaveLength(0);
    expect(readdirSync(tempDir)).toEqual([]);
    world.scim.clearFaults();
  });

  it('does not start a sync the first heartbeat already cancels', async () => {
    world.fake.heartbeatPlan = () => ({ cancelled: true });
    const before = world.scim.requests.length;
    const id = world.fake.enqueue({ syncFull: {} });
    const done = await world.fake.waitForFinish(id);
    expect(done.status?.message).toBe('ConductorOne cancelled the task');
    expect(world.scim.requests.length).toBe(before);
  });

  it('abandons a sync after ten heartbeats in a row fail', async () => {
    world.scim.setFaults({ hang: {} });
    world.fake.heartbeatPlan = (_id, n) => (n >= 2 ? { fail: true, nextHeartbeatMs: 1000 } : { nextHeartbeatMs: 1000 });
    const id = world.fake.enqueue({ syncFull: {} });
    const done = await world.fake.waitForFinish(id);
    expect(done.status?.message).toBe('task abandoned after 10 failed heartbeats in a row');
    expect(done.status?.code).toBe(14); // UNAVAILABLE: ConductorOne may hand it out again
    expect(done.error?.nonRetryable).toBe(false);
    expect(world.fake.heartbeats.filter((t) => t === id)).toHaveLength(11);
    world.scim.clearFaults();
  });
});
