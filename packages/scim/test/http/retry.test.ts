import { afterEach, describe, expect, it } from 'vitest';
import type { ServerResponse } from 'node:http';
import { createScimHttpClient, ScimHttpError, type ScimHttpClient, type ScimHttpOptions } from '../../src/index.js';
import { captureLogger, json, recordingSleep, refusedUrl, startServer, type Recorded, type TestServer } from './test-server.js';

const NOW = Date.parse('2026-11-28T12:00:00Z');
let server: TestServer | undefined;
let client: ScimHttpClient | undefined;
afterEach(async () => {
  await client?.close();
  await server?.close();
  client = server = undefined;
});

type Step = (req: Recorded, res: ServerResponse) => void;
const ok: Step = (_q, res) => json(res, 200, { id: 'u1' });
const status = (code: number, headers: Record<string, string> = {}): Step => (_q, res) => json(res, code, { status: String(code), detail: 'busy' }, headers);
const reset: Step = (req, res) => res.socket?.destroy();

/** Serves `steps` in order, repeating the last one. */
async function setup(steps: Step[], extra: Partial<ScimHttpOptions> = {}) {
  const rec = recordingSleep();
  const cap = captureLogger();
  server = await startServer((req, res, i) => steps[Math.min(i, steps.length - 1)]!(req, res));
  client = createScimHttpClient({ baseUrl: server.url, auth: { type: 'bearer', token: 'tok-abcdef' }, sleep: rec.sleep, now: () => NOW, random: () => 0.5, logger: cap.logger, retry: { baseDelayMs: 100 }, ...extra });
  return { waits: rec.waits, cap, server, client };
}

async function failure(p: Promise<unknown>): Promise<ScimHttpError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(ScimHttpError);
  return err as ScimHttpError;
}

describe('retries', () => {
  it('waits the Retry-After seconds after a 429, then succeeds, and logs the retry at warn', async () => {
    const { waits, cap, client: c } = await setup([status(429, { 'retry-after': '7' }), ok]);
    expect((await c.get('/Users', { filter: 'userName eq "x"' })).status).toBe(200);
    expect(waits).toEqual([7000]);
    const warn = cap.lines.find((l) => l.level === 'warn');
    expect(warn?.obj).toMatchObject({ method: 'GET', path: '/Users', status: 429, waitMs: 7000, attempt: 1 });
  });

  it('waits until a Retry-After HTTP-date', async () => {
    const at = new Date(NOW + 12_000).toUTCString();
    const { waits, client: c } = await setup([status(429, { 'retry-after': at }), ok]);
    await c.get('/Users');
    expect(waits).toEqual([12_000]);
  });

  it('waits until X-RateLimit-Reset when a 429 has no Retry-After', async () => {
    const { waits, client: c } = await setup([status(429, { 'x-ratelimit-reset': String(NOW / 1000 + 30), 'x-ratelimit-remaining': '0' }), ok]);
    await c.get('/Users');
    expect(waits).toEqual([30_000]);
  });

  it('caps a long Retry-After at maxDelayMs', async () => {
    const { waits, client: c } = await setup([status(503, { 'retry-after': '3600' }), ok], { retry: { maxDelayMs: 20_000 } });
    await c.get('/Users');
    expect(waits).toEqual([20_000]);
  });

  it('backs off exponentially with full jitter on 500, 502, 503 and 504', async () => {
    const { waits, server: s, client: c } = await setup([status(500), status(502), status(503), status(504), ok], { retry: { baseDelayMs: 100, maxAttempts: 5 } });
    await c.get('/Users');
    expect(s.requests).toHaveLength(5);
    // random() = 0.5 of a ceiling of 100, 200, 400, 800 ms
    expect(waits).toEqual([50, 100, 200, 400]);
  });

  it('retries a GET after the connection was reset', async () => {
    const { waits, server: s, client: c } = await setup([reset, ok]);
    expect((await c.get('/Users')).body).toEqual({ id: 'u1' });
    expect(s.requests).toHaveLength(2);
    expect(waits).toHaveLength(1);
  });

  it('waits out a 429 past maxAttempts until the retry budget without progress runs out, carrying the server wait and rate-limit data', async () => {
    const { server: s, client: c } = await setup([status(429, { 'retry-after': '2', 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '0' })], {
      retry: { maxAttempts: 2, syncBudgetMs: 5000 },
    });
    const err = await failure(c.get('/Users'));
    // Waits of 2 s: two fit in the 5 s without progress, the third does not; maxAttempts (2) does not stop a throttled request.
    expect(s.requests).toHaveLength(3);
    expect(err.code).toBe('rate-limited');
    expect(err.retryAfterMs).toBe(2000);
    expect(err.rateLimit).toMatchObject({ limit: 100, remaining: 0 });
    expect(err.message).toMatch(/^GET \/Users failed with HTTP 429 Too Many Requests: busy \(server asked to wait 2 s\) \(gave up after 3 attempts; no request succeeded during 5 s of waiting to retry/);
    expect(err.message).toMatch(/http\.syncRetryBudgetSeconds/);
  });

  it('gives up with unavailable on a persistent 503 and deadline-exceeded on a persistent 504', async () => {
    const a = await setup([status(503)], { retry: { maxAttempts: 2 } });
    expect((await failure(a.client.get('/Users'))).code).toBe('unavailable');
    await a.client.close();
    await a.server.close();
    const b = await setup([status(504)], { retry: { maxAttempts: 2 } });
    expect((await failure(b.client.get('/Users'))).code).toBe('deadline-exceeded');
  });

  it('does not retry a PATCH after a 500 or a reset, since the server may have applied it', async () => {
    const a = await setup([status(500), ok]);
    expect((await failure(a.client.send('PATCH', '/Groups/g', { Operations: [] }))).code).toBe('unavailable');
    expect(a.server.requests).toHaveLength(1);
    await a.client.close();
    await a.server.close();
    const b = await setup([reset, ok]);
    expect((await failure(b.client.send('POST', '/Users', { userName: 'x' }))).code).toBe('unavailable');
    expect(b.server.requests).toHaveLength(1);
  });

  it('retries a POST on 429 with Retry-After, which means the server did not process it', async () => {
    const { waits, server: s, client: c } = await setup([status(429, { 'retry-after': '1' }), ok]);
    await c.send('POST', '/Users', { userName: 'x' });
    expect(s.requests).toHaveLength(2);
    expect(waits).toEqual([1000]);
  });

  it('fails at once, without retrying, when the server was never reached', async () => {
    const rec = recordingSleep();
    const url = await refusedUrl();
    client = createScimHttpClient({ baseUrl: url, auth: { type: 'none' }, sleep: rec.sleep, retry: { maxAttempts: 2 } });
    const err = await failure(client.send('POST', '/Users', { userName: 'x' }));
    expect(err.code).toBe('unavailable');
    expect(err.message).toBe(`POST /Users could not reach ${url} (ECONNREFUSED); check the base URL host and port, and that the server is up`);
    expect(rec.waits).toHaveLength(0);
  });

  it('does not retry client errors', async () => {
    const { server: s, client: c } = await setup([status(400), ok]);
    expect((await failure(c.get('/Users'))).code).toBe('invalid-argument');
    expect(s.requests).toHaveLength(1);
  });
});
