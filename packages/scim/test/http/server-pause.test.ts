// A Retry-After answered to one request holds the client's other requests too.
import { afterEach, describe, expect, it } from 'vitest';
import { createScimHttpClient, type ScimHttpClient } from '../../src/index.js';
import { json, startServer, type TestServer } from './test-server.js';

let server: TestServer | undefined;
let client: ScimHttpClient | undefined;
afterEach(async () => {
  await client?.close();
  await server?.close();
  client = server = undefined;
});

describe('Retry-After across requests', () => {
  it('makes a request started while another waits out a 429 wait for the same time', async () => {
    let limited = false;
    server = await startServer((req, res) => {
      if (req.url.includes('/a') && !limited) {
        limited = true;
        json(res, 429, { detail: 'slow down' }, { 'retry-after': '7' });
        return;
      }
      json(res, 200, { ok: true });
    });
    const waits: number[] = [];
    let releaseA: (() => void) | undefined;
    const aWaiting = new Promise<void>((resolve) => {
      const sleep = (ms: number): Promise<void> => {
        waits.push(ms);
        if (waits.length === 1) {
          resolve();
          return new Promise<void>((r) => (releaseA = r));
        }
        return Promise.resolve();
      };
      client = createScimHttpClient({ baseUrl: `${server!.url}/scim/v2`, auth: { type: 'bearer', token: 'tok-abcdef' }, sleep });
    });
    const c = client!;
    const a = c.get('/a');
    await aWaiting;
    // /a is waiting out its Retry-After; /b starts now and must wait too before it is sent.
    const b = c.get('/b');
    await expect(b).resolves.toMatchObject({ status: 200 });
    releaseA?.();
    await expect(a).resolves.toMatchObject({ status: 200 });
    expect(waits[0]).toBe(7000);
    expect(waits[1]).toBeGreaterThan(6000);
    expect(server.requests.map((r) => r.url.replace(/.*\/scim\/v2/, ''))).toEqual(['/a', '/b', '/a']);
  });
});
