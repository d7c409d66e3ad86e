import { afterEach, describe, expect, it } from 'vitest';
import { createScimHttpClient, type AuthOptions, type ScimHttpClient } from '../../src/index.js';
import { captureLogger, json, recordingSleep, startServer, type TestServer } from './test-server.js';

let servers: TestServer[] = [];
let client: ScimHttpClient | undefined;
afterEach(async () => {
  await client?.close();
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
  client = undefined;
});

/** A server that echoes everything it received (headers, query, body) back in its error bodies. */
async function echoingServer() {
  const s = await startServer((req, res, i) => {
    const echo = `auth=${req.headers.authorization ?? ''} url=${req.url} body=${req.body}`;
    if (i % 2 === 0) json(res, 503, { detail: echo, status: '503' });
    else res.writeHead(500, { 'content-type': 'text/html' }).end(`<html><body>${echo}</body></html>`);
  });
  servers.push(s);
  return s;
}

const PASSWORD = 'pa55-word-Secret';
const cases: Array<[string, (tokenUrl: string) => AuthOptions, string[]]> = [
  ['bearer', () => ({ type: 'bearer', token: 'bearer-SECRET-value-1' }), ['bearer-SECRET-value-1']],
  ['apiKey', () => ({ type: 'apiKey', key: 'apikey-SECRET-value-2' }), ['apikey-SECRET-value-2']],
  ['basic', () => ({ type: 'basic', username: 'alice', password: PASSWORD }), [PASSWORD, Buffer.from(`alice:${PASSWORD}`).toString('base64')]],
  [
    'clientCredentials',
    (tokenUrl) => ({ type: 'clientCredentials', tokenUrl, clientId: 'cid', clientSecret: 'cc-SECRET-value-3', tokenPath: 'access_token', style: 'form', clientAuth: 'body', grantType: 'client_credentials' }),
    ['cc-SECRET-value-3', 'issued-SECRET-token-4'],
  ],
];

describe('secrets never leak', () => {
  it.each(cases)('%s credentials stay out of errors and logs even when the server echoes them', async (_name, auth, secrets) => {
    const tokens = await startServer((_req, res) => json(res, 200, { access_token: 'issued-SECRET-token-4', expires_in: 3600 }));
    servers.push(tokens);
    const scim = await echoingServer();
    const cap = captureLogger();
    client = createScimHttpClient({ baseUrl: scim.url, auth: auth(tokens.url), logger: cap.logger, sleep: recordingSleep().sleep, retry: { maxAttempts: 3 } });
    const errors: string[] = [];
    for (const call of [() => client!.get('/Users', { filter: 'x' }), () => client!.send('PUT', '/Users/1', { note: secrets[0] ?? '' })]) {
      const err = await call().then(() => undefined, (e: unknown) => e);
      expect(err).toBeInstanceOf(Error);
      errors.push(String((err as Error).message), String((err as Error).stack));
    }
    // The server did receive the credential (so the echo really contained it)...
    expect(scim.requests.some((r) => secrets.some((s) => r.headers.authorization?.includes(s) || r.body.includes(s)))).toBe(true);
    // ...but nothing we produced shows it.
    const produced = `${errors.join('\n')}\n${cap.text()}`;
    expect(cap.lines.some((l) => l.level === 'warn')).toBe(true);
    for (const secret of secrets) expect(produced).not.toContain(secret);
    expect(produced).toContain('[REDACTED]');
  });
});
