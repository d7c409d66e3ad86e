// JumpCloud's key travels in `x-api-key`, a header the provider hook sets: a server that echoes it never
// gets it printed.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '@baton-scim/cli';
import { createScimConnector, loadScimConfig } from '@baton-scim/scim';
import { runCli } from '@baton-scim/testkit/conformance';
import provider from '../src/index.js';
import { expect, it } from 'vitest';

const cwd = fileURLToPath(new URL('..', import.meta.url));
const apiKey = 'jc-admin-Key-0f9e8d7c6b5a4';

/** A server that answers every request with a 400 naming the x-api-key it received. */
async function echoingServer(seen: string[]) {
  const server = createServer((req, res) => {
    const key = String(req.headers['x-api-key'] ?? '');
    seen.push(key);
    res.writeHead(400, { 'content-type': 'text/plain' }).end(`rejected request with key ${key}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

it('the connector masks the header the hook set, even where nothing else knows the key', async () => {
  const seen: string[] = [];
  const server = await echoingServer(seen);
  const config = loadScimConfig(readFileSync(provider.config, 'utf8'), { file: 'jumpcloud/provider.yaml' });
  const connector = createScimConnector({ config, apiEndpoint: server.endpoint, credentials: { apiKey }, hooks: provider.hooks });
  try {
    const err = (await connector.validate(new AbortController().signal).then(() => undefined, (e: unknown) => e)) as Error;
    expect(seen).toContain(apiKey);
    const printed = `${err.message}\n${err.stack ?? ''}\n${JSON.stringify(err)}`;
    expect(printed).toContain('rejected request with key [REDACTED]');
    expect(printed).not.toContain('0f9e8d7c6b5a4');
  } finally {
    await connector.close();
    await server.close();
  }
});

it('masks the x-api-key when the server echoes it back in its error', async () => {
  const seen: string[] = [];
  const server = await echoingServer(seen);
  try {
    const file = join(mkdtempSync(join(tmpdir(), 'jumpcloud-secret-')), 'sync.c1z');
    const run = await runCli(main, ['--service-provider', 'jumpcloud', '--api-endpoint', server.endpoint, '--api-key', apiKey, '-f', file], cwd);
    expect(run.code).not.toBe(0);
    expect(seen).toContain(apiKey);
    const printed = `${run.stdout}\n${run.stderr}`;
    expect(printed).toContain('rejected request with key [REDACTED]');
    expect(printed).not.toContain(apiKey);
    expect(printed).not.toContain('0f9e8d7c6b5a4');
  } finally {
    await server.close();
  }
});
