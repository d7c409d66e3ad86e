import { subscribe, unsubscribe } from 'node:diagnostics_channel';
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
    // Requests the client hands to its connection pool, seen through undici's diagnostics channel: a request
    // past the limit shows here at once, without waiting for the network.
    const dispatched: string[] = [];
    const onCreate = (message: unknown): void => void dispatched.push((message as { request: { path: string } }).request.path);
    subscribe('undici:request:create', onCreate);
    try {
      let inFlight = 0;
      let peak = 0;
      const held: Array<() => void> = [];
      server = await startServer((_req, res) => {
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        // Every answer waits for the test, so without the limit all four pooled connections would be busy at once.
        held.push(() => {
          inFlight -= 1;
          json(res, 200, { ok: true });
        });
      });
      client = createScimHttpClient({ baseUrl: server.url, auth: { type: 'none' }, connections: 4, maxConcurrency: 2 });
      const all = Promise.all(Array.from({ length: 6 }, (_, i) => client!.get(`/Users/${i}`)));
      // With `answered` answers given, exactly two more requests have been sent, and no third: the next one is
      // sent only after the client has read an answer.
      for (let answered = 0; answered < 6; answered += 1) {
        await server.received(Math.min(answered + 2, 6));
        expect(dispatched).toHaveLength(Math.min(answered + 2, 6));
        held.shift()!();
      }
      await all;
      expect(server.requests).toHaveLength(6);
      expect(peak).toBe(2);
    } finally {
      unsubscribe('undici:request:create', onCreate);
    }
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
