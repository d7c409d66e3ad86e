import { afterEach, describe, expect, it } from 'vitest';
import type { ErrorCode } from '@baton-scim/core';
import { BatonError } from '@baton-scim/core';
import { codeForStatus, createScimHttpClient, ScimHttpError, type ScimHttpClient } from '../../src/index.js';
import { startServer, type TestServer } from './test-server.js';

let server: TestServer | undefined;
let client: ScimHttpClient | undefined;
afterEach(async () => {
  await client?.close();
  await server?.close();
  client = server = undefined;
});

async function answer(status: number, body: string, contentType: string, headers: Record<string, string> = {}) {
  server = await startServer((_req, res) => res.writeHead(status, { 'content-type': contentType, ...headers }).end(body));
  client = createScimHttpClient({ baseUrl: `${server.url}/scim/v2`, auth: { type: 'bearer', token: 'tok-abcdef' }, retry: { maxAttempts: 1 } });
  return client;
}

const failure = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a failure'); }, (e: unknown) => e as BatonError);

describe('status mapping', () => {
  const table: Array<[number, ErrorCode]> = [
    [400, 'invalid-argument'], [401, 'unauthenticated'], [403, 'permission-denied'], [404, 'not-found'],
    [408, 'deadline-exceeded'], [409, 'already-exists'], [412, 'failed-precondition'], [422, 'invalid-argument'],
    [429, 'rate-limited'], [500, 'unavailable'], [501, 'unimplemented'], [502, 'unavailable'],
    [503, 'unavailable'], [504, 'deadline-exceeded'],
  ];
  it.each(table)('maps HTTP %i to %s', (status, code) => {
    expect(codeForStatus(status, false)).toBe(code);
  });

  it('treats 403 with a wait hint as a rate limit (GitHub secondary limits)', () => {
    expect(codeForStatus(403, true)).toBe('rate-limited');
  });

  it('says what to do for a 403', async () => {
    const c = await answer(403, '{"detail":"Forbidden"}', 'application/json');
    const err = await failure(c.get('/Users'));
    expect(err.code).toBe('permission-denied');
    expect(err.message).toBe('GET /scim/v2/Users failed with HTTP 403 Forbidden: Forbidden; the credential lacks the scope or admin role this operation needs; grant it in the provider and retry');
  });
});

describe('error bodies', () => {
  it('reads a SCIM Error body into detail, scimType and status', async () => {
    const body = JSON.stringify({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '409', scimType: 'uniqueness', detail: 'userName ann is taken' });
    const c = await answer(409, body, 'application/scim+json');
    const err = (await failure(c.send('POST', '/Users', { userName: 'ann' }))) as ScimHttpError;
    expect(err).toBeInstanceOf(ScimHttpError);
    expect(err).toMatchObject({ code: 'already-exists', status: 409, scimType: 'uniqueness', detail: 'userName ann is taken', method: 'POST', path: '/scim/v2/Users' });
    expect(err.message).toMatch(/^POST \/scim\/v2\/Users failed with HTTP 409 Conflict: userName ann is taken \(scimType uniqueness\); a resource with the same unique attribute/);
  });

  it('summarises an HTML error page in at most ~200 characters without markup', async () => {
    const html = `<html><head><title>502 Bad Gateway</title><style>body{}</style></head><body><h1>Bad Gateway</h1><p>${'upstream '.repeat(60)}</p></body></html>`;
    const c = await answer(502, html, 'text/html');
    const err = await failure(c.get('/Users', { filter: 'userName eq "secret-query"' }));
    expect(err.code).toBe('unavailable');
    expect(err.message).toMatch(/^GET \/scim\/v2\/Users failed with HTTP 502 Bad Gateway: HTML page "502 Bad Gateway": 502 Bad Gateway Bad Gateway upstream/);
    expect(err.message).not.toMatch(/[<>]/);
    expect(err.message).not.toContain('secret-query');
    expect(err.message.length).toBeLessThan(420);
  });

  it('reports truncated JSON on a 200 as invalid-data naming the request', async () => {
    const c = await answer(200, '{"Resources":[{"id":"1","userName":', 'application/scim+json');
    const err = await failure(c.get('/Users'));
    expect(err.code).toBe('invalid-data');
    expect(err.message).toMatch(/^GET \/scim\/v2\/Users \(HTTP 200\) returned a body that is not valid JSON \(35 bytes, possibly truncated\)/);
  });

  it('reports an HTML page on a 200 GET as invalid-data pointing at the base URL', async () => {
    const c = await answer(200, '<html><title>Sign in</title></html>', 'text/html; charset=utf-8');
    const err = await failure(c.get('/Users'));
    expect(err.code).toBe('invalid-data');
    expect(err.message).toContain('GET /scim/v2/Users (HTTP 200) returned text/html; charset=utf-8 instead of JSON (HTML page "Sign in"');
    expect(err.message).toContain('check that the base URL points at the SCIM API');
  });

  it('accepts a numeric status and a non-SCIM {message} body', async () => {
    const c = await answer(404, '{"status":404,"message":"no such user"}', 'application/json');
    const err = (await failure(c.get('/Users/x'))) as ScimHttpError;
    expect(err.code).toBe('not-found');
    expect(err.detail).toBe('no such user');
  });
});
