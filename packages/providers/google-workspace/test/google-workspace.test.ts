import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '@baton-scim/cli';
import { definePackageChecks, expectSyncedDirectory, readSync, runCli, type ExpectedDirectory } from '@baton-scim/testkit/conformance';
import { afterEach, describe, expect, it } from 'vitest';
import { readDirectory, startFakeGoogle, type FakeGoogle } from './google-server.js';

const packageDir = new URL('..', import.meta.url);
const cwd = fileURLToPath(packageDir);
const directory = readDirectory(new URL('fixtures/directory.json', packageDir));
const expected = JSON.parse(readFileSync(new URL('fixtures/expected.json', packageDir), 'utf8')) as ExpectedDirectory;
const clientEmail = 'baton-sync@example-project.iam.gserviceaccount.com';
const admin = 'ada@example.com';
// A throwaway key pair made for this run: the fake token endpoint verifies signatures with its public half.
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });

let google: FakeGoogle | undefined;
afterEach(async () => {
  await google?.close();
  google = undefined;
});

function keyFile(tokenUri: string): string {
  const key = { type: 'service_account', project_id: 'example-project', private_key_id: '0123456789abcdef', private_key: privateKey, client_email: clientEmail, client_id: '100000000000000000001', token_uri: tokenUri };
  const file = join(mkdtempSync(join(tmpdir(), 'gws-key-')), 'key.json');
  writeFileSync(file, JSON.stringify(key), { mode: 0o600 });
  return file;
}

const newFile = (): string => join(mkdtempSync(join(tmpdir(), 'gws-')), 'sync.c1z');
const syncArgs = (g: FakeGoogle, file: string, key = keyFile(g.tokenUrl)): string[] =>
  ['--service-provider', 'google-workspace', '--api-endpoint', g.apiEndpoint, '--api-key', key, '--username', admin, '--log-level', 'warn', '-f', file];

describe('provider google-workspace', () => {
  definePackageChecks({
    main, providerId: 'google-workspace', packageDir, capabilitiesNote: 'sync only',
    capabilities: 'sync-only',
  });

  it('syncs users, groups with nested groups, members and admin roles into exactly the expected directory', async () => {
    google = await startFakeGoogle(directory, { publicKey, clientEmail, pageCap: 2 });
    const file = newFile();
    const run = await runCli(main, syncArgs(google, file), cwd);
    expect(run.code, run.stderr).toBe(0);
    expectSyncedDirectory(await readSync(main, file, cwd), expected);
  });

  it('signs an RS256 JWT for the impersonated admin, and pages with maxResults and pageToken', async () => {
    google = await startFakeGoogle(directory, { publicKey, clientEmail, pageCap: 2 });
    const run = await runCli(main, syncArgs(google, newFile()), cwd);
    expect(run.code, run.stderr).toBe(0);
    expect(google.requests.every((r) => r.status === 200)).toBe(true);
    expect(google.assertions).toHaveLength(1);
    const claims = google.assertions[0] ?? {};
    expect(claims).toMatchObject({ iss: clientEmail, sub: admin, aud: google.tokenUrl });
    expect(String(claims['scope']).split(' ')).toContain('https://www.googleapis.com/auth/admin.directory.group.member.readonly');
    expect(Number(claims['exp']) - Number(claims['iat'])).toBe(3600);
    const users = google.requests.filter((r) => new URL(r.target, 'http://x').pathname.endsWith('/users')).map((r) => new URL(r.target, 'http://x').searchParams);
    const listing = users.slice(users.findIndex((q) => q.get('maxResults') === '500'));
    expect(listing.map((q) => q.get('pageToken'))).toEqual([null, 'tok2', 'tok4']);
  });

  it('accepts the key as JSON text too, and names --username when the admin is missing', async () => {
    google = await startFakeGoogle(directory, { publicKey, clientEmail });
    const keyText = readFileSync(keyFile(google.tokenUrl), 'utf8');
    const ok = await runCli(main, syncArgs(google, newFile(), keyText), cwd);
    expect(ok.code, ok.stderr).toBe(0);
    const args = syncArgs(google, newFile(), keyText).filter((a, i, all) => a !== '--username' && all[i - 1] !== '--username');
    const missing = await runCli(main, args, cwd);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('--username');
    expect(missing.stderr).not.toContain('PRIVATE KEY');
  });

  describe('a Directory API listing whose pageToken goes round in a circle', () => {
    const cases = [
      ['the users listing', '/users'],
      ['the role assignments (read inside one call)', '/roleassignments'],
      ['a group\'s members', '/members'],
    ] as const;
    it.each(cases)('fails the sync on tok2 → tok4 → tok2 in %s', async (_name, pathEnd) => {
      google = await startFakeGoogle(directory, { publicKey, clientEmail, pageCap: 2, hostile: { pathEnd, next: (offset) => (offset === 4 ? 2 : offset + 2) } });
      const run = await runCli(main, syncArgs(google, newFile()), cwd);
      expect(run.code).not.toBe(0);
      expect(run.stderr).toMatch(/sent a next page it had already sent \(tok[24]\)/);
      expect(run.stderr).toContain(`Google Admin SDK GET`);
      expect(google.requests.length).toBeLessThan(40);
    });
  });
});
