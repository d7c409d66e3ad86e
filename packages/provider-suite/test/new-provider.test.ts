// `pnpm new:provider <id> <Name>` end to end, in a scratch copy of the scripts: the package it writes is data
// only, has its changeset, is known to the CLI's build without a hand-kept list, and passes the shared suite.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDeclared } from '../src/declared.js';
import { defineProviderSuite } from '../src/suite.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'new-provider-'));
cpSync(join(repo, 'scripts/new-provider.mjs'), join(scratch, 'scripts/new-provider.mjs'));
cpSync(join(repo, 'scripts/provider-template'), join(scratch, 'scripts/provider-template'), { recursive: true });
mkdirSync(join(scratch, 'packages/providers'), { recursive: true });
// The install and suite steps are what this file does itself, against the scratch copy.
const made = spawnSync(process.execPath, [join(scratch, 'scripts/new-provider.mjs'), 'widgetly', 'Widgetly', '--no-install', '--no-test'], { encoding: 'utf8' });
const dir = join(scratch, 'packages/providers/widgetly');

describe('new:provider widgetly Widgetly', () => {
  it('writes a data-only package and its changeset', () => {
    expect(made.status, made.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['README.md', 'fixtures', 'package.json', 'provider.yaml']);
    expect(readdirSync(join(dir, 'fixtures')).sort()).toEqual(['conformance.yaml', 'directory.json', 'expected.json']);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg).toMatchObject({ name: '@baton-scim/provider-widgetly', main: './provider.yaml', batonScim: { provider: 'widgetly', apiVersion: 1, displayName: 'Widgetly' } });
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('--service-provider widgetly');
    const changeset = readFileSync(join(scratch, '.changeset/provider-widgetly-initial.md'), 'utf8');
    expect(changeset).toMatch(/^---\n"@baton-scim\/provider-widgetly": minor\n---\n/);
  });

  it('is a first-party id of the CLI built from that tree, with no list edited', () => {
    const script = `import { firstPartyProviders } from ${JSON.stringify(join(repo, 'packages/cli/scripts/first-party.mjs'))};
      process.stdout.write(JSON.stringify(firstPartyProviders(${JSON.stringify(join(scratch, 'packages/providers'))})));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(['widgetly']);
  });

  it('refuses an id that exists already, changing nothing', () => {
    const again = spawnSync(process.execPath, [join(scratch, 'scripts/new-provider.mjs'), 'widgetly', 'Other', '--no-install', '--no-test'], { encoding: 'utf8' });
    expect(again.status).not.toBe(0);
    expect(again.stderr).toContain('packages/providers/widgetly already exists');
    expect(readFileSync(join(dir, 'package.json'), 'utf8')).toContain('"Widgetly"');
  });
});

// The shared suite, on the generated package and its generated fixtures, as for any provider.
if (existsSync(join(dir, 'fixtures/conformance.yaml'))) defineProviderSuite(readDeclared('widgetly', dir)!);
