// Answers the client did not ask for, and connections it should not make silently.
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createScimHttpClient, type ScimHttpClient } from '../../src/index.js';
import { captureLogger, recordingSleep, startServer, type TestServer } from './test-server.js';

let server: TestServer | undefined;
let client: ScimHttpClient | undefined;
afterEach(async () => {
  await client?.close();
  await server?.close();
  client = server = undefined;
});

describe('a compressed body nobody asked for', () => {
  it.each([
    ['with Content-Encoding: gzip', { 'content-encoding': 'gzip' }],
    ['without any Content-Encoding', {}],
  ])('is named as gzip %s, not as invalid JSON', async (_name, headers) => {
    const body = gzipSync(JSON.stringify({ Resources: [], totalResults: 0 }));
    server = await startServer((_req, res) => res.writeHead(200, { 'content-type': 'application/scim+json', ...headers }).end(body));
    client = createScimHttpClient({ baseUrl: server.url, auth: { type: 'bearer', token: 'tok-abcdef' }, sleep: recordingSleep().sleep });
    const err = (await client.get('/Users').then(() => undefined, (e: unknown) => e)) as Error;
    expect(err.message).toMatch(/GET \/Users \(HTTP 200\) returned a gzip-compressed body .* although the request asked for no compression/);
    expect(err.message).not.toContain('not valid JSON');
    expect(server.requests[0]!.headers['accept-encoding']).toBeUndefined();
  });
});

describe('plain http', () => {
  it('warns once that credentials go unencrypted to a host that is not this machine', () => {
    const cap = captureLogger();
    const made = [1, 2].map(() => createScimHttpClient({ baseUrl: 'http://192.0.2.10/scim/v2', auth: { type: 'bearer', token: 'tok-abcdef' }, logger: cap.logger }));
    const warnings = cap.lines.filter((l) => l.level === 'warn');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.msg).toBe('baseUrl http://192.0.2.10 uses plain http: the credentials are sent unencrypted to a host that is not this machine; use https');
    return Promise.all(made.map((c) => c.close()));
  });

  it('warns about a plain http token URL too', async () => {
    const cap = captureLogger();
    const c = createScimHttpClient({
      baseUrl: 'https://api.example.com/scim/v2', logger: cap.logger,
      auth: { type: 'clientCredentials', tokenUrl: 'http://login.example.net/token', clientId: 'id', clientSecret: 'secret-value', tokenPath: 'access_token', style: 'form', clientAuth: 'body', grantType: 'client_credentials' },
    });
    expect(cap.lines.filter((l) => l.level === 'warn').map((l) => l.msg)).toEqual([
      'the token URL http://login.example.net uses plain http: the credentials are sent unencrypted to a host that is not this machine; use https',
    ]);
    await c.close();
  });

  it.each(['http://127.0.0.1:8080/scim', 'http://localhost/scim', 'http://[::1]:9/scim', 'https://api.example.com/scim'])('says nothing for %s', async (baseUrl) => {
    const cap = captureLogger();
    const c = createScimHttpClient({ baseUrl, auth: { type: 'bearer', token: 'tok-abcdef' }, logger: cap.logger });
    expect(cap.lines.filter((l) => l.level === 'warn')).toEqual([]);
    await c.close();
  });
});
