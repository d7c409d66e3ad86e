import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startScimServer } from '@baton-scim/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLAGS, envName } from '../src/options/flags.js';
import { flagRelationProblems } from '../src/options/relations.js';
import { resolveFlags } from '../src/options/resolve.js';
import { UsageError } from '../src/options/usage-error.js';
import { cli, CONFIG, startServer, syncArgs, tempDir } from './support/run.js';

/**
 * The flags and variables the product documentation lists ("Configuration options"), copied from it: the
 * check is against what users are told, not against the code's own table.
 */
const DOCUMENTED: readonly { flag: string; short?: string; env: string; boolean?: true }[] = [
  { flag: '--service-provider', env: 'BATON_SERVICE_PROVIDER' },
  { flag: '--scim-config', env: 'BATON_SCIM_CONFIG' },
  { flag: '--token', env: 'BATON_TOKEN' },
  { flag: '--api-key', env: 'BATON_API_KEY' },
  { flag: '--username', env: 'BATON_USERNAME' },
  { flag: '--password', env: 'BATON_PASSWORD' },
  { flag: '--scim-client-id', env: 'BATON_SCIM_CLIENT_ID' },
  { flag: '--scim-client-secret', env: 'BATON_SCIM_CLIENT_SECRET' },
  { flag: '--account-id', env: 'BATON_ACCOUNT_ID' },
  { flag: '--provisioning', short: '-p', env: 'BATON_PROVISIONING', boolean: true },
  { flag: '--file', short: '-f', env: 'BATON_FILE' },
];

const dir = (): string => mkdtempSync(join(tmpdir(), 'baton-flags-'));

describe('flag resolution', () => {
  it('prefers flag over env over .baton.yaml over default', () => {
    const cwd = dir();
    writeFileSync(join(cwd, '.baton.yaml'), 'file: from-file.c1z\nlog-level: warn\nservice-provider: zoom\n');
    const env = { BATON_FILE: 'from-env.c1z', BATON_LOG_LEVEL: 'error' };
    const flags = resolveFlags(new Map([['file', 'from-flag.c1z']]), env, cwd);
    expect(flags.string('file')).toBe('from-flag.c1z');
    expect(flags.source('file')).toBe('cli');
    expect(flags.string('log-level')).toBe('error');
    expect(flags.source('log-level')).toBe('env');
    expect(flags.string('service-provider')).toBe('zoom');
    expect(flags.source('service-provider')).toBe('file');
    const bare = resolveFlags(new Map(), {}, dir());
    expect(bare.string('file')).toBe('sync.c1z');
    expect(bare.source('file')).toBe('default');
  });

  it('maps every flag to its BATON_* variable', () => {
    // The file forms of secret flags read a file instead; their own test covers them.
    const direct = FLAGS.filter((f) => f.fileFor === undefined);
    const env: Record<string, string> = {};
    for (const f of direct) env[envName(f.name)] = f.kind === 'boolean' ? 'true' : `v-${f.name}`;
    const flags = resolveFlags(new Map(), env, dir());
    for (const f of direct) {
      expect(flags.get(f.name), f.name).toBe(f.kind === 'boolean' ? true : `v-${f.name}`);
      expect(flags.source(f.name)).toBe('env');
    }
    expect(envName('scim-client-secret')).toBe('BATON_SCIM_CLIENT_SECRET');
  });

  it('reads BATON_CONFIG_PATH and rejects other extensions and unknown keys, all at once', () => {
    const cwd = dir();
    writeFileSync(join(cwd, 'conf.yml'), 'provisioning: true\n');
    expect(resolveFlags(new Map(), { BATON_CONFIG_PATH: 'conf.yml' }, cwd).bool('provisioning')).toBe(true);
    expect(() => resolveFlags(new Map(), { BATON_CONFIG_PATH: 'conf.json' }, cwd)).toThrow(/\.yaml or \.yml/);
    writeFileSync(join(cwd, '.baton.yaml'), 'tokn: x\nfiel: y\n');
    try {
      resolveFlags(new Map(), {}, cwd);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(UsageError);
      expect((err as UsageError).problems).toHaveLength(2);
      expect((err as UsageError).problems[0]).toMatch(/tokn: unknown key/);
    }
  });

  it('rejects a boolean variable that is not a boolean', () => {
    expect(() => resolveFlags(new Map(), { BATON_PROVISIONING: 'maybe' }, dir())).toThrow(/BATON_PROVISIONING: expected true or false/);
  });
});

