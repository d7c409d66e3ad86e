// Hostile configuration: provider names that are paths, providers planted above the working directory,
// .baton.yaml files that would print a secret or rewrite a value.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROVIDER_API_VERSION } from '@baton-scim/scim';
import { describe, expect, it } from 'vitest';
import { resolveFlags } from '../src/options/resolve.js';
import { parseClientCredentials } from '../src/service/credentials.js';
import { bin } from './support/bin.js';
import { tempDir } from './support/run.js';

/** A package that claims to be provider `id` and leaves a file behind if anything imports it. */
function plantProvider(dir: string, id: string, name = `@baton-scim/provider-${id}`): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, version: '6.6.6', type: 'module', main: 'index.js', batonScim: { provider: id, apiVersion: PROVIDER_API_VERSION } }));
  writeFileSync(join(dir, 'index.js'), "import { writeFileSync } from 'node:fs';\nwriteFileSync(new URL('./IMPORTED', import.meta.url), 'x');\nexport default {};\n");
  return join(dir, 'IMPORTED');
}

describe('--service-provider names an id, never a path', () => {
  const cases: Array<[string, (dir: string, cwd: string) => { args: string[]; env?: Record<string, string> }]> = [
    ['an absolute path on the command line', (dir) => ({ args: ['--service-provider', dir] })],
    ['a relative path in BATON_SERVICE_PROVIDER', () => ({ args: [], env: { BATON_SERVICE_PROVIDER: '../planted' } })],
    ['a relative path in .baton.yaml', (_dir, cwd) => {
      writeFileSync(join(cwd, '.baton.yaml'), 'service-provider: ./../planted\n');
      return { args: [] };
    }],
  ];
  it.each(cases)('refuses %s before importing anything', async (_name, setup) => {
    const root = tempDir();
    const dir = join(root, 'planted');
    const imported = plantProvider(dir, 'slack');
    const cwd = join(root, 'work');
    mkdirSync(cwd);
    const { args, env } = setup(dir, cwd);
    const run = await bin([...args, '--token', 'tok-x', '--api-endpoint', 'http://127.0.0.1:9', '-f', join(cwd, 'x.c1z')], { cwd, ...(env ? { env } : {}) });
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(/is not a provider id.*never a path/);
    expect(existsSync(imported)).toBe(false);
  });
});

describe('providers come from the working project and the CLI install, never from a parent directory', () => {
  /** A parent directory that declares slack and a missing provider, with both planted in its node_modules. */
  function plantedParent(): { cwd: string; imported: string[] } {
    const parent = tempDir();
    writeFileSync(join(parent, 'package.json'), JSON.stringify({ name: 'parent', dependencies: { '@baton-scim/provider-slack': '*', '@acme/provider-extra': '*' } }));
    const imported = [
      plantProvider(join(parent, 'node_modules/@baton-scim/provider-slack'), 'slack'),
      plantProvider(join(parent, 'node_modules/@acme/provider-extra'), 'extra', '@acme/provider-extra'),
    ];
    const cwd = join(parent, 'work/deeper');
    mkdirSync(cwd, { recursive: true });
    return { cwd, imported };
  }

  it('lists none of the planted packages and loads neither', async () => {
    const { cwd, imported } = plantedParent();
    const list = await bin(['providers'], { cwd });
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).not.toContain('6.6.6');
    for (const id of ['slack', 'extra']) {
      const run = await bin(['--service-provider', id, '--token', 'tok-x', '--api-endpoint', 'http://127.0.0.1:9', '-f', join(cwd, 'x.c1z')], { cwd });
      expect(run.code, run.stderr).toBe(2);
      // slack is a first-party id (an install hint); extra is not (no package is made up for it).
      expect(run.stderr).toMatch(id === 'slack' ? /provider "slack" is not installed/ : /there is no provider "extra"/);
    }
    for (const file of imported) expect(existsSync(file)).toBe(false);
  });

  it('still finds a provider the working project itself installs, and says where it was loaded from', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'package.json'), JSON.stringify({ name: 'mine', dependencies: { '@acme/provider-extra': '*' } }));
    plantProvider(join(cwd, 'node_modules/@acme/provider-extra'), 'extra', '@acme/provider-extra');
    const list = await bin(['providers'], { cwd });
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toMatch(/Loaded from/);
    expect(list.stdout).toMatch(new RegExp(`^extra\\s+@acme/provider-extra\\s+6\\.6\\.6\\s+${cwd}/node_modules/@acme/provider-extra\\s+installed$`, 'm'));
  });
});

