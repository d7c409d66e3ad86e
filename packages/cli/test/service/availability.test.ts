import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAST_TIMING, runService, serviceArgs, startWorld, type ServiceRun, type World } from './service-harness.js';

let world: World;
beforeAll(async () => { world = await startWorld(); });
afterAll(async () => world.close());

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('service mode: reaching ConductorOne', () => {
  it('keeps polling through an outage and picks up work once the server is back', async () => {
    const run = runService(serviceArgs(world), world.env(), world.dir);
    // Polling has begun: the outage hits GetTask, not the startup Hello.
    await world.fake.waitFor('poll');
    world.fake.setDown(true);
    await world.fake.waitFor('refused', () => world.fake.refusedConnections >= 1);
    const id = world.fake.enqueue({ hello: {} });
    world.fake.setDown(false);
    await world.fake.waitForHello(id);
    run.stop();
    expect(await run.exit).toBe(0);
    const messages = run.logLines().map((l) => l.msg);
    expect(messages).toContain('asking ConductorOne for a task failed; retrying');
    expect(messages).toContain('ConductorOne is reachable again');
  });

  it('with BATON_C1_STARTUP_TIMEOUT_SECONDS, gives up on an unreachable host at that deadline: one JSON error line naming the host, no stack trace', async () => {
    const port = await closedPort();
    const run = runService(serviceArgs(world), world.env({ BATON_C1_API_HOST: `127.0.0.1:${port}`, BATON_C1_STARTUP_TIMEOUT_SECONDS: '2' }), world.dir);
    expect(await run.exit).toBe(1);
    expect(run.logs().split('\n').filter((l) => l !== '' && !l.startsWith('{'))).toEqual([]);
    const errors = errorLines(run);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`cannot reach ConductorOne at 127.0.0.1:${port}`);
    expect(errors[0]).toMatch(/ECONNREFUSED/);
    expect(errors[0]).toContain('gave up after 2 s');
    expect(run.logs()).not.toMatch(/^\s+at /m);
  });

  it('does not trust a server certificate from a CA outside the trusted stores', async () => {
    const env = world.env({ BATON_C1_STARTUP_TIMEOUT_SECONDS: '2' });
    delete env.NODE_EXTRA_CA_CERTS;
    const issued = world.fake.tokens.issued.length;
    const run = runService(serviceArgs(world), env, world.dir);
    expect(await run.exit).toBe(1);
    expect(errorLines(run).join('\n')).toMatch(/cannot reach ConductorOne at localhost:\d+ .*certificate/);
    expect(world.fake.tokens.issued).toHaveLength(issued);
  });

  it('gives up at once when the token endpoint refuses the credentials', async () => {
    const other = await startWorld();
    try {
      // Credentials of another client: the signature cannot verify with this server's public key.
      const run = runService(serviceArgs(world), other.env(), other.dir);
      expect(await run.exit).toBe(1);
      expect(errorLines(run).join('\n')).toMatch(/ConductorOne at localhost:\d+ refused this connector: token request to https:\/\/localhost:\d+\/auth\/v1\/token failed with HTTP 401/);
      expect(other.fake.tokens.rejected.length).toBe(1);
    } finally {
      await other.close();
    }
  });
});

function errorLines(run: ServiceRun): string[] {
  return run.logLines().filter((l) => l.level === 50).map((l) => String(l.msg));
}

describe('service mode: credentials', () => {
  it('rejects a malformed client id and secret with a clear error that does not echo the secret', async () => {
    const secret = 'secret-token:x:v2:c2VjcmV0LXZhbHVlLTkxMjM';
    const run = runService(['--client-id', 'not-a-client-id', '--client-secret', secret, '--scim-config', 'none.yaml', '--token', 'x'], {}, world.dir);
    expect(await run.exit).toBe(2);
    const out = errorLines(run).join('\n');
    expect(out).toMatch(/invalid client id "not-a-client-id".*<name>@<tenant host>/);
    expect(out).toMatch(/invalid client secret.*third part must be "v1"/);
    expect(run.logs()).not.toContain('c2VjcmV0LXZhbHVlLTkxMjM');
  });

  it('rejects a secret whose key is not an Ed25519 private key', async () => {
    const jwk = Buffer.from(JSON.stringify({ kty: 'RSA', n: 'abc', e: 'AQAB' })).toString('base64url');
    const run = runService(['--client-id', world.client.clientId, '--client-secret', `s:t:v1:${jwk}`, '--scim-config', 'none.yaml', '--token', 'x'], {}, world.dir);
    expect(await run.exit).toBe(2);
    expect(errorLines(run).join('\n')).toMatch(/not an Ed25519 private key/);
    expect(run.logs()).not.toContain(jwk);
  });
});

describe('service mode on a terminal', () => {
  it('says what it is doing while ConductorOne does not answer, instead of staying silent', async () => {
    const port = await closedPort();
    const args = serviceArgs(world).filter((a, i, all) => a !== '--log-format' && all[i - 1] !== '--log-format');
    const run = runService([...args, '--log-format', 'console'], world.env({ BATON_C1_API_HOST: `127.0.0.1:${port}` }), world.dir, FAST_TIMING);
    await until(() => run.logs().includes('ConductorOne is not reachable yet; retrying'));
    run.stop();
    expect(await run.exit).toBe(0);
    const text = run.logs();
    expect(text).toContain('starting service mode');
    expect(text).toContain('retrying until ConductorOne answers');
    expect(text).toContain('service mode stopped');
  });
});

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((r) => setTimeout(r, 20));
}
