import { afterEach, describe, expect, it } from 'vitest';
import { startScimServer } from '../src/server/start.js';
import type { ScimServerOptions, ScimTestServer } from '../src/server/options.js';
import { bearer, call, waitFor } from './helpers.js';

const servers: ScimTestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function start(options: ScimServerOptions = {}): Promise<ScimTestServer> {
  const s = await startScimServer({ generate: { users: 6, groups: 2, seed: 3 }, ...options });
  servers.push(s);
  return s;
}

async function statuses(s: ScimTestServer, n: number, path = '/Users'): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await call(`${s.url}${path}`)).status);
  return out;
}

describe('request faults', () => {
  it('answers the first N requests with 429 and Retry-After in seconds, then recovers', async () => {
    const s = await start({ faults: { rateLimit: { first: 2, retryAfterSeconds: 7 } } });
    const limited = await call(`${s.url}/Users`);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(limited.json).toMatchObject({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '429' });
    expect(await statuses(s, 3)).toEqual([429, 200, 200]);
    expect(s.requests.map((r) => r.fault)).toEqual(['rateLimit', 'rateLimit', undefined, undefined]);
  });

  it('writes Retry-After as an HTTP-date from the injected clock, or with another status', async () => {
    const now = Date.UTC(2025, 2, 1, 12, 0, 0);
    const s = await start({ now: () => now, faults: { rateLimit: { retryAfterSeconds: 30, retryAfterFormat: 'http-date' } } });
    const res = await call(`${s.url}/Users`);
    expect(res.headers.get('retry-after')).toBe('Sat, 01 Mar 2025 12:00:30 GMT');
    s.setFaults({ rateLimit: { status: 403, retryAfterFormat: 'none' } });
    const forbidden = await call(`${s.url}/Users`);
    expect(forbidden.status).toBe(403);
    expect(forbidden.headers.get('retry-after')).toBeNull();
  });

  it('fires probabilistic faults in the same pattern for the same seed', async () => {
    const faults = { seed: 99, serverError: { probability: 0.5, status: 503 as const } };
    const a = await statuses(await start({ faults }), 24);
    const b = await statuses(await start({ faults }), 24);
    expect(a).toEqual(b);
    expect(a).toContain(503);
    expect(a).toContain(200);
    const c = await statuses(await start({ faults: { ...faults, seed: 100 } }), 24);
    expect(c).not.toEqual(a);
  });

  it('only hits the routes it names', async () => {
    const s = await start({ faults: { serverError: { status: 502, routes: ['GET /Groups/*'] } } });
    const group = [...s.directory.groups.keys()][0]!;
    expect((await call(`${s.url}/Groups/${group}`)).status).toBe(502);
    expect((await call(`${s.url}/Groups`)).status).toBe(200);
    expect((await call(`${s.url}/Users`)).status).toBe(200);
    expect((await call(`${s.url}/Groups/${group}`, { method: 'DELETE' })).status).toBe(204);
  });

  it('answers with an HTML 502 page', async () => {
    const s = await start({ faults: { htmlError: {} } });
    const res = await call(`${s.url}/Users`);
    expect(res.status).toBe(502);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.text).toContain('<h1>502 Bad Gateway</h1>');
  });

  it('truncates JSON bodies so they no longer parse, or drops the connection mid-body', async () => {
    const s = await start({ faults: { truncateJson: { first: 1 } } });
    const res = await fetch(`${s.url}/Users`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);
    expect(text.startsWith('{"schemas"')).toBe(true);
    expect((await call(`${s.url}/Users`)).json.totalResults).toBe(6);
    s.setFaults({ truncateJson: { mode: 'abort' } });
    const aborted = await fetch(`${s.url}/Users`);
    await expect(aborted.text()).rejects.toThrow();
  });

  it('delays a slow response until the injected sleep resolves', async () => {
    const waits: number[] = [];
    let release: () => void = () => undefined;
    const sleep = (ms: number): Promise<void> => {
      waits.push(ms);
      return new Promise((resolve) => (release = resolve));
    };
    const s = await start({ sleep, faults: { slow: { delayMs: 2500 } } });
    let settled = false;
    const pending = call(`${s.url}/Users`).finally(() => (settled = true));
    await waitFor(() => waits.length === 1, 'the slow fault to start sleeping');
    expect(waits).toEqual([2500]);
    expect(settled).toBe(false);
    expect(s.requests[0]).toMatchObject({ fault: 'slow', status: undefined });
    release();
    expect((await pending).status).toBe(200);
  });

  it('never answers a hung request until the server closes', async () => {
    const s = await start({ faults: { hang: { first: 1 } } });
    const hung = fetch(`${s.url}/Users`);
    await waitFor(() => s.requests.length === 1, 'the hung request to arrive');
    expect(s.requests[0]).toMatchObject({ fault: 'hang', status: undefined });
    expect((await call(`${s.url}/Users`)).status).toBe(200);
    await s.close();
    servers.splice(servers.indexOf(s), 1);
    await expect(hung).rejects.toThrow();
  });

  it('redirects to another origin, keeping path and query', async () => {
    const other = await start();
    const s = await start({ auth: { bearer: 'secret-a' }, faults: { redirect: { to: other.url } } });
    const res = await fetch(`${s.url}/Users?count=2`, { headers: bearer('secret-a'), redirect: 'manual' });
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toBe(`${other.url}/Users?count=2`);
    const followed = await call(`${s.url}/Users?count=2`, { headers: bearer('secret-a') });
    expect(followed.status).toBe(200);
    expect(other.requests.at(-1)).toMatchObject({ method: 'GET', path: '/scim/v2/Users', query: { count: '2' } });
  });
});
