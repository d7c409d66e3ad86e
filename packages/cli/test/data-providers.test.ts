// Data-only provider packages (provider.yaml as the entry, no code) and incomplete ones: what `providers` lists
// and what a sync with each says.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startScimServer, type ScimDirectoryData } from '@baton-scim/testkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO } from './support/bin.js';
import { cli, tempDir } from './support/run.js';

const template = join(REPO, 'scripts/provider-template');
const yamlOf = (id: string): string => readFileSync(join(template, 'provider.yaml.tmpl'), 'utf8').replaceAll('__ID__', id);

/** A package under the project's node_modules; `files` maps a path in it to its text. */
function pkg(project: string, name: string, manifest: Record<string, unknown>, files: Record<string, string> = {}): void {
  const dir = join(project, 'node_modules', name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, version: '1.2.3', type: 'module', ...manifest }));
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
}

const dataOnly = (id: string): Record<string, unknown> => ({
  main: './provider.yaml', exports: { '.': './provider.yaml', './package.json': './package.json' },
  batonScim: { provider: id, apiVersion: 1, displayName: 'Widget' },
});

let project: string;
beforeAll(() => {
  project = tempDir();
  const deps = ['@acme/provider-widget', '@acme/provider-noyaml', '@acme/provider-badconfig', '@acme/provider-unbuilt', '@baton-scim/provider-slack'];
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'project', dependencies: Object.fromEntries(deps.map((d) => [d, '1.2.3'])) }));
  pkg(project, '@acme/provider-widget', dataOnly('widget'), { 'provider.yaml': yamlOf('widget') });
  pkg(project, '@acme/provider-noyaml', dataOnly('noyaml'));
  pkg(project, '@acme/provider-badconfig', dataOnly('badconfig'), { 'provider.yaml': yamlOf('badconfig').replace(/^user:\n( {2}.*\n)+/m, '') });
  pkg(project, '@acme/provider-unbuilt', { main: './dist/index.js', batonScim: { provider: 'unbuilt', apiVersion: 1 } });
  // Named like a first-party provider, but without the marker.
  pkg(project, '@baton-scim/provider-slack', { main: './index.js' });
});

function statusOf(table: string, id: string): string {
  const row = table.split('\n').find((l) => l.startsWith(`${id} `));
  return row?.replace(/^\S+\s+\S+\s+\S+\s+\S+\s+/, '') ?? '(no row)';
}

describe('provider packages that are data only, or incomplete', () => {
  it('providers lists a data-only package as installed and each incomplete one as broken, with the reason', async () => {
    const run = await cli(['providers'], { cwd: project });
    expect(run.code, run.stderr).toBe(0);
    expect(statusOf(run.stdout, 'widget')).toBe('installed');
    expect(statusOf(run.stdout, 'noyaml')).toMatch(/^broken: its entry \S+provider\.yaml does not exist; a data-only provider ships provider\.yaml$/);
    expect(statusOf(run.stdout, 'badconfig')).toMatch(/^broken: .*provider\.yaml.*user/);
    expect(statusOf(run.stdout, 'unbuilt')).toMatch(/^broken: its entry \S+dist\/index\.js does not exist \(a provider with code must be built/);
    expect(statusOf(run.stdout, 'slack')).toBe('broken: its package.json has no "batonScim" marker');
  });

  it('syncs through a data-only package, declared from its provider.yaml', async () => {
    const directory = JSON.parse(readFileSync(join(template, 'fixtures/directory.json'), 'utf8')) as ScimDirectoryData;
    const server = await startScimServer({ directory, auth: { bearer: 'widget-token' } });
    try {
      const file = join(tempDir(), 'sync.c1z');
      const run = await cli(['--service-provider', 'widget', '--api-endpoint', server.url, '--token', 'widget-token', '-f', file], { cwd: project });
      expect(run.code, run.stderr).toBe(0);
      expect(server.requests.some((r) => r.path.endsWith('/Groups'))).toBe(true);
    } finally {
      await server.close();
    }
  });

  it.each([
    ['noyaml', /@acme\/provider-noyaml is broken: its entry \S+provider\.yaml does not exist/],
    ['badconfig', /@acme\/provider-badconfig is broken: .*provider\.yaml.*user/],
    ['unbuilt', /@acme\/provider-unbuilt is broken: its entry \S+dist\/index\.js does not exist/],
    ['slack', /has no "batonScim" marker/],
  ])('a sync with the incomplete %s fails with that reason, not a module error', async (id, reason) => {
    const run = await cli(['--service-provider', id, '--api-endpoint', 'http://127.0.0.1:9/scim/v2', '--token', 't', '-f', join(tempDir(), 's.c1z')], { cwd: project });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(reason);
    expect(run.stderr).not.toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND|ERR_UNKNOWN_FILE_EXTENSION/);
  });
});
