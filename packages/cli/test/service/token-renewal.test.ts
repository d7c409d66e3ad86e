import { afterEach, describe, expect, it } from 'vitest';
import { RENEW_BEFORE_EXPIRY_MS } from '../../src/service/token-source.js';
import { runService, serviceArgs, startWorld, type ServiceRun, type World } from './service-harness.js';

let world: World | undefined;
let run: ServiceRun | undefined;
afterEach(async () => {
  run?.stop();
  await run?.exit;
  await world?.close();
});

async function start(tokenLifetimeSeconds: number): Promise<{ world: World; run: ServiceRun }> {
  world = await startWorld({ tokenLifetimeSeconds });
  run = runService(serviceArgs(world), world.env(), world.dir);
  const w = world;
  await w.fake.waitFor('hello', undefined, () => w.fake.hellos[0]);
  return { world: w, run };
}

describe('service mode: access tokens', () => {
  it('reuses a token that is far from expiry for every call', async () => {
    const { world } = await start(3600);
    await world.fake.waitFor<number>('poll', (n) => n >= 5);
    expect(world.fake.tokens.issued).toHaveLength(1);
    expect(world.fake.unauthenticated).toBe(0);
  });

  it('renews a token that is about to expire before sending it again', async () => {
    // A token this short-lived is always within the renewal margin, so no call may reuse one.
    const { world } = await start(Math.floor(RENEW_BEFORE_EXPIRY_MS / 1000) - 1);
    await world.fake.waitFor<number>('poll', (n) => n >= 3);
    expect(world.fake.tokens.issued.length).toBeGreaterThanOrEqual(4);
    expect(world.fake.unauthenticated).toBe(0);
  });

  it('fetches a new token when the server refuses the cached one, and the task still completes', async () => {
    const { world } = await start(3600);
    const first = world.fake.tokens.issued[0];
    if (!first) throw new Error('no token issued');
    first.expired = true;
    const id = world.fake.enqueue({ hello: {} });
    await world.fake.waitForHello(id);
    expect(world.fake.unauthenticated).toBeGreaterThanOrEqual(1);
    expect(world.fake.tokens.issued.length).toBeGreaterThanOrEqual(2);
    expect(world.fake.tokens.rejected).toEqual([]);
  });
});
