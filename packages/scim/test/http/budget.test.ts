// The retry policy's bounds: what fails at once, what is retried, the time budgets, the response size cap and the minimum body rate;
// and pacing before the server refuses: documented rates (http.rateLimits), X-RateLimit-Remaining 0, 403s that name a rate reason.
import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { BatonError, isRetryable } from '@baton-scim/core';
import { createScimHttpClient, type ScimHttpClient } from '../../src/http/client.js';
import { ScimHttpError } from '../../src/http/errors.js';
import type { ScimHttpOptions } from '../../src/http/options.js';
import { captureLogger, json, recordingSleep, startServer, type TestServer } from './test-server.js';

let server: TestServer | undefined;
let client: ScimHttpClient | undefined;

afterEach(async () => {
  await client?.close();
  await server?.close();
  client = undefined;
  server = undefined;
});

async function failure(p: Promise<unknown>): Promise<ScimHttpError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(ScimHttpError);
  return err as ScimHttpError;
}

function connect(s: TestServer, extra: Partial<ScimHttpOptions> = {}) {
  const rec = recordingSleep();
  const cap = captureLogger();
  client = createScimHttpClient({ baseUrl: s.url, auth: { type: 'none' }, sleep: rec.sleep, random: () => 0.5, logger: cap.logger, ...extra });
  return { client, waits: rec.waits, cap };
}

const ok = (res: ServerResponse): void => json(res, 200, { id: 'u1' });

