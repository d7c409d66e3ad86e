import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { C1zReader } from '@baton-scim/core';
import { startConnectProxy, type ConnectProxy } from './connect-proxy.js';
import { FAST_TIMING, runService, SCIM_TOKEN, serviceArgs, startWorld, type ServiceRun, type World } from './service-harness.js';
import { PROXY_ONLY_HOST } from './test-ca.js';

let world: World | undefined;
let run: ServiceRun | undefined;
let proxy: ConnectProxy | undefined;
afterEach(async () => {
  run?.stop();
  await run?.exit;
  await proxy?.close();
  await world?.close();
  world = undefined;
  run = undefined;
  proxy = undefined;
});

/** The host (named only in the proxy's table) and port the fake ConductorOne is reached at through the proxy. */
function proxiedHost(w: World): string {
  return `${PROXY_ONLY_HOST}:${w.fake.authority.split(':')[1] ?? ''}`;
}

async function readUpload(w: World, data: Buffer, name: string): Promise<{ syncType: string; grants: number }> {
  const file = join(w.dir, name);
  writeFileSync(file, data);
  const reader = await C1zReader.open(file);
  try {
    const finished = reader.syncRuns().filter((r) => r.endedAt);
    return { syncType: finished[0]?.syncType ?? '', grants: reader.stats().grants ?? 0 };
  } finally {
    reader.close();
  }
}

describe('service mode behind an HTTPS proxy', () => {
  for (const variable of ['HTTPS_PROXY', 'https_proxy']) {
    it(`sends the token request and every gRPC call through the CONNECT proxy named by ${variable}`, async () => {
      const w = await startWorld();
      world = w;
      proxy = await startConnectProxy({ hosts: { [PROXY_ONLY_HOST]: '127.0.0.1' }, credentials: 'egress:p4ss-w0rd' });
      const proxyUrl = proxy.url.replace('http://', 'http://egress:p4ss-w0rd@');
      // The host resolves nowhere but in the proxy: reaching ConductorOne at all proves both paths used it.
      run = runService(serviceArgs(w), w.env({ BATON_C1_API_HOST: proxiedHost(w), [variable]: proxyUrl }), w.dir);
      await w.fake.waitFor('hello', undefined, () => w.fake.hellos[0]);
      const id = w.fake.enqueue({ syncFull: {} });
      expect((await w.fake.waitForFinish(id)).success).toBeTruthy();
      expect(w.fake.tokens.issued.length).toBeGreaterThanOrEqual(1);
      expect(proxy.tunnels.length).toBeGreaterThanOrEqual(2);
      expect(new Set(proxy.tunnels)).toEqual(new Set([proxiedHost(w)]));
      expect(proxy.refused).toBe(0);
      // The token's audience is the client id's tenant host, whatever address BATON_C1_API_HOST gives.
      expect(new Set(w.fake.tokens.audiences)).toEqual(new Set(['acme.conductor.one']));
      expect(run.logs()).not.toContain('p4ss-w0rd');
    });
  }

  it('goes direct to a host NO_PROXY names', async () => {
    const w = await startWorld();
    world = w;
    proxy = await startConnectProxy();
    run = runService(serviceArgs(w), w.env({ HTTPS_PROXY: proxy.url, NO_PROXY: 'example.com,localhost' }), w.dir);
    await w.fake.waitFor('hello', undefined, () => w.fake.hellos[0]);
    expect(proxy.tunnels).toEqual([]);
  });
});

describe('service mode: trust', () => {
  it('trusts a CA given by SSL_CERT_FILE, and one in a directory given by SSL_CERT_DIR, as Go does', async () => {
    const w = await startWorld();
    world = w;
    const env = w.env({ SSL_CERT_FILE: w.tls.caFile });
    delete env.NODE_EXTRA_CA_CERTS;
    run = runService(serviceArgs(w), env, w.dir);
    await w.fake.waitFor('hello', undefined, () => w.fake.hellos[0]);
    run.stop();
    expect(await run.exit).toBe(0);

    const dir = mkdtempSync(join(w.dir, 'certs-'));
    writeFileSync(join(dir, 'proxy-ca.pem'), w.tls.caPem);
    const viaDir = w.env({ SSL_CERT_DIR: dir });
    delete viaDir.NODE_EXTRA_CA_CERTS;
    const hellos = w.fake.hellos.length;
    run = runService(serviceArgs(w), viaDir, w.dir);
    await w.fake.waitFor('hello', () => true, () => w.fake.hellos[hellos]);
  });
});

