import { afterEach, describe, expect, it } from 'vitest';
import { BatonError } from '@baton-scim/core';
import { createScimHttpClient, type AuthOptions, type ScimHttpClient } from '../../src/index.js';
import { json, startServer, type TestServer } from './test-server.js';

let server: TestServer | undefined;
let client: ScimHttpClient | undefined;
afterEach(async () => {
  await client?.close();
  await server?.close();
  client = server = undefined;
});

async function headerSentFor(auth: AuthOptions): Promise<string | undefined> {
  server = await startServer((_req, res) => json(res, 200, { id: '1' }));
  client = createScimHttpClient({ baseUrl: server.url, auth });
  await client.get('/Users/1');
  return server.requests[0]?.headers.authorization;
}

describe('auth headers', () => {
  it('sends a bearer token with the Bearer scheme', async () => {
    expect(await headerSentFor({ type: 'bearer', token: 'tok-123456' })).toBe('Bearer tok-123456');
  });

  it('does not double the scheme when the token already carries it', async () => {
    expect(await headerSentFor({ type: 'bearer', token: 'Bearer tok-123456' })).toBe('Bearer tok-123456');
  });

  it('sends an API key raw when no prefix is configured (Postman)', async () => {
    expect(await headerSentFor({ type: 'apiKey', key: 'PMAK-abcdef' })).toBe('PMAK-abcdef');
  });

  it('sends an API key with the configured apiKeyPrefix', async () => {
    expect(await headerSentFor({ type: 'apiKey', key: 'k-abcdef', prefix: 'Bearer' })).toBe('Bearer k-abcdef');
  });

  it('sends HTTP Basic credentials (the Go connector panicked here)', async () => {
    const expected = `Basic ${Buffer.from('alice:s3cret!').toString('base64')}`;
    expect(await headerSentFor({ type: 'basic', username: 'alice', password: 's3cret!' })).toBe(expected);
  });

  it('sends no Authorization header for auth none', async () => {
    expect(await headerSentFor({ type: 'none' })).toBeUndefined();
  });
});

describe('auth validation needs no network', () => {
  const cases: Array<[string, AuthOptions, RegExp]> = [
    ['empty token', { type: 'bearer', token: ' ' }, /auth\.token is empty; pass --token or BATON_TOKEN/],
    ['empty api key', { type: 'apiKey', key: '' }, /auth\.key is empty; pass --api-key/],
    ['colon in basic user', { type: 'basic', username: 'a:b', password: 'pw12' }, /must not contain ":"/],
    [
      'account_credentials without account id',
      { type: 'clientCredentials', tokenUrl: 'https://zoom.us/oauth/token', clientId: 'id', clientSecret: 'secret', tokenPath: 'access_token', style: 'form', clientAuth: 'basic', grantType: 'account_credentials' },
      /auth\.accountId is empty; .*--account-id/,
    ],
    [
      'relative token URL',
      { type: 'clientCredentials', tokenUrl: '/oauth/token', clientId: 'id', clientSecret: 'secret', tokenPath: 'access_token', style: 'form', clientAuth: 'basic', grantType: 'client_credentials' },
      /auth\.tokenUrl is not an absolute URL/,
    ],
  ];
  it.each(cases)('rejects %s with invalid-argument', (_name, auth, message) => {
    let caught: unknown;
    try {
      createScimHttpClient({ baseUrl: 'https://scim.example.test/v2', auth });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(BatonError);
    expect((caught as BatonError).code).toBe('invalid-argument');
    expect((caught as BatonError).message).toMatch(message);
  });

  it('rejects credentials embedded in the base URL', () => {
    expect(() => createScimHttpClient({ baseUrl: 'https://u:p@scim.example.test', auth: { type: 'none' } })).toThrow(/must not contain a user name or password/);
  });
});
