// Where people run baton-scim from: the checkout (`pnpm baton-scim`) and a global install, where the CLI
// and each provider sit side by side and nothing declares the providers.
import { cpSync, mkdirSync, readdirSync, readFileSync, realpathSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScimTestServer } from '@baton-scim/testkit';
import { bin, BIN, REPO, spawnRun } from './support/bin.js';
import { startServer, tempDir, TOKEN } from './support/run.js';

const providersDir = join(REPO, 'packages/providers');
const workspaceProviders = readdirSync(providersDir).filter((d) => statSync(join(providersDir, d)).isDirectory()).sort();

let server: ScimTestServer;
beforeAll(async () => { server = await startServer(); });
afterAll(async () => server.close());

function installedIn(table: string): string[] {
  return table.split('\n').filter((l) => /\sinstalled$/.test(l)).map((l) => l.split(/\s+/)[0] ?? '').sort();
}

describe('pnpm baton-scim from the checkout', () => {
  it('lists every workspace provider as installed', async () => {
    const run = await spawnRun('pnpm', ['--silent', 'baton-scim', 'providers'], { cwd: REPO });
    expect(run.code, run.stderr).toBe(0);
    expect(installedIn(run.stdout)).toEqual(workspaceProviders);
  });

  it('syncs through a built-in provider by id', async () => {
    const file = join(tempDir(), 'slack.c1z');
    const run = await spawnRun('pnpm', ['--silent', 'baton-scim', '--service-provider', 'slack', '--api-endpoint', server.url, '--token', TOKEN, '-f', file, '--log-format', 'console'], { cwd: REPO });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`written to ${file}`);
  });
});

/** The layout of `npm install -g @baton-scim/cli @baton-scim/provider-slack`: copies side by side under lib/node_modules. */
function globalLayout(): string {
  const modules = join(tempDir(), 'lib/node_modules');
  const cli = join(modules, '@baton-scim/cli');
  mkdirSync(cli, { recursive: true });
  cpSync(join(REPO, 'packages/cli/package.json'), join(cli, 'package.json'));
  cpSync(join(REPO, 'packages/cli/dist'), join(cli, 'dist'), { recursive: true });
  const slack = join(modules, '@baton-scim/provider-slack');
  for (const f of ['package.json', 'provider.yaml']) cpSync(join(providersDir, 'slack', f), join(slack, f), { recursive: true });
  // Dependencies are shared read-only: linking them keeps the copies small. All of them, as npm would install.
  const manifest = JSON.parse(readFileSync(join(REPO, 'packages/cli/package.json'), 'utf8')) as { dependencies: Record<string, string> };
  for (const dep of Object.keys(manifest.dependencies)) {
    mkdirSync(join(modules, dep, '..'), { recursive: true });
    symlinkSync(realpathSync(join(REPO, 'packages/cli/node_modules', dep)), join(modules, dep));
  }
  return cli;
}

describe('a global install', () => {
  it('providers reports a provider installed beside the CLI, and --service-provider uses it', async () => {
    const cli = globalLayout();
    const globalBin = join(cli, 'dist/bin.js');
    expect(globalBin).not.toBe(BIN);
    const cwd = tempDir();
    const providers = await spawnRun(process.execPath, [globalBin, 'providers'], { cwd });
    expect(providers.code, providers.stderr).toBe(0);
    expect(installedIn(providers.stdout)).toEqual(['slack']);
    expect(providers.stdout).toMatch(/zoom\s+@baton-scim\/provider-zoom\s+-\s+-\s+not installed/);
    // A first-party provider not installed gets its install command; a typo the nearest id, installed or not.
    const zoom = await spawnRun(process.execPath, [globalBin, '--service-provider', 'zoom', '--token', 'x'], { cwd });
    expect(zoom.stderr).toContain('provider "zoom" is not installed. It is provided by @baton-scim/provider-zoom; install it with: npm install @baton-scim/provider-zoom');
    const zom = await spawnRun(process.execPath, [globalBin, '--service-provider', 'zom', '--token', 'x'], { cwd });
    expect(zom.stderr).toContain('there is no provider "zom"; did you mean "zoom" (not installed yet: npm install @baton-scim/provider-zoom');
    const slakc = await spawnRun(process.execPath, [globalBin, '--service-provider', 'slakc', '--token', 'x'], { cwd });
    expect(slakc.stderr).toContain('there is no provider "slakc"; did you mean "slack" (installed)?');
    const file = join(cwd, 'sync.c1z');
    const sync = await spawnRun(process.execPath, [globalBin, '--service-provider', 'slack', '--api-endpoint', server.url, '--token', TOKEN, '-f', file], { cwd });
    expect(sync.code, sync.stderr).toBe(0);
  });

  it('the checkout CLI alone finds no provider from an unrelated directory', async () => {
    const run = await bin(['providers'], { cwd: tempDir() });
    expect(installedIn(run.stdout)).toEqual([]);
  });
});