describe('service mode: starting while ConductorOne is down', () => {
  it('retries Hello with backoff for longer than the old 45 s deadline, then connects and works', async () => {
    const w = await startWorld();
    world = w;
    w.fake.setDown(true);
    run = runService(serviceArgs(w), w.env(), w.dir, FAST_TIMING);
    // Seven failed attempts: 10+20+…+640 ms scaled, 127 s at the real 1 s doubling schedule.
    await w.fake.waitFor('refused', () => w.fake.refusedConnections >= 7);
    w.fake.setDown(false);
    await w.fake.waitFor('hello', undefined, () => w.fake.hellos[0]);
    const id = w.fake.enqueue({ syncFull: {} });
    expect((await w.fake.waitForFinish(id)).success).toBeTruthy();
    const retries = run.logLines().filter((l) => l.msg === 'ConductorOne is not reachable yet; retrying');
    expect(retries.length).toBeGreaterThanOrEqual(6);
    expect(retries[0]?.hint).toMatch(/retrying until ConductorOne answers/);
  });
});

describe('service mode: sync tasks as the SDK runs them', () => {
  it('records a resources-only task as resources_only, leaves grants unexpanded when asked, and retries a failed upload', async () => {
    const w = await startWorld();
    world = w;
    run = runService(serviceArgs(w), w.env(), w.dir, FAST_TIMING);
    await w.fake.waitFor('hello', undefined, () => w.fake.hellos[0]);

    const resourcesOnly = w.fake.enqueue({ syncFull: { skipEntitlementsAndGrants: true } });
    expect((await w.fake.waitForFinish(resourcesOnly)).success).toBeTruthy();
    const ro = w.fake.uploads.find((u) => u.taskId === resourcesOnly);
    expect((await readUpload(w, ro?.data ?? Buffer.alloc(0), 'ro.c1z')).syncType).toBe('resources_only');

    const full = w.fake.enqueue({ syncFull: {} });
    expect((await w.fake.waitForFinish(full)).success).toBeTruthy();
    const expanded = await readUpload(w, w.fake.uploads.find((u) => u.taskId === full)?.data ?? Buffer.alloc(0), 'full.c1z');
    expect(expanded.syncType).toBe('full');

    w.fake.failUploads = 1;
    const unexpanded = w.fake.enqueue({ syncFull: { skipExpandGrants: true } });
    expect((await w.fake.waitForFinish(unexpanded)).success).toBeTruthy();
    expect(w.fake.failedUploads).toBe(1);
    expect(w.fake.uploads.filter((u) => u.taskId === unexpanded)).toHaveLength(1);
    const plain = await readUpload(w, w.fake.uploads.find((u) => u.taskId === unexpanded)?.data ?? Buffer.alloc(0), 'plain.c1z');
    // The fixture nests groups, so expansion adds grants; ConductorOne expands them itself when it asks not to.
    expect(plain.grants).toBeLessThan(expanded.grants);
    expect(run.logLines().some((l) => l.msg === 'upload to ConductorOne failed; sending it again' && l.task_id === unexpanded)).toBe(true);
  });

  it('writes a debug log for a debug task and uploads it as the second asset, secrets scrubbed', async () => {
    const w = await startWorld();
    world = w;
    run = runService(serviceArgs(w), w.env(), w.dir);
    await w.fake.waitFor('hello', undefined, () => w.fake.hellos[0]);
    const id = w.fake.enqueue({ syncFull: {}, debug: true });
    expect((await w.fake.waitForFinish(id)).success).toBeTruthy();
    const assets = w.fake.uploads.filter((u) => u.taskId === id);
    expect(assets).toHaveLength(2);
    expect(assets[0]?.data.subarray(0, 4).toString()).toBe('C1ZF');
    const lines = assets[1]?.data.toString('utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>) ?? [];
    // Debug level although the process logs at info: the connector's own request lines are in it.
    expect(lines.some((l) => l.level === 20 && l.task_id === id)).toBe(true);
    expect(lines.some((l) => l.msg === 'Sync complete.')).toBe(true);
    expect(lines.every((l) => l.task_id === id)).toBe(true);
    expect(assets[1]?.data.toString('utf8')).not.toContain(SCIM_TOKEN);
    // A task without the flag uploads only its sync.
    const plain = w.fake.enqueue({ syncFull: {} });
    await w.fake.waitForFinish(plain);
    expect(w.fake.uploads.filter((u) => u.taskId === plain)).toHaveLength(1);
  });

  it('limits sync tasks to --sync-resource-types, and accepts Go runner flags it does not implement with one warning', async () => {
    const w = await startWorld();
    world = w;
    run = runService(serviceArgs(w, ['--sync-resource-types', 'user', '--log-path', '/var/log/x.log', '--otel-collector-endpoint', 'otel:4317', '--http-timeout-seconds', '30']), w.env(), w.dir);
    await w.fake.waitFor('hello', undefined, () => w.fake.hellos[0]);
    const id = w.fake.enqueue({ syncFull: {} });
    expect((await w.fake.waitForFinish(id)).success).toBeTruthy();
    const file = join(w.dir, 'types.c1z');
    writeFileSync(file, w.fake.uploads.find((u) => u.taskId === id)?.data ?? Buffer.alloc(0));
    const reader = await C1zReader.open(file);
    try {
      expect(Object.keys(reader.stats().resources)).toEqual(['user']);
    } finally {
      reader.close();
    }
    const warning = run.logLines().find((l) => String(l.msg).includes('accepted for compatibility with Go connectors but not implemented'));
    expect(warning?.msg).toBe('--log-path, --http-timeout-seconds, --otel-collector-endpoint: accepted for compatibility with Go connectors but not implemented by baton-scim; ignored');
  });

  it('refuses an unknown --sync-resource-types id before connecting', async () => {
    const w = await startWorld();
    world = w;
    run = runService(serviceArgs(w, ['--sync-resource-types', 'user,nope']), w.env(), w.dir);
    expect(await run.exit).toBe(2);
    expect(run.logLines().find((l) => l.level === 50)?.msg).toMatch(/--sync-resource-types .*unknown resource type "nope"; this connector has/);
    expect(w.fake.hellos).toHaveLength(0);
  });
});

describe('service mode: health endpoints', () => {
  it('answers /live, /ready and /health on --health-check, also while a task runs', async () => {
    const w = await startWorld({ nextHeartbeatMs: 1000 });
    world = w;
    w.fake.setDown(true);
    run = runService(serviceArgs(w, ['--health-check', '--health-check-port', '0']), w.env(), w.dir, FAST_TIMING);
    const r = run;
    const address = await until(() => r.logLines().find((l) => l.msg === 'health check server listening')?.address as string | undefined);
    const get = async (path: string): Promise<{ status: number; body: Record<string, unknown> }> => {
      const res = await fetch(`http://${address}${path}`);
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    expect(address).toMatch(/^127\.0\.0\.1:\d+$/);
    expect((await get('/live')).status).toBe(200);
    expect(await get('/ready')).toMatchObject({ status: 503, body: { status: 'not_ready' } });
    w.fake.setDown(false);
    await w.fake.waitFor('hello', undefined, () => w.fake.hellos[0]);
    await until(async () => ((await get('/ready')).status === 200 ? true : undefined));

    w.scim.setFaults({ hang: {} });
    const id = w.fake.enqueue({ syncFull: {} });
    await w.fake.waitFor<{ taskId: string }>('heartbeat', (h) => h.taskId === id);
    expect(await get('/live')).toMatchObject({ status: 200, body: { status: 'alive' } });
    expect(await get('/ready')).toMatchObject({ status: 200, body: { status: 'ready' } });
    w.scim.clearFaults();
    expect(await get('/health')).toMatchObject({ status: 200, body: { status: 'healthy' } });
    expect((await get('/nope')).status).toBe(404);
    w.fake.heartbeatPlan = () => ({ cancelled: true });
    await w.fake.waitForFinish(id);
  });
});

async function until<T>(probe: () => T | undefined | Promise<T | undefined>): Promise<T> {
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
