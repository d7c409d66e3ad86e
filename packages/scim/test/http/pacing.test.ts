// Requests paced before the server refuses them: documented rates (http.rateLimits), X-RateLimit-Remaining 0, and 403s that name a rate reason.
import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createScimHttpClient, type ScimHttpClient } from '../../src/http/client.js';
import { ScimHttpError } from '../../src/http/errors.js';
import type { ScimHttpOptions } from '../../src/http/options.js';
import { json, startServer, type TestServer } from './test-server.js';

let server: TestServer | undefined;
let client: ScimHttpClient | undefined;

afterEach(async () => {
  await client?.close();
  await server?.close();
  client = undefined;
  server = undefined;
});

/** A clock that moves only when the client sleeps, so waits are exact and no real time passes. */
function fakeClock() {
  let t = 1_000_000;
  const waits: number[] = [];
  return {
    waits,
    now: () => t,
    sleep: (ms: number) => {
      waits.push(ms);
      t += ms;
      return Promise.resolve();
    },
  };
}

function connect(s: TestServer, extra: Partial<ScimHttpOptions> = {}) {
  const clock = fakeClock();
  client = createScimHttpClient({ baseUrl: s.url, auth: { type: 'none' }, sleep: clock.sleep, now: clock.now, random: () => 0.5, ...extra });
  return { client, clock };
}

const ok = (res: ServerResponse): void => json(res, 200, { id: 'u1' });

describe('http.rateLimits', () => {
  it('spaces the matching requests to the documented rate and leaves the others alone', async () => {
    server = await startServer((_req, res) => ok(res));
    const { client: c, clock } = connect(server, { rateLimits: [{ requests: 5, perSeconds: 30, method: 'GET', path: '/Groups' }] });
    for (let i = 0; i < 7; i += 1) await c.get('/Groups', { startIndex: i * 10 + 1 });
    await c.get('/Users');
    await c.send('PATCH', '/Groups/g1', { Operations: [] });
    // Five at once (the bucket starts full), then one every 6 s; /Users and the PATCH are not paced.
    expect(clock.waits).toEqual([6000, 6000]);
    expect(server.requests).toHaveLength(9);
  });
});

describe('X-RateLimit-Remaining', () => {
  it('holds the next request until the reset once a success says the window is spent', async () => {
    server = await startServer((_req, res, i) => json(res, 200, { id: 'u1' }, i === 0 ? { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '4' } : {}));
    const { client: c, clock } = connect(server);
    await c.get('/Users');
    await c.get('/Users');
    expect(clock.waits).toEqual([4000]);
    expect(server.requests).toHaveLength(2);
  });
});

describe('http.retryOn403Reasons', () => {
  const google403 = (res: ServerResponse): void =>
    json(res, 403, { error: { code: 403, message: 'Quota exceeded for quota metric', errors: [{ reason: 'userRateLimitExceeded' }] } });

  it('retries a 403 whose body names a listed reason, a write included', async () => {
    server = await startServer((_req, res, i) => (i % 2 === 0 ? google403(res) : ok(res)));
    const { client: c } = connect(server, { retryOn403Reasons: ['userRateLimitExceeded', 'quotaExceeded'] });
    await c.get('/Users');
    await c.send('PATCH', '/Groups/g1', { Operations: [] });
    expect(server.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'PATCH', 'PATCH']);
  });

  it('fails at once on a 403 that names no listed reason, and on any 403 when none is listed', async () => {
    server = await startServer((_req, res) => google403(res));
    const a = connect(server, { retryOn403Reasons: ['quotaExceeded'] });
    const err = await a.client.get('/Users').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ScimHttpError);
    expect((err as ScimHttpError).code).toBe('permission-denied');
    await a.client.close();
    const b = connect(server);
    await expect(b.client.get('/Users')).rejects.toMatchObject({ code: 'permission-denied' });
    expect(server.requests).toHaveLength(2);
  });
});
