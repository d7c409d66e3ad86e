import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { C1zReader, type C1zStats } from '@baton-scim/core';
import { runService, serviceArgs, startWorld, type ServiceRun, type World } from './service-harness.js';

let world: World | undefined;
let run: ServiceRun | undefined;
afterEach(async () => {
  run?.stop();
  await run?.exit;
  await world?.close();
  world = undefined;
  run = undefined;
});

async function start(extra: string[] = [], options: Parameters<typeof startWorld>[0] = {}): Promise<World> {
  const w = await startWorld(options);
  world = w;
  run = runService(serviceArgs(w, extra), w.env(), w.dir);
  await w.fake.waitFor('hello', undefined, () => w.fake.hellos[0]);
  return w;
}

async function uploadedStats(w: World, taskId: string): Promise<{ stats: C1zStats; syncs: number }> {
  const done = await w.fake.waitForFinish(taskId);
  expect(done.success, JSON.stringify(done.status)).toBeTruthy();
  const upload = w.fake.uploads.find((u) => u.taskId === taskId);
  if (!upload) throw new Error('no upload');
  const file = join(w.dir, `${taskId}.c1z`);
  writeFileSync(file, upload.data);
  const reader = await C1zReader.open(file);
  try {
    return { stats: reader.stats(), syncs: reader.syncRuns().filter((r) => r.endedAt).length };
  } finally {
    reader.close();
  }
}

describe('service mode: what a sync task syncs', () => {
  it('--skip-full-sync validates the connection and uploads an empty but finished sync', async () => {
    const w = await start(['--skip-full-sync', '-f', 'ignored.c1z']);
    const id = w.fake.enqueue({ syncFull: {} });
    const { stats, syncs } = await uploadedStats(w, id);
    expect(syncs).toBe(1);
    expect(stats.resourceTypes).toBe(0);
    expect(w.scim.requests.length).toBeGreaterThan(0);
    expect(w.scim.requests.every((r) => !/^\/scim\/v2\/Groups/.test(r.path))).toBe(true);
    expect(run?.logLines().find((l) => l.msg === 'ignored in service mode: each task says what to do')?.flags).toEqual(['--file']);
  });

  it("honours the task's resource type filter and its skip of entitlements and grants; the connector's lines carry the task id", async () => {
    const w = await start(['--log-level', 'debug']);
    const id = w.fake.enqueue({ syncFull: { syncResourceTypeIds: ['user'], skipEntitlementsAndGrants: true } });
    const { stats } = await uploadedStats(w, id);
    expect(Object.keys(stats.resources)).toEqual(['user']);
    expect(stats.resources.user).toBe(w.scim.directory.users.size);
    expect(stats.grants ?? 0).toBe(0);
    expect(stats.entitlements ?? 0).toBe(0);
    const scimLines = (run?.logLines() ?? []).filter((l) => l.msg === 'SCIM request');
    expect(scimLines.length).toBeGreaterThan(0);
    expect(scimLines.every((l) => l.task_id === id)).toBe(true);

    const bad = w.fake.enqueue({ syncFull: { syncResourceTypeIds: ['nope'] } });
    const refused = await w.fake.waitForFinish(bad);
    expect(refused.status?.message).toMatch(/invalid resource type "nope"/);
  });

  it('runs no more tasks at once than --task-concurrency allows', async () => {
    const w = await start(['--task-concurrency', '1'], { nextHeartbeatMs: 1000 });
    w.scim.setFaults({ hang: {} });
    w.fake.heartbeatPlan = () => ({ nextHeartbeatMs: 1000 });
    const first = w.fake.enqueue({ syncFull: {} });
    const second = w.fake.enqueue({ hello: {} });
    // While the first task is still beating, the second must stay queued.
    await w.fake.waitFor<{ taskId: string; n: number }>('heartbeat', (h) => h.taskId === first && h.n >= 2);
    expect(w.fake.hellos.some((h) => h.taskId === second)).toBe(false);
    w.fake.heartbeatPlan = () => ({ cancelled: true });
    await w.fake.waitForFinish(first);
    await w.fake.waitForHello(second);
  });
});
