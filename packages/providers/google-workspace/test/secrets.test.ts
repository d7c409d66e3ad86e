// The signed assertion is the service account's whole credential: a token endpoint that echoes it never
// gets it printed.
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '@baton-scim/cli';
import { runCli } from '@baton-scim/testkit/conformance';
import { expect, it } from 'vitest';

const cwd = fileURLToPath(new URL('..', import.meta.url));

it('masks the assertion when the token endpoint echoes it back in its error', async () => {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => { body += c.toString(); });
    req.on('end', () => {
      const assertion = new URLSearchParams(body).get('assertion') ?? '';
      seen.push(assertion);
      res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'invalid_grant', error_description: `Bad JWT: ${assertion}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
    const dir = mkdtempSync(join(tmpdir(), 'gws-secret-'));
    const key = join(dir, 'key.json');
    writeFileSync(key, JSON.stringify({ type: 'service_account', private_key: privateKey, client_email: 'sync@example.iam.gserviceaccount.com', token_uri: `${origin}/token` }), { mode: 0o600 });
    const run = await runCli(main, ['--service-provider', 'google-workspace', '--api-endpoint', `${origin}/admin/directory/v1`, '--api-key', key, '--username', 'ada@example.com', '-f', join(dir, 'sync.c1z')], cwd);
    expect(run.code).not.toBe(0);
    expect(seen.length).toBeGreaterThan(0);
    const printed = `${run.stdout}\n${run.stderr}`;
    expect(printed).toContain('Bad JWT: [REDACTED]');
    for (const assertion of seen) {
      expect(assertion.split('.')).toHaveLength(3);
      // Neither the whole JWT nor any part that is particular to it (the header is the same for every key).
      expect(printed).not.toContain(assertion);
      expect(printed).not.toContain(assertion.split('.')[1]!.slice(0, 24));
      expect(printed).not.toContain(assertion.split('.')[2]!.slice(0, 24));
    }
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});
