import { afterEach, describe, expect, it } from 'vitest';
import { BatonError } from '@baton-scim/core';
import { createScimHttpClient, JWT_BEARER_GRANT, type ClientCredentialsAuth, type ScimHttpClient } from '../../src/index.js';
import { captureLogger, json, startServer, type Recorded, type TestServer } from './test-server.js';

const SECRET = 'client-secret-XYZ-987';
let servers: TestServer[] = [];
let client: ScimHttpClient | undefined;
afterEach(async () => {
  await client?.close();
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
  client = undefined;
});

/** A token endpoint that issues tok-1, tok-2, … with the given lifetime. */
async function tokenServer(expiresIn: number | undefined = 3600, reply?: (req: Recorded) => unknown) {
  const s = await startServer((req, res, i) => json(res, 200, reply?.(req) ?? { access_token: `tok-${i + 1}`, token_type: 'bearer', ...(expiresIn === undefined ? {} : { expires_in: expiresIn }) }));
  servers.push(s);
  return s;
}

/** A SCIM server that accepts only the tokens in `valid` (all tokens when omitted). */
async function scimServer(valid?: (auth: string | undefined) => boolean) {
  const s = await startServer((req, res) => (valid === undefined || valid(req.headers.authorization) ? json(res, 200, { id: 'u1' }) : json(res, 401, { detail: 'token expired', status: '401' })));
  servers.push(s);
  return s;
}

function zoomAuth(tokenUrl: string): ClientCredentialsAuth {
  return { type: 'clientCredentials', tokenUrl, clientId: 'zoom-id', clientSecret: SECRET, tokenPath: 'access_token', style: 'form', clientAuth: 'basic', grantType: 'account_credentials', accountId: 'acct-42' };
}

