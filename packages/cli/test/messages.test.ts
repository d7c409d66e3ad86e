// Messages a newcomer meets in the first hour, through the real executable: each names the flag, file or
// config key at fault and what to do, and no given flag is silently ignored.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScimServer, type ScimTestServer } from '@baton-scim/testkit';
import { bin } from './support/bin.js';
import { cli, CONFIG, startSyncedServer, syncArgs, tempDir, TOKEN } from './support/run.js';

let server: ScimTestServer;
let file: string;
beforeAll(async () => { ({ server, file } = await startSyncedServer()); });
afterAll(async () => server.close());

const demoYaml = (): string => readFileSync(CONFIG, 'utf8');

function writeConfig(name: string, yaml: string): string {
  const path = join(tempDir(), name);
  writeFileSync(path, yaml);
  return path;
}

const withoutProvisioning = (): string => writeConfig('no-provisioning.yaml', demoYaml().replace(/\nprovisioning:[\s\S]*$/, '\n'));

function tokenConfig(grantType: string, tokenUrl: string): string {
  const auth = `auth:\n  authType: oauth2\n  apiKeyPrefix: Bearer\n  shouldObtainToken: true\n  authUrl: "${tokenUrl}"\n  tokenPath: access_token\n  tokenRequest:\n    style: form\n    clientAuth: basic\n    grantType: ${grantType}\n`;
  return writeConfig(`${grantType}.yaml`, demoYaml().replace('auth:\n  authType: oauth2\n  apiKeyPrefix: Bearer\n', auth));
}

describe('inspect', () => {
  it('a missing -f file says so, instead of "holds no finished sync"', async () => {
    const missing = join(tempDir(), 'nope.c1z');
    const run = await bin(['inspect', 'stats', '-f', missing], { cwd: tempDir() });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`error: -f ${missing}: no such file; pass -f with the .c1z a sync wrote, or sync into it first (baton-scim … -f ${missing})\n`);
  });

  it.each([['stats'], ['grants'], ['resources'], ['export', 'csv']])('inspect %s --help shows -f', async (...sub) => {
    const run = await bin(['inspect', ...sub, '--help'], { cwd: tempDir() });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/-f, --file <path>\s+the \.c1z file to read/);
  });

  it('export csv writes beside -f by default, and to --out when given; -o is the output format, as everywhere', async () => {
    const cwd = tempDir();
    const besideDir = tempDir();
    const copy = join(besideDir, 'acme.c1z');
    writeFileSync(copy, readFileSync(file));
    const beside = await bin(['inspect', 'export', 'csv', '-f', copy], { cwd });
    expect(beside.code, beside.stderr).toBe(0);
    expect(existsSync(join(besideDir, 'acme.csv'))).toBe(true);
    expect(readdirSync(cwd)).toEqual([]);
    const named = await bin(['inspect', 'export', 'csv', '-f', copy, '--out', 'out.csv'], { cwd });
    expect(named.code, named.stderr).toBe(0);
    expect(readFileSync(join(cwd, 'out.csv'), 'utf8').split('\n')[0]).toMatch(/^Type,Last Name,/);
    // Not a CSV file named "json": the result, as JSON, of writing the CSV beside -f.
    const json = await bin(['inspect', 'export', 'csv', '-f', copy, '-o', 'json'], { cwd });
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ file: join(besideDir, 'acme.csv'), rows: expect.any(Number) as unknown });
    expect(readdirSync(cwd)).toEqual(['out.csv']);
    // A value -o does not take is refused with the ones it does.
    const wrong = await bin(['inspect', 'export', 'csv', '-f', copy, '-o', 'out.csv'], { cwd });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("argument 'out.csv' is invalid. Allowed choices are console, json.");
  });
});

describe('capabilities', () => {
  it('explains why it needs a provider or config although it needs no credentials', async () => {
    const run = await bin(['capabilities'], { cwd: tempDir() });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: capabilities describes the connector of one provider or config: pass --service-provider .*--scim-config .*; it needs no credentials and makes no requests\n$/);
    const help = await bin(['capabilities', '--help'], { cwd: tempDir() });
    expect(help.stdout.replace(/\s+/g, ' ')).toContain('Needs --service-provider, --scim-config or --scim-config-value, but no credentials');
  });
});

