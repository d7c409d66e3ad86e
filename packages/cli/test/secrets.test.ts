// Recognisable secrets with quotes, backslashes, percent signs, pluses and non-ASCII letters: no form of them
// (raw, JSON-, URL- or form-escaped, base64 of user:pass) may appear in any output or file, whatever the server echoes.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readC1z } from '@baton-scim/core';
import { startScimServer, type ScimTestServer } from '@baton-scim/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cli, CONFIG, tempDir, type Run } from './support/run.js';

const CLIENT_ID = 'client-id-01';
const CLIENT_SECRET = 'cs-"q\\b%41+p w-\u00fcber-\u03a9-Qzj7731';
const USER = 'svc-user';
const PASSWORD = 'pw-"q\\b%2F+x y-\u00f6l-Qzk8812';
// Header values must be ASCII, so the bearer token keeps to the other awkward characters.
const TOKEN = 'tk-"q\\b%25+z-token-Qzm9934';

const formEncode = (s: string): string => encodeURIComponent(s).replace(/%20/g, '+');
const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

/**
 * Every form of every secret a server or a log line could produce, written out here independently of the
 * product, plus the marker each secret ends with (letters no issued hex token holds): it survives every escaping, so a partly masked secret
 * (its tail after a quote, say) is caught too.
 */
function forms(): string[] {
  const out = new Set<string>(['Qzj7731', 'Qzk8812', 'Qzm9934']);
  for (const s of [CLIENT_SECRET, PASSWORD, TOKEN]) {
    const json = JSON.stringify(s).slice(1, -1);
    out.add(s).add(json).add(JSON.stringify(json).slice(1, -1));
    out.add(encodeURIComponent(s)).add(encodeURIComponent(s).toLowerCase()).add(formEncode(s)).add(b64(s));
  }
  out.add(b64(`${USER}:${PASSWORD}`)).add(b64(`${formEncode(CLIENT_ID)}:${formEncode(CLIENT_SECRET)}`));
  return [...out];
}

let server: ScimTestServer;
let dir: string;
beforeAll(async () => {
  server = await startScimServer({
    generate: { users: 12, groups: 3, seed: 11 },
    auth: { bearer: TOKEN, basic: { username: USER, password: PASSWORD }, oauth: { clients: [{ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET }] } },
  });
  dir = tempDir();
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => server.clearFaults());

/** Fails naming the form and where it appeared, without printing the secret itself. */
function expectClean(where: string, text: string): void {
  const leaked = forms().filter((form) => text.includes(form)).map((form) => forms().indexOf(form));
  expect(leaked, `forms #${leaked.join(', #')} of a secret appear in ${where}`).toEqual([]);
}

/** Every file the runs left in `dir`, the c1z files decompressed as well. */
async function expectFilesClean(): Promise<void> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    expectClean(name, readFileSync(path).toString('latin1'));
    expectClean(name, readFileSync(path).toString('utf8'));
    if (name.endsWith('.c1z')) {
      const db = join(dir, `${name}.db-check`);
      await readC1z(path, db);
      expectClean(`${name} (decompressed)`, readFileSync(db).toString('utf8'));
      rmSync(db);
    }
  }
}

function configFile(name: string, auth: Record<string, unknown>): string {
  const base = readFileSync(CONFIG, 'utf8').replace(/auth:\n(?: {2}.*\n)+/, '');
  const lines = Object.entries(auth).map(([k, v]) => `  ${k}: ${JSON.stringify(v)}`);
  const path = join(dir, name);
  writeFileSync(path, `${base}\nauth:\n${lines.join('\n')}\n`);
  return path;
}

const oauth = (style: 'json' | 'form', clientAuth: 'body' | 'basic') =>
  configFile(`oauth-${style}-${clientAuth}.yaml`, {
    authType: 'oauth2',
    shouldObtainToken: true,
    authUrl: server.tokenUrl,
    tokenPath: 'access_token',
    tokenRequest: { style, clientAuth },
  });

async function run(args: string[], file: string): Promise<Run> {
  const result = await cli([...args, '--api-endpoint', server.url, '-f', join(dir, file), '--log-level', 'debug', '--log-format', 'json']);
  expectClean('stdout', result.stdout);
  expectClean('stderr', result.stderr);
  return result;
}

const clientFlags = ['--scim-client-id', CLIENT_ID, '--scim-client-secret', CLIENT_SECRET];

describe('secrets in every escaped form stay out of outputs and files', () => {
  it.each([
    ['json', 'body'],
    ['form', 'body'],
    ['form', 'basic'],
  ] as const)('a token endpoint echoing a %s request with %s client auth', async (style, clientAuth) => {
    server.setFaults({ echoCredentials: { routes: ['POST /oauth/token'] } });
    const result = await run(['--scim-config', oauth(style, clientAuth), ...clientFlags], `echo-${style}-${clientAuth}.c1z`);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('(token request) failed with HTTP 400');
    await expectFilesClean();
  });

  it('a sync with obtained tokens, a refresh after the server expires them, and a SCIM endpoint echoing the token', async () => {
    const config = oauth('form', 'basic');
    const first = await run(['--scim-config', config, ...clientFlags], 'oauth.c1z');
    expect(first.code, first.stderr).toBe(0);
    server.expireTokens();
    const refreshed = await run(['--scim-config', config, ...clientFlags], 'oauth.c1z');
    expect(refreshed.code, refreshed.stderr).toBe(0);
    server.setFaults({ echoCredentials: { routes: ['GET /Users'] } });
    const echoed = await run(['--scim-config', config, ...clientFlags], 'oauth.c1z');
    expect(echoed.code).toBe(1);
    await expectFilesClean();
  });

  it('basic auth and a bearer token echoed by the SCIM endpoint, at sync and at provisioning', async () => {
    const basic = configFile('basic.yaml', { authType: 'basic' });
    expect((await run(['--scim-config', basic, '--username', USER, '--password', PASSWORD], 'basic.c1z')).code).toBe(0);
    server.setFaults({ echoCredentials: { routes: ['GET /Users'] } });
    expect((await run(['--scim-config', basic, '--username', USER, '--password', PASSWORD], 'basic.c1z')).code).toBe(1);
    server.clearFaults();

    expect((await run(['--scim-config', CONFIG, '--token', TOKEN], 'bearer.c1z')).code).toBe(0);
    const user = [...server.directory.users.values()][0];
    const group = [...server.directory.groups.values()].find((g) => !(g.members ?? []).some((m) => m.value === user?.id));
    server.setFaults({ echoCredentials: { routes: ['PATCH /Groups/*'] } });
    const grant = await run(
      ['--scim-config', CONFIG, '--token', TOKEN, '-p', '--grant-entitlement', `group:${group?.id ?? ''}:member`, '--grant-principal', user?.id ?? '', '--grant-principal-type', 'user'],
      'bearer.c1z',
    );
    expect(grant.code).toBe(1);
    expect(grant.stderr).toContain('HTTP 400');
    await expectFilesClean();
  });
});
