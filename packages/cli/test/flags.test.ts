import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FLAGS, envName } from '../src/options/flags.js';
import { flagRelationProblems } from '../src/options/relations.js';
import { resolveFlags } from '../src/options/resolve.js';
import { UsageError } from '../src/options/usage-error.js';

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
    const env: Record<string, string> = {};
    for (const f of FLAGS) env[envName(f.name)] = f.kind === 'boolean' ? 'true' : `v-${f.name}`;
    const flags = resolveFlags(new Map(), env, dir());
    for (const f of FLAGS) {
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
