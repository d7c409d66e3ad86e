import { afterEach, describe, expect, it } from 'vitest';
import { createScimHttpClient, ScimHttpError, type ScimHttpClient } from '../../src/index.js';
import { Limiter } from '../../src/http/limiter.js';
import { json, startServer, type TestServer } from './test-server.js';

let server: TestServer | undefined;
let client: ScimHttpClient | undefined;
afterEach(async () => {
  await client?.close();
  await server?.close();
  client = server = undefined;
});

describe('concurrency limit', () => {
  it('never has more than maxConcurrency requests in flight, even with more pooled connections', async () => {
    let inFlight = 0;
    let peak = 0;
    server = await startServer((_req, res) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      // Hold each answer briefly so that, without the limit, all four pooled connections would be busy at once.
      setTimeout(() => {
        inFlight -= 1;
        json(res, 200, { ok: true });
      }, 25);
    });
    client = createScimHttpClient({ baseUrl: server.url, auth: { type: 'none' }, connections: 4, maxConcurrency: 2 });
    await Promise.all(Array.from({ length: 6 }, (_, i) => client!.get(`/Users/${i}`)));
    expect(server.requests).toHaveLength(6);
    expect(peak).toBe(2);
  });

  it('lets a caller abort while waiting for a slot', async () => {
    const limiter = new Limiter(1);
    let release: () => void = () => undefined;
    const first = limiter.run(() => new Promise<void>((resolve) => (release = resolve)));
    const controller = new AbortController();
    const second = limiter.run(() => Promise.resolve('ran'), controller.signal);
    controller.abort(new Error('stop'));
    await expect(second).rejects.toThrow('stop');
    release();
    await first;
    await expect(limiter.run(() => Promise.resolve('next'))).resolves.toBe('next');
  });

  it('reports an abort while queued as cancelled', async () => {
    server = await startServer(() => undefined);
    client = createScimHttpClient({ baseUrl: server.url, auth: { type: 'none' }, maxConcurrency: 1 });
    const controller = new AbortController();
    const hanging = new AbortController();
    const first = client.get('/hang', undefined, { signal: hanging.signal }).catch(() => undefined);
    const queued = client.get('/queued', undefined, { signal: controller.signal });
    controller.abort();
    const err = await queued.then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(ScimHttpError);
    expect((err as ScimHttpError).code).toBe('cancelled');
    hanging.abort();
    await first;
    expect(server.requests.map((r) => r.url)).not.toContain('/queued');
  });
});