describe('flag relations', () => {
  const flagsOf = (values: Record<string, string>) => resolveFlags(new Map(Object.entries(values)), {}, dir());

  it('requires exactly one config source', () => {
    expect(flagRelationProblems(flagsOf({}), true).join('\n')).toMatch(/one of --service-provider/);
    expect(flagRelationProblems(flagsOf({ 'service-provider': 'slack', 'scim-config': 'a.yaml' }), true).join('\n')).toMatch(/mutually exclusive/);
    expect(flagRelationProblems(flagsOf({ 'scim-config-file': 'a.yaml' }), true)).toEqual([]);
  });

  it('reports incomplete grants, grant+revoke, a missing -p and a lone client id together', () => {
    const problems = flagRelationProblems(flagsOf({ 'service-provider': 'slack', 'grant-entitlement': 'group:1:member', 'revoke-grant': 'x', 'client-id': 'c' }), true);
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/missing --grant-principal, --grant-principal-type/);
    expect(problems.join('\n')).toMatch(/add -p\/--provisioning/);
  });
});

describe('the documented flags, through the command', () => {
  it('--help lists every documented flag with its variable, and the command line accepts each of them', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    for (const d of DOCUMENTED) {
      expect(help.stdout, d.flag).toContain(d.short ? `${d.short}, ${d.flag}` : `${d.flag} `);
      expect(help.stdout, d.flag).toContain(`$${d.env}`);
    }
    // Every documented flag at once, before a subcommand that needs none of them: an unknown one is an error.
    const argv = DOCUMENTED.flatMap((d) => (d.boolean ? [d.short ?? d.flag] : [d.short ?? d.flag, `v-${d.flag.slice(2)}`]));
    const accepted = await cli([...argv, 'config']);
    expect(accepted.code, accepted.stderr).toBe(0);
    const fields = (JSON.parse(accepted.stdout) as { fields: { name: string }[] }).fields.map((f) => f.name);
    expect(fields).toEqual(expect.arrayContaining(DOCUMENTED.map((d) => d.flag.slice(2))));
  });

  it('each documented variable sets its flag', () => {
    const env = Object.fromEntries(DOCUMENTED.map((d) => [d.env, d.boolean ? 'true' : `from-${d.env}`]));
    const flags = resolveFlags(new Map(), env, dir());
    for (const d of DOCUMENTED) {
      expect(flags.get(d.flag.slice(2)), d.env).toBe(d.boolean ? true : `from-${d.env}`);
      expect(flags.source(d.flag.slice(2)), d.env).toBe('env');
    }
  });

  it('--username and --password authenticate a basic-auth config, and the password is never printed', async () => {
    const basic = { username: 'scim-admin', password: 'basic-pw-5c1e9a' };
    const server = await startScimServer({ generate: { users: 7, groups: 2, seed: 5 }, auth: { basic } });
    try {
      const dir = tempDir();
      writeFileSync(join(dir, 'basic.yaml'), readFileSync(CONFIG, 'utf8').replace('  authType: oauth2\n  apiKeyPrefix: Bearer\n', '  authType: basic\n'));
      const file = join(dir, 'basic.c1z');
      const run = await cli(['--scim-config', 'basic.yaml', '--api-endpoint', server.url, '--username', basic.username, '--password', basic.password, '-f', file], { cwd: dir });
      expect(run.code, run.stderr).toBe(0);
      expect(server.requests.length).toBeGreaterThan(0);
      expect(server.requests.every((r) => r.status === 200 && r.headers['authorization'] === 'Basic [REDACTED]')).toBe(true);
      expect(`${run.stdout}${run.stderr}`).not.toContain(basic.password);
      const users = JSON.parse((await cli(['inspect', 'resources', '-t', 'user', '-o', 'json', '-f', file])).stdout) as { resources: unknown[] };
      expect(users.resources).toHaveLength(7);
    } finally {
      await server.close();
    }
  });
});