describe('client-credentials token acquisition', () => {
  it('requests a Zoom account_credentials token with Basic client auth and a form body, then sends Bearer', async () => {
    const tokens = await tokenServer();
    const scim = await scimServer();
    client = createScimHttpClient({ baseUrl: scim.url, auth: zoomAuth(`${tokens.url}/oauth/token`) });
    expect(tokens.requests).toHaveLength(0); // nothing is fetched at construction
    await client.get('/Users');
    const t = tokens.requests[0]!;
    expect(t.method).toBe('POST');
    expect(t.url).toBe('/oauth/token');
    expect(t.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(t.headers.authorization).toBe(`Basic ${Buffer.from(`zoom-id:${SECRET}`).toString('base64')}`);
    expect(t.body).toBe('grant_type=account_credentials&account_id=acct-42');
    expect(scim.requests[0]!.headers.authorization).toBe('Bearer tok-1');
  });

  it('sends a JSON body with the client credentials in the body and the scope', async () => {
    const tokens = await tokenServer(3600, () => ({ data: { token: 'nested-token' } }));
    const scim = await scimServer();
    client = createScimHttpClient({
      baseUrl: scim.url,
      auth: { type: 'clientCredentials', tokenUrl: `${tokens.url}/token`, clientId: 'cid', clientSecret: SECRET, tokenPath: '$.data.token', style: 'json', clientAuth: 'body', grantType: 'client_credentials', scope: 'all-apis' },
    });
    await client.get('/Users');
    const t = tokens.requests[0]!;
    expect(t.headers['content-type']).toBe('application/json');
    expect(t.headers.authorization).toBeUndefined();
    expect(JSON.parse(t.body)).toEqual({ grant_type: 'client_credentials', scope: 'all-apis', client_id: 'cid', client_secret: SECRET });
    expect(scim.requests[0]!.headers.authorization).toBe('Bearer nested-token');
  });

  it('reuses the token until shortly before expires_in, then refreshes it', async () => {
    let now = 1_000_000;
    const tokens = await tokenServer(3600);
    const scim = await scimServer();
    client = createScimHttpClient({ baseUrl: scim.url, auth: zoomAuth(tokens.url), now: () => now });
    await client.get('/Users');
    now += 3_539_000; // inside the lifetime minus the 60 s safety margin
    await client.get('/Users');
    expect(tokens.requests).toHaveLength(1);
    now += 2_000; // now within the last minute of the hour
    await client.get('/Users');
    expect(tokens.requests).toHaveLength(2);
    expect(scim.requests.map((r) => r.headers.authorization)).toEqual(['Bearer tok-1', 'Bearer tok-1', 'Bearer tok-2']);
  });

  it('shares one token request among concurrent requests', async () => {
    const tokens = await tokenServer();
    const scim = await scimServer();
    client = createScimHttpClient({ baseUrl: scim.url, auth: zoomAuth(tokens.url) });
    await Promise.all(Array.from({ length: 5 }, () => client!.get('/Users')));
    expect(tokens.requests).toHaveLength(1);
    expect(scim.requests).toHaveLength(5);
  });

  it('on a 401 refreshes the token once and replays the request once', async () => {
    const tokens = await tokenServer();
    const scim = await scimServer((auth) => auth === 'Bearer tok-2');
    client = createScimHttpClient({ baseUrl: scim.url, auth: zoomAuth(tokens.url) });
    const res = await client.send('PATCH', '/Groups/g1', { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [] });
    expect(res.status).toBe(200);
    expect(tokens.requests).toHaveLength(2);
    expect(scim.requests.map((r) => r.headers.authorization)).toEqual(['Bearer tok-1', 'Bearer tok-2']);
  });

  it('gives up with unauthenticated when the fresh token is refused too', async () => {
    const tokens = await tokenServer();
    const scim = await scimServer(() => false);
    client = createScimHttpClient({ baseUrl: scim.url, auth: zoomAuth(tokens.url) });
    const err = await client.get('/Users').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BatonError);
    expect((err as BatonError).code).toBe('unauthenticated');
    expect((err as BatonError).message).toMatch(/^GET \/Users failed with HTTP 401 Unauthorized: token expired; check the token\/API key/);
    expect(scim.requests).toHaveLength(2);
    expect(tokens.requests).toHaveLength(2);
  });

  it('reports a refused token request as unauthenticated, naming the token URL and hiding the secret', async () => {
    const cap = captureLogger();
    const tokens = await startServer((_req, res) => json(res, 401, { error: 'invalid_client', error_description: `client_secret ${SECRET} is wrong` }));
    servers.push(tokens);
    client = createScimHttpClient({ baseUrl: 'http://127.0.0.1:9/scim', auth: zoomAuth(`${tokens.url}/oauth/token?x=1`), logger: cap.logger });
    const err = (await client.get('/Users').catch((e: unknown) => e)) as BatonError;
    expect(err.code).toBe('unauthenticated');
    expect(err.message).toContain(`POST ${tokens.url}/oauth/token (token request) failed with HTTP 401`);
    expect(err.message).toContain('check the client id and secret');
    expect(err.message).not.toContain(SECRET);
    expect(err.message).not.toContain('x=1');
    expect(cap.text()).not.toContain(SECRET);
  });

  it('says which field is missing when the token response has no token', async () => {
    const tokens = await tokenServer(3600, () => ({ token: 'abc', expires_in: 10 }));
    client = createScimHttpClient({ baseUrl: 'http://127.0.0.1:9/', auth: zoomAuth(tokens.url) });
    const err = (await client.get('/Users').catch((e: unknown) => e)) as BatonError;
    expect(err.code).toBe('unauthenticated');
    expect(err.message).toMatch(/no string at "access_token" \(response fields: token, expires_in\); check auth\.tokenPath/);
  });

  it('sends a fresh RFC 7523 assertion, and no client id or secret, for the JWT-bearer grant', async () => {
    const tokens = await tokenServer();
    const scim = await scimServer();
    let signed = 0;
    const auth: ClientCredentialsAuth = {
      type: 'clientCredentials', tokenUrl: `${tokens.url}/token`, clientId: '', clientSecret: '', tokenPath: 'access_token',
      style: 'form', clientAuth: 'body', grantType: JWT_BEARER_GRANT, assertion: () => `header.claims-${++signed}.signature`,
    };
    client = createScimHttpClient({ baseUrl: scim.url, auth });
    await client.get('/Users');
    expect(tokens.requests).toHaveLength(1);
    const form = new URLSearchParams(tokens.requests[0]?.body ?? '');
    expect([...form.keys()]).toEqual(['grant_type', 'assertion']);
    expect(form.get('grant_type')).toBe('urn:ietf:params:oauth:grant-type:jwt-bearer');
    expect(form.get('assertion')).toBe('header.claims-1.signature');
    expect(tokens.requests[0]?.headers.authorization).toBeUndefined();
    expect(scim.requests[0]?.headers.authorization).toBe('Bearer tok-1');
  });
});