describe('retry budget', () => {
  it('retries a refused connection once the server was reached before', async () => {
    server = await startServer((_req, res) => ok(res));
    const { client: c, waits } = connect(server, { retry: { maxAttempts: 2 } });
    await c.get('/Users');
    await server.close();
    const err = await failure(c.get('/Users'));
    expect(err.message).toContain('(ECONNREFUSED) (gave up after 2 attempts)');
    expect(waits).toHaveLength(1);
  });

  it('fails at once when the host name does not resolve', async () => {
    const rec = recordingSleep();
    // RFC 6761: .invalid never resolves.
    client = createScimHttpClient({ baseUrl: 'http://host.invalid/scim/v2', auth: { type: 'none' }, sleep: rec.sleep });
    const err = await failure(client.get('/Users'));
    expect(err.code).toBe('unavailable');
    expect(err.message).toMatch(/^GET \/scim\/v2\/Users could not (resolve the host of|reach) http:\/\/host\.invalid \((ENOTFOUND|EAI_AGAIN)\); check the/);
    expect(rec.waits).toEqual([]);
  });

  it('gives up on a hung server after maxAttempts header deadlines', async () => {
    server = await startServer(() => undefined);
    const { client: c } = connect(server, { retry: { maxAttempts: 2 }, timeouts: { headersMs: 100 } });
    const err = await failure(c.get('/Users'));
    expect(err.code).toBe('deadline-exceeded');
    expect(err.message).toContain('got no response headers within 100 ms (gave up after 2 attempts)');
    expect(server.requests).toHaveLength(2);
  });

  it('caps a long Retry-After at maxDelayMs and logs the cap', async () => {
    server = await startServer((_req, res, i) => (i === 0 ? json(res, 429, {}, { 'retry-after': '3600' }) : ok(res)));
    const { client: c, waits, cap } = connect(server, { retry: { maxDelayMs: 50 } });
    await c.get('/Users');
    expect(waits).toEqual([50]);
    expect(cap.text()).toContain('the server asked to wait 3600 s; waiting 0.1 s at most (http.maxRetryWaitSeconds)');
  });

  it('stops retrying when the next wait would pass the request budget', async () => {
    server = await startServer((_req, res) => json(res, 503, {}, { 'retry-after': '1' }));
    const { client: c, waits } = connect(server, { retry: { maxAttempts: 10, requestBudgetMs: 500 } });
    const err = await failure(c.get('/Users'));
    expect(err.message).toContain("the request's retry budget of 0.5 s ran out (http.requestBudgetSeconds)");
    expect(waits).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it('bounds the waits between two successes, not the waits of the whole run', async () => {
    // Answers 1 and 3 succeed; every other one asks to wait 1 s.
    server = await startServer((_req, res, i) => (i === 1 || i === 3 ? ok(res) : json(res, 503, {}, { 'retry-after': '1' })));
    const { client: c, waits } = connect(server, { retry: { syncBudgetMs: 1500 } });
    await c.get('/Users');
    // 2 s waited in all, over the 1.5 s budget: the success in between started it again.
    await c.get('/Users');
    const err = await failure(c.get('/Users'));
    expect(err.message).toContain('no request succeeded during 1.5 s of waiting to retry, the retry budget without progress (http.syncRetryBudgetSeconds');
    expect(waits).toEqual([1000, 1000, 1000]);
  });

  it('marks every error it gives up on so that no outer layer retries it again', async () => {
    server = await startServer((_req, res) => json(res, 503, {}));
    const { client: c } = connect(server, { retry: { maxAttempts: 2 } });
    const err = await failure(c.get('/Users'));
    expect(err.code).toBe('unavailable');
    expect(isRetryable(err)).toBe(false);
    expect(isRetryable(new BatonError('unavailable', 'wrapped', { cause: err }))).toBe(false);
    expect(isRetryable(new BatonError('unavailable', 'not from the client'))).toBe(true);
  });
});

describe('bounded responses', () => {
  it('refuses a body over maxResponseBytes once, with a clear error, whether or not its length was declared', async () => {
    const big = JSON.stringify({ Resources: [{ id: 'x'.repeat(10_000) }] });
    server = await startServer((_req, res, i) => {
      if (i === 0) json(res, 200, JSON.parse(big));
      else {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(big);
      }
    });
    const { client: c } = connect(server, { maxResponseBytes: 2048 });
    for (const declared of [true, false]) {
      const err = await failure(c.get('/Users'));
      expect(err.code, `content-length declared: ${declared}`).toBe('invalid-data');
      expect(err.message).toMatch(/^GET \/Users answered with a body of .* over the limit of 2048 bytes; lower pagination.pageSize .* raise http.maxResponseBytes/);
    }
    expect(server.requests).toHaveLength(2);
  });

  it('fails a body that trickles in below the minimum rate', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const timer = setInterval(() => res.write(' '), 20);
      res.on('close', () => clearInterval(timer));
    });
    const { client: c } = connect(server, { retry: { maxAttempts: 1 }, timeouts: { bodyMs: 200, minBytesPerSecond: 1000 } });
    const err = await failure(c.get('/Users'));
    expect(err.code).toBe('deadline-exceeded');
    expect(err.message).toMatch(/sent its body at \d+ bytes\/s, below the minimum of 1000 bytes\/s/);
  });
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

function connectClocked(s: TestServer, extra: Partial<ScimHttpOptions> = {}) {
  const clock = fakeClock();
  client = createScimHttpClient({ baseUrl: s.url, auth: { type: 'none' }, sleep: clock.sleep, now: clock.now, random: () => 0.5, ...extra });
  return { client, clock };
}

describe('http.rateLimits', () => {
  it('spaces the matching requests to the documented rate and leaves the others alone', async () => {
    server = await startServer((_req, res) => ok(res));
    const { client: c, clock } = connectClocked(server, { rateLimits: [{ requests: 5, perSeconds: 30, method: 'GET', path: '/Groups' }] });
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
    const { client: c, clock } = connectClocked(server);
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
    const { client: c } = connectClocked(server, { retryOn403Reasons: ['userRateLimitExceeded', 'quotaExceeded'] });
    await c.get('/Users');
    await c.send('PATCH', '/Groups/g1', { Operations: [] });
    expect(server.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'PATCH', 'PATCH']);
  });

  it('fails at once on a 403 that names no listed reason, and on any 403 when none is listed', async () => {
    server = await startServer((_req, res) => google403(res));
    const a = connectClocked(server, { retryOn403Reasons: ['quotaExceeded'] });
    const err = await a.client.get('/Users').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ScimHttpError);
    expect((err as ScimHttpError).code).toBe('permission-denied');
    await a.client.close();
    const b = connectClocked(server);
    await expect(b.client.get('/Users')).rejects.toMatchObject({ code: 'permission-denied' });
    expect(server.requests).toHaveLength(2);
  });
});
