// Runs `baton-scim` in service mode in-process against a fake BatonService and a testkit SCIM server.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { startScimServer, type ScimTestServer } from '@baton-scim/testkit';
import { main } from '../../src/index.js';
import type { ServiceTiming } from '../../src/io.js';
import { makeTestClient, type TestClient } from './client-credentials.js';
import { FakeBatonServer, type FakeBatonOptions } from './fake-baton-server.js';
import { makeTestTls, type TestTls } from './test-ca.js';

export const SCIM_TOKEN = 'tok-service-test-5d1e';
export const CONFIG = new URL('../../../../examples/demo.yaml', import.meta.url).pathname;

export interface ServiceRun {
  /** Resolves with the exit code once the process has stopped. */
  readonly exit: Promise<number>;
  stop(): void;
  /** Everything written to stderr so far (the JSON logs). */
  logs(): string;
  logLines(): Record<string, unknown>[];
}

export interface World {
  readonly dir: string;
  readonly tls: TestTls;
  readonly client: TestClient;
  readonly fake: FakeBatonServer;
  readonly scim: ScimTestServer;
  env(extra?: Record<string, string>): Record<string, string>;
  close(): Promise<void>;
}

export async function startWorld(options: Omit<FakeBatonOptions, 'tls' | 'client'> = {}): Promise<World> {
  const dir = mkdtempSync(join(tmpdir(), 'baton-service-'));
  const tls = await makeTestTls(dir);
  const client = makeTestClient();
  const fake = await FakeBatonServer.start({ ...options, tls, client });
  const scim = await startScimServer({
    generate: { users: 30, groups: 6, nestedGroups: 2, membershipsPerUser: 2, roles: 3, seed: 11 },
    auth: { bearer: SCIM_TOKEN },
  });
  return {
    dir, tls, client, fake, scim,
    env: (extra = {}) => ({ BATON_C1_API_HOST: fake.authority, NODE_EXTRA_CA_CERTS: tls.caFile, BATON_HOST_ID: 'test-host', ...extra }),
    close: async () => {
      await fake.close();
      await scim.close();
    },
  };
}

export function serviceArgs(world: World, extra: string[] = []): string[] {
  return [
    '--client-id', world.client.clientId, '--client-secret', world.client.clientSecret,
    '--scim-config', CONFIG, '--api-endpoint', world.scim.url, '--token', SCIM_TOKEN, '--log-format', 'json', ...extra,
  ];
}

/** Service mode's waits scaled down a hundredfold: Hello backoff 10 ms doubling to 3 s, upload retry 10-20 ms. */
export const FAST_TIMING: ServiceTiming = {
  helloBackoff: { initialMs: 10, maxMs: 3_000 },
  uploadBackoff: { initialMs: 10, maxMs: 20 },
};

export function runService(argv: string[], env: Record<string, string>, cwd: string, serviceTiming?: ServiceTiming): ServiceRun {
  const parts: string[] = [];
  const sink = new Writable({ write(c: Buffer | string, _e, done) { parts.push(String(c)); done(); } });
  const controller = new AbortController();
  const exit = main(argv, { stdout: sink, stderr: sink, env, cwd, interactive: false, signal: controller.signal, ...(serviceTiming ? { serviceTiming } : {}) });
  const logs = (): string => parts.join('');
  return {
    exit,
    stop: () => controller.abort(),
    logs,
    logLines: () => logs().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}
