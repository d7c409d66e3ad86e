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

async function setup(scimAccept: boolean, baseSuffix = '/scim/v2/') {
  server = await startServer((req, res) => {
    if (req.method === 'DELETE') {
      res.writeHead(204).end();
      return;
    }
    json(res, req.method === 'POST' ? 201 : 200, { id: 'u1' }, { etag: 'W/"3"' });
  });
  client = createScimHttpClient({ baseUrl: `${server.url}${baseSuffix}`, auth: { type: 'bearer', token: 'tok-abcdef' }, scimAccept, userAgent: 'baton-scim/test', headers: { 'X-Tenant': 'acme' } });
  return { server, client };
}

describe('request headers and bodies', () => {
  it('sends GET without a body or Content-Type, with Accept application/scim+json when scimAccept is set', async () => {
    const { server: s, client: c } = await setup(true);
    await c.get('/Users', { filter: 'userName eq "a b+c"', count: 10 });
    const r = s.requests[0]!;
    expect(r.method).toBe('GET');
    expect(r.url).toBe('/scim/v2/Users?filter=userName%20eq%20%22a%20b%2Bc%22&count=10');
    expect(r.body).toBe('');
    expect(r.headers['content-type']).toBeUndefined();
    expect(r.headers['content-length']).toBeUndefined();
    expect(r.headers.accept).toBe('application/scim+json');
    expect(r.headers['user-agent']).toBe('baton-scim/test');
    expect(r.headers['x-tenant']).toBe('acme');
  });

  it('sends Accept application/json when scimAccept is off', async () => {
    const { server: s, client: c } = await setup(false);
    await c.get('Users');
    expect(s.requests[0]!.headers.accept).toBe('application/json');
  });

  it('sends writes as application/scim+json with If-Match, and returns status, ETag and body', async () => {
    const { server: s, client: c } = await setup(true);
    const res = await c.send('POST', '/Users', { userName: 'ann' }, { ifMatch: 'W/"2"' });
    const r = s.requests[0]!;
    expect(r.headers['content-type']).toBe('application/scim+json');
    expect(r.headers['if-match']).toBe('W/"2"');
    expect(JSON.parse(r.body)).toEqual({ userName: 'ann' });
    expect(res).toMatchObject({ status: 201, etag: 'W/"3"', body: { id: 'u1' } });
  });

  it('uses application/json for write bodies when scimAccept is off', async () => {
    const { server: s, client: c } = await setup(false);
    await c.send('PUT', '/Users/u1', { userName: 'ann' });
    expect(s.requests[0]!.headers['content-type']).toBe('application/json');
  });

  it('sends write bodies as bodyMediaType when it differs from Accept, and keeps Accept', async () => {
    server = await startServer((_req, res) => json(res, 200, { id: 'u1' }));
    client = createScimHttpClient({ baseUrl: `${server.url}/scim/v2/`, auth: { type: 'none' }, scimAccept: true, bodyMediaType: 'application/json' });
    await client.send('PATCH', '/Groups/g1', { Operations: [] });
    await client.get('/Groups/g1');
    expect(server.requests.map((r) => [r.headers.accept, r.headers['content-type']])).toEqual([
      ['application/scim+json', 'application/json'],
      ['application/scim+json', undefined],
    ]);
  });

  it('sends DELETE without a body or Content-Type and returns an empty body for 204', async () => {
    const { server: s, client: c } = await setup(true);
    const res = await c.send('DELETE', '/Users/u1', undefined);
    expect(s.requests[0]!.headers['content-type']).toBeUndefined();
    expect(s.requests[0]!.body).toBe('');
    expect(res.status).toBe(204);
    expect(res.body).toBeUndefined();
  });

  it('keeps the base path prefix whether or not it ends with a slash', async () => {
    const { server: s, client: c } = await setup(true, '/api/scim');
    await c.get('/Groups/g 1');
    await c.get('ServiceProviderConfig');
    expect(s.requests.map((r) => r.url)).toEqual(['/api/scim/Groups/g%201', '/api/scim/ServiceProviderConfig']);
  });

  it('reuses one keep-alive connection for sequential requests', async () => {
    const { server: s, client: c } = await setup(true);
    await c.get('/Users');
    await c.get('/Users');
    expect(s.requests[0]!.headers.connection).toBe('keep-alive');
    expect(s.requests[1]!.headers.connection).toBe('keep-alive');
  });
});