describe('--log-format, inspect principals and --sync-id, through the command', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => server.close());

  const isJsonObject = (line: string): boolean => {
    try {
      const v: unknown = JSON.parse(line);
      return typeof v === 'object' && v !== null;
    } catch {
      return false;
    }
  };

  it('--log-format json writes one JSON object per log line, console none; BATON_LOG_FORMAT does the same', async () => {
    const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');
    const json = await cli([...syncArgs(server, join(tempDir(), 'a.c1z')), '--log-format', 'json']);
    expect(json.code, json.stderr).toBe(0);
    expect(lines(json.stderr).length).toBeGreaterThan(2);
    for (const line of lines(json.stderr)) {
      expect(isJsonObject(line), line).toBe(true);
      expect(typeof (JSON.parse(line) as { msg?: unknown }).msg).toBe('string');
    }
    const consoleRun = await cli([...syncArgs(server, join(tempDir(), 'b.c1z')), '--log-format', 'console']);
    expect(consoleRun.code, consoleRun.stderr).toBe(0);
    expect(lines(consoleRun.stderr).length).toBeGreaterThan(2);
    expect(lines(consoleRun.stderr).filter(isJsonObject)).toEqual([]);
    const fromEnv = await cli(syncArgs(server, join(tempDir(), 'c.c1z')), { env: { BATON_LOG_FORMAT: 'console' } });
    expect(lines(fromEnv.stderr).filter(isJsonObject)).toEqual([]);
  });

  it('inspect principals -e lists exactly the members of one group; --sync-id reads an earlier sync', async () => {
    const file = join(tempDir(), 'two-syncs.c1z');
    expect((await cli(syncArgs(server, file))).code).toBe(0);
    const groups = [...server.directory.groups.values()];
    // A group with only user members and no nested group inside: its grants are exactly its member list.
    const group = groups.find((g) => (g.members ?? []).length > 1 && g.members!.every((m) => m.type !== 'Group'))!;
    type Listed = { resources: { resource: { id: { resourceType: string; resource: string } } }[] };
    const ids = (stdout: string) => (JSON.parse(stdout) as Listed).resources.map((r) => `${r.resource.id.resourceType}:${r.resource.id.resource}`).sort();
    const principals = await cli(['inspect', 'principals', '-e', `group:${group.id}:member`, '-o', 'json', '-f', file]);
    expect(principals.code, principals.stderr).toBe(0);
    expect(ids(principals.stdout)).toEqual(group.members!.map((m) => `user:${m.value}`).sort());

    // A second sync after one user left: the latest sync lacks it, --sync-id of the first still has it.
    const gone = group.members![0]!.value;
    server.directory.users.delete(gone);
    for (const g of groups) g.members = (g.members ?? []).filter((m) => m.value !== gone);
    expect((await cli(syncArgs(server, file))).code).toBe(0);
    const runs = (JSON.parse((await cli(['inspect', 'syncs', '-o', 'json', '-f', file])).stdout) as { syncs: { syncId: string }[] }).syncs;
    expect(runs).toHaveLength(2);
    const users = async (extra: string[]) => ids((await cli(['inspect', 'resources', '-t', 'user', '-o', 'json', '-f', file, ...extra])).stdout);
    expect(await users([])).not.toContain(`user:${gone}`);
    expect(await users(['--sync-id', runs[0]!.syncId])).toContain(`user:${gone}`);
    expect(await users(['--sync-id', runs[1]!.syncId])).toEqual(await users([]));
    const earlier = await cli(['inspect', 'principals', '-e', `group:${group.id}:member`, '-o', 'json', '-f', file, '--sync-id', runs[0]!.syncId]);
    expect(ids(earlier.stdout)).toContain(`user:${gone}`);
  });
});
