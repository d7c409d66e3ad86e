// Packs the CLI, one provider and their workspace dependencies, installs only those tarballs into an empty
// project with plain npm (native addons build from source), and syncs the testkit server through the
// installed `baton-scim` binary.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScimServer, type ScimTestServer } from '@baton-scim/testkit';
import { tempDir } from './support/run.js';

const repo = new URL('../../..', import.meta.url).pathname;
const PACKAGES = ['packages/core', 'packages/scim', 'packages/cli', 'packages/providers/slack'];
const TOKEN = 'packed-install-token-93b1';

let server: ScimTestServer;
let project: string;

function run(cmd: string, args: string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

beforeAll(async () => {
  server = await startScimServer({ generate: { users: 40, groups: 5, nestedGroups: 1, roles: 2, seed: 11 }, auth: { bearer: TOKEN } });
  const root = tempDir();
  const tarballs = join(root, 'tgz');
  project = join(root, 'project');
  mkdirSync(tarballs);
  mkdirSync(project);
  for (const p of PACKAGES) execFileSync('pnpm', ['pack', '--pack-destination', tarballs], { cwd: join(repo, p), stdio: 'ignore' });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'packed-install-check', private: true }));
  const files = readdirSync(tarballs).map((f) => join(tarballs, f));
  const install = await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...files], project);
  if (install.code !== 0) throw new Error(`npm install failed: ${install.stderr}`);
}, 900_000);

afterAll(async () => server.close());

describe('packed install', () => {
  it('installs with plain npm and syncs through --service-provider slack --api-endpoint', async () => {
    const bin = join(project, 'node_modules/.bin/baton-scim');
    expect(existsSync(bin)).toBe(true);
    const file = join(project, 'sync.c1z');
    const sync = await run(bin, ['--service-provider', 'slack', '--api-endpoint', server.url, '--token', TOKEN, '-f', file, '--log-level', 'error'], project);
    expect(sync.code, sync.stderr).toBe(0);
    expect(sync.stderr).not.toContain(TOKEN);
    const stats = execFileSync(bin, ['inspect', 'stats', '-o', 'json', '-f', file], { cwd: project, encoding: 'utf8' });
    const counts = (JSON.parse(stats) as { counts: Record<string, number> }).counts;
    expect(counts.user).toBe(40);
    expect(counts.group).toBe(5);
    const providers = execFileSync(bin, ['providers'], { cwd: project, encoding: 'utf8' });
    expect(providers).toMatch(/slack\s+@baton-scim\/provider-slack\s+0\.1\.0\s+installed/);
  }, 120_000);
});