describe('.baton.yaml and credentials never quote a secret', () => {
  const SECRET = 'tok-s3cr3t-9f8e7d';

  it('a syntax error names the file, line and column but not the line', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, '.baton.yaml'), `file: a.c1z\ntoken: ${SECRET}"x: [\n`);
    let message = '';
    try {
      resolveFlags(new Map(), {}, cwd);
    } catch (err) {
      message = String(err) + JSON.stringify(err);
    }
    expect(message).toMatch(/\.baton\.yaml: not valid YAML: line 2, column \d+/);
    expect(message).not.toContain(SECRET);
    expect(message).not.toContain('s3cr3t');
  });

  it('a client secret passed as --client-id is refused without being echoed', () => {
    const secret = 'abc:def:v1:eyJrdHkiOiJPS1AiLCJzZWNyZXQiOiJ4eHgifQ';
    expect(() => parseClientCredentials(secret, secret)).toThrow(/invalid client id/);
    try {
      parseClientCredentials(secret, secret);
    } catch (err) {
      expect(JSON.stringify((err as { problems: string[] }).problems)).not.toContain('eyJrdHkiOiJPS1A');
      expect(String(err)).not.toContain('eyJrdHkiOiJPS1A');
    }
  });
});

describe('.baton.yaml values reach flags as written', () => {
  it('keeps hex, leading zeros and .inf as strings', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, '.baton.yaml'), 'token: 0x1F2E3D4C\naccount-id: 007\nusername: .inf\npassword: 1e3\nprovisioning: true\ntask-concurrency: 4\n');
    const flags = resolveFlags(new Map(), {}, cwd);
    expect(flags.string('token')).toBe('0x1F2E3D4C');
    expect(flags.string('account-id')).toBe('007');
    expect(flags.string('username')).toBe('.inf');
    expect(flags.string('password')).toBe('1e3');
    expect(flags.bool('provisioning')).toBe(true);
    expect(flags.string('task-concurrency')).toBe('4');
  });
});

describe('a file form for every secret flag', () => {
  it('--help offers one for each secret, with its variable', async () => {
    const help = await bin(['--help'], { cwd: tempDir() });
    const text = help.stdout.replace(/\s+/g, ' ');
    for (const secret of ['token', 'api-key', 'password', 'scim-client-secret', 'client-secret']) {
      expect(text).toContain(`--${secret}-file <value> File holding the value of --${secret}; keeps it out of the process list`);
      expect(help.stdout).toContain(`$BATON_${secret.toUpperCase().replace(/-/g, '_')}_FILE`);
    }
  });

  it('reads the secret from the file named by flag, variable or .baton.yaml, and never puts it in argv', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'token.txt'), 'tok-from-file-77\n', { mode: 0o600 });
    expect(resolveFlags(new Map([['token-file', 'token.txt']]), {}, cwd).string('token')).toBe('tok-from-file-77');
    expect(resolveFlags(new Map(), { BATON_TOKEN_FILE: join(cwd, 'token.txt') }, cwd).string('token')).toBe('tok-from-file-77');
    writeFileSync(join(cwd, '.baton.yaml'), 'password-file: token.txt\n');
    expect(resolveFlags(new Map(), {}, cwd).string('password')).toBe('tok-from-file-77');
    // A direct value given with higher precedence wins; the same level is refused.
    expect(resolveFlags(new Map([['password', 'typed']]), {}, cwd).string('password')).toBe('typed');
    expect(() => resolveFlags(new Map([['token', 'x'], ['token-file', 'token.txt']]), {}, cwd)).toThrow(/--token and --token-file are both given/);
  });

  it('names the flag and path of a missing or empty file, and nothing of its content', () => {
    const cwd = tempDir();
    expect(() => resolveFlags(new Map([['client-secret-file', 'nope.txt']]), {}, cwd)).toThrow(`--client-secret-file: cannot read ${join(cwd, 'nope.txt')} (ENOENT)`);
    writeFileSync(join(cwd, 'empty'), '\n');
    expect(() => resolveFlags(new Map([['api-key-file', 'empty']]), {}, cwd)).toThrow(/--api-key-file: .*empty is empty; it should hold the value of --api-key/);
  });
});
