// Google's 403 quota answers are retried, as provider.yaml lists their reasons; any other 403 still fails at once.
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '@baton-scim/cli';
import { runCli } from '@baton-scim/testkit/conformance';
import { afterEach, describe, expect, it } from 'vitest';
import { readDirectory, startFakeGoogle, type FakeGoogle } from './google-server.js';

const packageDir = new URL('..', import.meta.url);
const cwd = fileURLToPath(packageDir);
const directory = readDirectory(new URL('fixtures/directory.json', packageDir));
const clientEmail = 'baton-sync@example-project.iam.gserviceaccount.com';
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });

let google: FakeGoogle | undefined;
afterEach(async () => {
  await google?.close();
  google = undefined;
});

function args(g: FakeGoogle): string[] {
  const key = { type: 'service_account', private_key: privateKey, client_email: clientEmail, token_uri: g.tokenUrl };
  const dir = mkdtempSync(join(tmpdir(), 'gws-rate-'));
  writeFileSync(join(dir, 'key.json'), JSON.stringify(key), { mode: 0o600 });
  return ['--service-provider', 'google-workspace', '--api-endpoint', g.apiEndpoint, '--api-key', join(dir, 'key.json'), '--username', 'ada@example.com', '--log-level', 'warn', '-f', join(dir, 'sync.c1z')];
}

describe('google-workspace rate limits', () => {
  it.each(['userRateLimitExceeded', 'quotaExceeded'])('retries a 403 %s and completes the sync', async (reason) => {
    google = await startFakeGoogle(directory, { publicKey, clientEmail, quotaErrors: { first: 2, reason } });
    const run = await runCli(main, args(google), cwd);
    expect(run.code, run.stderr).toBe(0);
    expect(google.requests.filter((r) => r.status === 403)).toHaveLength(2);
  });

  it('fails at once on a 403 that names another reason', async () => {
    google = await startFakeGoogle(directory, { publicKey, clientEmail, quotaErrors: { first: 100, reason: 'forbidden' } });
    const run = await runCli(main, args(google), cwd);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/HTTP 403/);
    expect(google.requests.filter((r) => r.status === 403)).toHaveLength(1);
  });
});
