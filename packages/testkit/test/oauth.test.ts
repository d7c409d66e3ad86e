import { afterEach, describe, expect, it } from 'vitest';
import { startScimServer } from '../src/server/start.js';
import type { ScimTestServer } from '../src/server/options.js';
import { bearer, call, str } from './helpers.js';

let s: ScimTestServer;
let clock = Date.UTC(2025, 0, 1);
afterEach(async () => s.close());

async function start(expiresInSeconds?: number): Promise<ScimTestServer> {
  clock = Date.UTC(2025, 0, 1);
  s = await startScimServer({
    now: () => clock,
    generate: { users: 2, groups: 1, seed: 1 },
    auth: {
      oauth: {
        clients: [
          { clientId: 'cid', clientSecret: 'csecret-xyz' },
          { clientId: 'zoom', clientSecret: 'zsecret-xyz', accountId: 'acct-1' },
        ],
        ...(expiresInSeconds !== undefined && { expiresInSeconds }),
      },
    },
  });
  return s;
}

const form = (fields: Record<string, string>, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  body: new URLSearchParams(fields).toString(),
});
const basicAuth = (id: string, secret: string) => ({ authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}` });

describe('OAuth token endpoint', () => {
  it('issues client_credentials tokens with client auth in the Basic header or the body', async () => {
    await start(120);
    const viaHeader = await call(s.tokenUrl, form({ grant_type: 'client_credentials' }, basicAuth('cid', 'csecret-xyz')));
    expect(viaHeader.status).toBe(200);
    expect(viaHeader.json).toMatchObject({ token_type: 'bearer', expires_in: 120, access_token: expect.any(String) });
    expect(viaHeader.headers.get('cache-control')).toBe('no-store');
    const viaBody = await call(s.tokenUrl, form({ grant_type: 'client_credentials', client_id: 'cid', client_secret: 'csecret-xyz' }));
    expect(viaBody.status).toBe(200);
    expect((await call(`${s.url}/Users`, { headers: bearer(str(viaBody.json.access_token)) })).status).toBe(200);
  });

  it('issues Zoom-style account_credentials tokens only with the registered account_id', async () => {
    await start();
    const ok = await call(s.tokenUrl, form({ grant_type: 'account_credentials', account_id: 'acct-1' }, basicAuth('zoom', 'zsecret-xyz')));
    expect(ok.json.expires_in).toBe(3600);
    const wrong = await call(s.tokenUrl, form({ grant_type: 'account_credentials', account_id: 'acct-2' }, basicAuth('zoom', 'zsecret-xyz')));
    expect(wrong.status).toBe(400);
    expect(wrong.json.error).toBe('invalid_grant');
  });

  it('rejects JSON bodies, unknown grants, bad secrets and double client auth', async () => {
    await start();
    const json = await call(s.tokenUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...basicAuth('cid', 'csecret-xyz') }, body: '{"grant_type":"client_credentials"}' });
    expect(json.json.error).toBe('invalid_request');
    expect((await call(s.tokenUrl, form({ grant_type: 'password' }, basicAuth('cid', 'csecret-xyz')))).json.error).toBe('unsupported_grant_type');
    const bad = await call(s.tokenUrl, form({ grant_type: 'client_credentials' }, basicAuth('cid', 'wrong')));
    expect(bad.status).toBe(401);
    expect(bad.json.error).toBe('invalid_client');
    const both = await call(s.tokenUrl, form({ grant_type: 'client_credentials', client_id: 'cid', client_secret: 'csecret-xyz' }, basicAuth('cid', 'csecret-xyz')));
    expect(both.json.error).toBe('invalid_request');
    expect(JSON.stringify(s.requests)).not.toContain('csecret-xyz');
    expect(s.requests[3]?.body).toEqual({ grant_type: 'client_credentials', client_id: 'cid', client_secret: '[REDACTED]' });
  });

  it('expires tokens after expires_in on the injected clock, with an invalid_token challenge', async () => {
    await start(60);
    const token = str((await call(s.tokenUrl, form({ grant_type: 'client_credentials' }, basicAuth('cid', 'csecret-xyz')))).json.access_token);
    clock += 59_000;
    expect((await call(`${s.url}/Users`, { headers: bearer(token) })).status).toBe(200);
    clock += 1_000;
    const expired = await call(`${s.url}/Users`, { headers: bearer(token) });
    expect(expired.status).toBe(401);
    expect(expired.headers.get('www-authenticate')).toBe('Bearer realm="scim", error="invalid_token"');
    expect(expired.json.detail).toMatch(/expired/);
  });

  it('expireTokens() invalidates issued tokens early so a client must refresh on 401', async () => {
    await start();
    const fetchToken = async () => str((await call(s.tokenUrl, form({ grant_type: 'client_credentials' }, basicAuth('cid', 'csecret-xyz')))).json.access_token);
    const first = await fetchToken();
    s.expireTokens();
    expect((await call(`${s.url}/Users`, { headers: bearer(first) })).status).toBe(401);
    const second = await fetchToken();
    expect(second).not.toBe(first);
    expect((await call(`${s.url}/Users`, { headers: bearer(second) })).status).toBe(200);
  });
});