describe('one-shot provisioning', () => {
  it('names the provisioning key the config lacks', async () => {
    const group = [...server.directory.groups.values()][0];
    const user = [...server.directory.users.values()][0];
    const config = withoutProvisioning();
    const run = await bin(['--scim-config', config, '--api-endpoint', server.url, '--token', TOKEN, '-f', file, '-p',
      '--grant-entitlement', `group:${group?.id ?? ''}:member`, '--grant-principal', user?.id ?? '', '--grant-principal-type', 'user'], { cwd: tempDir() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--grant-entitlement: ${config} has no provisioning.addUserToGroup, so it cannot grant "group" entitlements; add provisioning.addUserToGroup to the config`);
  });
});

describe('flags that would be ignored warn', () => {
  const sync = async (extra: string[], config = CONFIG, env: Record<string, string> = {}) =>
    bin(['--scim-config', config, '--api-endpoint', server.url, '-f', join(tempDir(), 's.c1z'), '--log-format', 'console', ...extra], { cwd: tempDir(), env });

  it('--skip-full-sync outside service mode', async () => {
    const run = await sync(['--token', TOKEN, '--skip-full-sync']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('warning: --skip-full-sync is ignored: it only applies in service mode (--client-id/--client-secret)\n');
  });

  it('--api-key beside --token when the config sends a bearer token', async () => {
    const run = await sync(['--token', TOKEN, '--api-key', 'an-unused-key']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`warning: --api-key is ignored: ${CONFIG} sends a bearer token (--token), which does not use it\n`);
    expect(run.stderr).not.toContain('--token is ignored');
  });

  it('-p when the config has no provisioning section', async () => {
    const config = withoutProvisioning();
    const run = await sync(['--token', TOKEN, '-p'], config);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`warning: -p/--provisioning has no effect: ${config} has no provisioning: section`);
    const withSection = await sync(['--token', TOKEN, '-p']);
    expect(withSection.stderr).not.toContain('warning:');
  });

  it('--account-id with a plain client-credentials config, but not with account credentials', async () => {
    const oauth = await startScimServer({
      generate: { users: 5, groups: 2, seed: 3 },
      auth: { oauth: { clients: [{ clientId: 'cid', clientSecret: 'csecret', accountId: 'acct' }] } },
    });
    try {
      const creds = ['--scim-client-id', 'cid', '--scim-client-secret', 'csecret', '--account-id', 'acct'];
      const args = (config: string) => ['--scim-config', config, '--api-endpoint', oauth.url, '-f', join(tempDir(), 'o.c1z'), '--log-format', 'console', ...creds];
      const plain = tokenConfig('client_credentials', oauth.tokenUrl);
      const run = await bin(args(plain), { cwd: tempDir() });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toContain(`warning: --account-id is ignored: ${plain} obtains a token with the client_credentials grant, which does not use it\n`);
      const account = await bin(args(tokenConfig('account_credentials', oauth.tokenUrl)), { cwd: tempDir() });
      expect(account.code, account.stderr).toBe(0);
      expect(account.stderr).not.toContain('warning:');
    } finally {
      await oauth.close();
    }
  });

  it('in JSON logs the warning is a warn record', async () => {
    const run = await bin([...syncArgs(server, join(tempDir(), 'j.c1z')), '--skip-full-sync'], { cwd: tempDir() });
    expect(run.code, run.stderr).toBe(0);
    const records = run.stderr.trimEnd().split('\n').map((l) => JSON.parse(l) as { level: number; msg: string });
    expect(records.find((r) => r.msg.startsWith('--skip-full-sync is ignored'))?.level).toBe(40);
  });
});

describe('messages a person reads once, and in plain words', () => {
  it('a missing authType says it is missing and what to set', async () => {
    const config = writeConfig('no-auth-type.yaml', demoYaml().replace('  authType: oauth2\n', ''));
    const run = await cli(['validate-config', config]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`error: ${config}: auth.authType: missing required key: set it to one of "oauth2", "apiKey", "basic" (line 5)\n`);
  });

  it('a refused token gets one piece of advice, naming the flag', async () => {
    const run = await cli(['--scim-config', CONFIG, '--api-endpoint', server.url, '--token', 'not-the-token', '-f', join(tempDir(), 'x.c1z')]);
    expect(run.code).toBe(1);
    const error = run.stderr.split('\n').find((l) => l.startsWith('error:')) ?? '';
    expect(error).toMatch(/HTTP 401 Unauthorized.*; the credentials were refused: check --token: it may be wrong, expired or revoked$/);
    expect(error).not.toContain('check the token/API key');
  });

  it('an unresolvable --auth-url host points at the token URL, not --api-endpoint', async () => {
    const config = tokenConfig('client_credentials', 'https://token.invalid/oauth/token');
    const run = await cli(['--scim-config', config, '--api-endpoint', server.url, '--auth-url', 'https://token.invalid/oauth/token', '--scim-client-id', 'c', '--scim-client-secret', 'client-secret-4411', '-f', join(tempDir(), 'x.c1z')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/\(token request\) could not (resolve the host of|reach) https:\/\/token\.invalid .*check the host.* in the token URL \(auth\.authUrl or --auth-url\)/);
    expect(run.stderr).not.toContain('--api-endpoint');
  });

  it('the summary offers --log-level warn only when the warnings were not already logged', async () => {
    const quiet = await cli([...syncArgs(server, join(tempDir(), 'x.c1z')), '--log-format', 'console']);
    expect(quiet.stderr).toContain('Warnings (--log-level warn shows them with examples):');
    const shown = await cli([...syncArgs(server, join(tempDir(), 'x.c1z')), '--log-format', 'console', '--log-level', 'warn']);
    expect(shown.stderr).toContain('WARN');
    expect(shown.stderr).toContain('Warnings (logged above with examples):');
    expect(shown.stderr).not.toContain('--log-level warn');
  });

  it('an unknown .baton.yaml key gets the flag it was probably meant to be', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, '.baton.yaml'), 'service-provider: slack\nlog-levl: info\nfavourite-colour: blue\n');
    const run = await cli(['--token', 'x'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`error: ${join(cwd, '.baton.yaml')}: log-levl: unknown key; did you mean "log-level"?\n`);
    expect(run.stderr).toContain(`error: ${join(cwd, '.baton.yaml')}: favourite-colour: unknown key; keys are flag names, e.g. service-provider, file\n`);
  });
});

describe('service mode flag errors in JSON logs', () => {
  const parsed = (stderr: string): Array<Record<string, unknown>> =>
    stderr.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);

  it('an error raised before the service logger exists is a JSON log line', async () => {
    const run = await cli(['--client-id', 'half-given', '--scim-config', CONFIG], { env: { BATON_LOG_FORMAT: 'json' } });
    expect(run.code).toBe(2);
    const lines = parsed(run.stderr);
    expect(lines.map((l) => [l['level'], l['msg']])).toEqual([
      [50, '--client-id ($BATON_CLIENT_ID) and --client-secret ($BATON_CLIENT_SECRET) must be given together'],
    ]);
  });

  it('is JSON by default off a terminal, and stays a plain line with --log-format console', async () => {
    const secret = 'svc-secret-93kd';
    const json = await cli(['--client-secret', secret, '--client-id', 'c'], { env: {} });
    expect(json.code).toBe(2);
    expect(parsed(json.stderr).map((l) => [l['level'], l['msg']])).toEqual([[50, expect.stringMatching(/^one of --service-provider .* is required$/)]]);
    expect(json.stderr).not.toContain(secret);
    const plain = await cli(['--client-id', 'half-given', '--scim-config', CONFIG, '--log-format', 'console']);
    expect(plain.stderr).toBe('error: --client-id ($BATON_CLIENT_ID) and --client-secret ($BATON_CLIENT_SECRET) must be given together\n');
  });
});
