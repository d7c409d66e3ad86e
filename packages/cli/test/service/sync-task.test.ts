import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { C1zReader } from '@baton-scim/core';
import { runService, serviceArgs, startWorld, type World } from './service-harness.js';

let world: World;
beforeAll(async () => { world = await startWorld(); });
afterAll(async () => world.close());

describe('service mode: hello and full sync', () => {
  it('says Hello with build, OS and connector metadata, uploads a sync ConductorOne can read back, and stops cleanly', async () => {
    const run = runService(serviceArgs(world), world.env(), world.dir);
    const hello = await world.fake.waitFor('hello', undefined, () => world.fake.hellos[0]);
    expect(hello.hostId).toBe('test-host');
    expect(hello.taskId).toBe('');
    expect(hello.buildInfo?.packageVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(hello.buildInfo?.langVersion).toContain(process.version);
    expect(hello.osInfo?.os).toBe(process.platform);
    expect(hello.connectorMetadata?.displayName).toBeTruthy();
    const types = hello.connectorMetadata?.capabilities?.resourceTypeCapabilities?.map((c) => c.resourceType?.id);
    expect(types).toEqual(expect.arrayContaining(['user', 'group', 'role']));

    const helloTask = world.fake.enqueue({ hello: {} });
    const syncTask = world.fake.enqueue({ syncFull: {} });
    // As Go's SDK: the hello task is answered by a Hello with its id, and not finished with FinishTask.
    await world.fake.waitForHello(helloTask);

    const done = await world.fake.waitForFinish(syncTask);
    expect(world.fake.finished.has(helloTask)).toBe(false);
    expect(done.success, JSON.stringify(done.status)).toBeTruthy();
    const upload = world.fake.uploads.find((u) => u.taskId === syncTask);
    if (!upload) throw new Error('no upload for the sync task');
    expect(upload.hostId).toBe('test-host');
    const file = join(world.dir, 'uploaded.c1z');
    writeFileSync(file, upload.data);
    const reader = await C1zReader.open(file);
    try {
      const stats = reader.stats();
      expect(stats.resources.user).toBe(world.scim.directory.users.size);
      expect(stats.resources.group).toBe(world.scim.directory.groups.size);
      expect(stats.grants).toBeGreaterThan(0);
    } finally {
      reader.close();
    }

    run.stop();
    expect(await run.exit).toBe(0);
    const lines = run.logLines();
    expect(lines.filter((l) => l.msg === 'Sync complete.').every((l) => l.task_id === syncTask)).toBe(true);
    expect(lines.some((l) => l.msg === 'Sync complete.')).toBe(true);
    expect(run.logs()).not.toContain(world.client.clientSecret.split(':')[3]);
  });
});
