import { afterEach, describe, expect, it } from 'vitest';
import { startScimServer } from '../src/server/start.js';
import type { AuthOptions, ScimTestServer } from '../src/server/options.js';
import { bearer, call, jsonInit, patchOp } from './helpers.js';

let s: ScimTestServer;
afterEach(async () => s.close());

const start = async (auth: AuthOptions): Promise<ScimTestServer> => (s = await startScimServer({ auth, generate: { users: 2, groups: 1, seed: 1 } }));
const basic = (user: string, pass: string) => ({ authorization: `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}` });

describe('authentication', () => {
  it('requires the configured bearer token and answers 401 with a SCIM error and a challenge', async () => {
    await start({ bearer: 'tok-123' });
    expect((await call(`${s.url}/Users`, { headers: bearer('tok-123') })).status).toBe(200);
    const missing = await call(`${s.url}/Users`);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer realm="scim"');
    expect(missing.json).toMatchObject({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '401' });
    expect(missing.json.detail).toMatch(/No credentials were sent/);
    const wrong = await call(`${s.url}/Users`, { headers: bearer('tok-124') });
    expect(wrong.status).toBe(401);
    expect(wrong.json.detail).toMatch(/rejected/);
  });

  it('accepts basic credentials and a raw API-key header', async () => {
    await start({ basic: { username: 'svc', password: 'p:w' }, apiKey: { header: 'X-Api-Key', value: 'k-9' } });
    expect((await call(`${s.url}/Users`, { headers: basic('svc', 'p:w') })).status).toBe(200);
    expect((await call(`${s.url}/Users`, { headers: basic('svc', 'nope') })).status).toBe(401);
    expect((await call(`${s.url}/Users`, { headers: { 'x-api-key': 'k-9' } })).status).toBe(200);
    expect((await call(`${s.url}/Users`, { headers: { 'x-api-key': 'k-8' } })).status).toBe(401);
  });

  it('logs who called with which scheme but never the credentials themselves', async () => {
    await start({ bearer: 'tok-secret-1', apiKey: { header: 'authorization', value: 'raw-secret-2' } });
    const group = [...s.directory.groups.keys()][0]!;
    await call(`${s.url}/Users`, { headers: bearer('tok-secret-1') });
    await call(`${s.url}/Users`, { headers: { authorization: 'raw-secret-2' } });
    await call(`${s.url}/Groups/${group}`, jsonInit('PATCH', patchOp({ op: 'replace', path: 'displayName', value: 'x' }), bearer('tok-secret-1')));
    expect(s.requests.map((r) => r.headers['authorization'])).toEqual(['Bearer [REDACTED]', '[REDACTED]', 'Bearer [REDACTED]']);
    expect(s.requests.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(s.requests[2]?.body).toEqual(patchOp({ op: 'replace', path: 'displayName', value: 'x' }));
    const logged = JSON.stringify(s.requests);
    expect(logged).not.toContain('tok-secret-1');
    expect(logged).not.toContain('raw-secret-2');
    s.resetLog();
    expect(s.requests).toEqual([]);
  });
});
