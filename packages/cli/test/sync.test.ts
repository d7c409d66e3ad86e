import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScimTestServer } from '@baton-scim/testkit';
import { cli, CONFIG, startServer, syncArgs, tempDir, TOKEN } from './support/run.js';

let server: ScimTestServer;
beforeAll(async () => { server = await startServer(); });
afterAll(async () => server.close());

async function stats(file: string): Promise<Record<string, number>> {
  const run = await cli(['inspect', 'stats', '-o', 'json', '-f', file]);
  expect(run.code, run.stderr).toBe(0);
  return (JSON.parse(run.stdout) as { counts: Record<string, number> }).counts;
}

describe('sync', () => {
  it('syncs with flags, writes the c1z and never prints the token', async () => {
    const file = join(tempDir(), 'out.c1z');
    const run = await cli(syncArgs(server, file));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toContain(TOKEN);
    expect(run.stderr).toContain('Sync complete.');
    const counts = await stats(file);
    expect(counts.user).toBe(30);
    expect(counts.group).toBe(6);
    expect(counts.role).toBe(3);
  });

  it('syncs the same content one page at a time with --page-concurrency 1', async () => {
    const file = join(tempDir(), 'sequential.c1z');
    const run = await cli([...syncArgs(server, file), '--page-concurrency', '1']);
    expect(run.code, run.stderr).toBe(0);
    const counts = await stats(file);
    expect([counts.user, counts.group, counts.role]).toEqual([30, 6, 3]);
  });

  it('defects 1 and 2: the documented BATON_TOKEN and BATON_SCIM_CONFIG work, like every BATON_* variable', async () => {
    const file = join(tempDir(), 'env.c1z');
    const run = await cli([], { env: { BATON_SCIM_CONFIG: CONFIG, BATON_TOKEN: TOKEN, BATON_API_ENDPOINT: server.url, BATON_FILE: file, BATON_LOG_LEVEL: 'warn' } });
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(file)).toBe(true);
  });

  it('reads .baton.yaml from the working directory, and a flag beats it', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, '.baton.yaml'), `scim-config: ${CONFIG}\ntoken: ${TOKEN}\napi-endpoint: ${server.url}\nfile: from-yaml.c1z\n`);
    expect((await cli([], { cwd })).code).toBe(0);
    expect(existsSync(join(cwd, 'from-yaml.c1z'))).toBe(true);
    expect((await cli(['-f', 'from-flag.c1z'], { cwd })).code).toBe(0);
    expect(existsSync(join(cwd, 'from-flag.c1z'))).toBe(true);
  });

  it('accepts the Go connector spelling --scim-config-file and --scim-config-value', async () => {
    const dir = tempDir();
    expect((await cli(['--scim-config-file', CONFIG, '--api-endpoint', server.url, '--token', TOKEN, '-f', join(dir, 'a.c1z')])).code).toBe(0);
    const yaml = (await import('node:fs')).readFileSync(CONFIG, 'utf8');
    expect((await cli(['--scim-config-value', yaml, '--api-endpoint', server.url, '--token', TOKEN, '-f', join(dir, 'b.c1z')])).code).toBe(0);
  });

  it('fails with exit 1 and a clear message on a wrong token, leaving no file', async () => {
    const file = join(tempDir(), 'bad.c1z');
    const run = await cli(['--scim-config', CONFIG, '--api-endpoint', server.url, '--token', 'wrong-token-123', '-f', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/401|unauthenticated|token/i);
    expect(run.stderr).not.toContain('wrong-token-123');
    expect(existsSync(file)).toBe(false);
  });
});

describe('usage errors (exit 2), all reported together', () => {
  it('defect 5: names the credential the auth type needs, by flag', async () => {
    const run = await cli(['--scim-config', CONFIG, '--api-endpoint', server.url]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--token/);
  });

  it('names --page-concurrency and its range when the value is not a whole number from 1 to 32, and writes no file', async () => {
    const file = join(tempDir(), 'concurrency.c1z');
    const run = await cli([...syncArgs(server, file), '--page-concurrency', '0']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--page-concurrency \(BATON_PAGE_CONCURRENCY\) must be a whole number from 1 to 32, got "0"/);
    expect(existsSync(file)).toBe(false);
  });

  it('reports several flag problems at once', async () => {
    const run = await cli(['--service-provider', 'slack', '--scim-config', CONFIG, '--grant-entitlement', 'group:1:member', '--revoke-grant', 'x']);
    expect(run.code).toBe(2);
    const errors = run.stderr.split('\n').filter((l) => l.startsWith('error:'));
    expect(errors.length).toBeGreaterThanOrEqual(3);
  });

  it('suggests the nearest provider id for a mistyped one, and an install command only for a package that exists', async () => {
    const typo = await cli(['--service-provider', 'slak', '--token', 'x']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('error: --service-provider: there is no provider "slak"; did you mean "slack" (');
    expect(typo.stderr).not.toContain('provider-slak');
    const unknown = await cli(['--service-provider', 'no-such-idp', '--token', 'x']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('error: --service-provider: there is no provider "no-such-idp" among the installed or first-party ones');
    expect(unknown.stderr).not.toContain('npm install');
    // A package named outright is the user's to install.
    const named = await cli(['--service-provider', '@acme/provider-x', '--token', 'x']);
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('install it with: npm install @acme/provider-x');
  });

  it('refuses a tenant placeholder left in the endpoint', async () => {
    const dir = tempDir();
    const yaml = (await import('node:fs')).readFileSync(CONFIG, 'utf8').replace('http://127.0.0.1:8080/scim/v2/', 'https://api.example.com/scim/{enterprise}/');
    writeFileSync(join(dir, 'p.yaml'), yaml);
    const run = await cli(['--scim-config', join(dir, 'p.yaml'), '--token', 'x'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\{enterprise\}.*--api-endpoint/);
  });
});
