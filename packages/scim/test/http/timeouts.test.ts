import { afterEach, describe, expect, it } from 'vitest';
import { createScimHttpClient, ScimHttpError, type ScimHttpClient } from '../../src/index.js';
import { recordingSleep, startServer, type TestServer } from './test-server.js';

let server: TestServer | undefined;
let client: ScimHttpClient | undefined;
afterEach(async () => {
  await client?.close().catch(() => undefined);
  await server?.close();
  client = server = undefined;
});

async function failure(p: Promise<unknown>): Promise<ScimHttpError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(ScimHttpError);
  return err as ScimHttpError;
}

describe('timeouts and cancellation', () => {
  it('turns a server that never answers into deadline-exceeded with a clear message', async () => {
    server = await startServer(() => undefined);
    client = createScimHttpClient({ baseUrl: server.url, auth: { type: 'none' }, timeouts: { headersMs: 150 }, retry: { maxAttempts: 1 } });
    const err = await failure(client.get('/Users'));
    expect(err.code).toBe('deadline-exceeded');
    expect(err.message).toBe('GET /Users got no response headers within 150 ms; the server is slow or hung; retry later or raise http.headersTimeoutSeconds');
  });

  it('retries a hung GET and reports the attempts', async () => {
    const rec = recordingSleep();
    server = await startServer(() => undefined);
    client = createScimHttpClient({ baseUrl: server.url, auth: { type: 'none' }, timeouts: { requestMs: 100 }, retry: { maxAttempts: 2 }, sleep: rec.sleep });
    const err = await failure(client.get('/Users'));
    // The client gives up on its own clock; the server may record the second attempt a moment later.
    await server.received(2);
    expect(server.requests).toHaveLength(2);
    expect(err.code).toBe('deadline-exceeded');
    expect(err.message).toContain('did not complete within 100 ms (gave up after 2 attempts)');
  });

  it('turns a body that stops arriving into deadline-exceeded', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"Resources":[');
    });
    client = createScimHttpClient({ baseUrl: server.url, auth: { type: 'none' }, timeouts: { bodyMs: 150 }, retry: { maxAttempts: 1 } });
    const err = await failure(client.get('/Users'));
    expect(err.code).toBe('deadline-exceeded');
    expect(err.message).toMatch(/^GET \/Users response body stalled for more than 150 ms/);
  });

  it('enforces the overall request deadline even while bytes keep trickling in', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const timer = setInterval(() => res.write(' '), 20);
      res.on('close', () => clearInterval(timer));
    });
    client = createScimHttpClient({ baseUrl: server.url, auth: { type: 'none' }, timeouts: { requestMs: 200 }, retry: { maxAttempts: 1 } });
    const err = await failure(client.get('/Users'));
    expect(err.code).toBe('deadline-exceeded');
    expect(err.message).toMatch(/^GET \/Users did not complete within 200 ms/);
  });

  it('reports a caller abort as cancelled and does not retry it', async () => {
    server = await startServer(() => undefined);
    client = createScimHttpClient({ baseUrl: server.url, auth: { type: 'none' } });
    const controller = new AbortController();
    const pending = client.get('/Users', undefined, { signal: controller.signal });
    // Aborted once the server holds the request, so the abort meets a request in flight.
    await server.received(1);
    controller.abort();
    const err = await failure(pending);
    expect(err.code).toBe('cancelled');
    expect(server.requests).toHaveLength(1);
  });
});
