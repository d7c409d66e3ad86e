import { afterEach, describe, expect, it } from 'vitest';
import { createScimHttpClient, ScimHttpError, type ScimHttpClient } from '../../src/index.js';
import { json, startServer, type TestServer } from './test-server.js';

const TOKEN = 'tok-never-leave-origin-123';
let servers: TestServer[] = [];
let client: ScimHttpClient | undefined;
afterEach(async () => {
  await client?.close();
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
  client = undefined;
});

async function start(handler: Parameters<typeof startServer>[0]) {
  const s = await startServer(handler);
  servers.push(s);
  return s;
}

describe('redirects', () => {
  it('refuses a cross-origin redirect and never sends credentials to the other origin', async () => {
    const other = await start((_req, res) => json(res, 200, { Resources: [] }));
    const origin = await start((_req, res) => res.writeHead(302, { location: `${other.url}/scim/Users?x=1` }).end());
    client = createScimHttpClient({ baseUrl: origin.url, auth: { type: 'bearer', token: TOKEN }, headers: { 'x-api-key': 'extra-secret-1' } });
    const err = await client.get('/Users').then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(ScimHttpError);
    expect((err as ScimHttpError).code).toBe('failed-precondition');
    expect((err as ScimHttpError).message).toBe(
      `GET /Users was redirected (HTTP 302) to another origin (${other.url}); it was not followed because credentials are only ever sent to ${origin.url}; set the base URL to the final SCIM location so no redirect is needed`,
    );
    expect(other.requests).toHaveLength(0);
    expect(origin.requests).toHaveLength(1);
  });

  it('follows a same-origin GET redirect with the credentials', async () => {
    const s = await start((req, res) => (req.url === '/old/Users' ? res.writeHead(301, { location: '/new/Users' }).end() : json(res, 200, { id: 'x' })));
    client = createScimHttpClient({ baseUrl: `${s.url}/old`, auth: { type: 'bearer', token: TOKEN } });
    const res = await client.get('/Users');
    expect(res.body).toEqual({ id: 'x' });
    expect(s.requests.map((r) => [r.url, r.headers.authorization])).toEqual([
      ['/old/Users', `Bearer ${TOKEN}`],
      ['/new/Users', `Bearer ${TOKEN}`],
    ]);
  });

  it('does not follow redirects for writes', async () => {
    const s = await start((_req, res) => res.writeHead(307, { location: '/elsewhere' }).end());
    client = createScimHttpClient({ baseUrl: s.url, auth: { type: 'none' } });
    const err = (await client.send('PATCH', '/Groups/g', {}).catch((e: unknown) => e)) as ScimHttpError;
    expect(err.message).toMatch(/^PATCH \/Groups\/g was redirected \(HTTP 307\) to \/elsewhere; only GET requests follow redirects/);
    expect(s.requests).toHaveLength(1);
  });

  it('stops after maxRedirects', async () => {
    const s = await start((req, res) => res.writeHead(302, { location: `${req.url}x` }).end());
    client = createScimHttpClient({ baseUrl: s.url, auth: { type: 'none' }, maxRedirects: 2 });
    const err = (await client.get('/a').catch((e: unknown) => e)) as ScimHttpError;
    expect(err.message).toContain('was redirected (HTTP 302) more than 2 times');
    expect(s.requests).toHaveLength(3);
  });
});
