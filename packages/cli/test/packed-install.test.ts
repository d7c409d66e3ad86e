// Packs `baton-scim` and the workspace packages it depends on, installs it alone into an empty project with
// plain npm (native addons build from source) through the script the Docker image uses, and syncs the
// testkit server through the installed executable with a built-in provider.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScimServer, type ScimDirectoryData, type ScimTestServer } from '@baton-scim/testkit';
import { REPO, spawnRun } from './support/bin.js';
import { tempDir } from './support/run.js';

const directory = JSON.parse(readFileSync(join(REPO, 'packages/providers/zoom/fixtures/directory.json'), 'utf8')) as ScimDirectoryData;
const SECRET = 'packed-install-secret-93b1';
const credentials = ['--scim-client-id', 'packed-cid', '--scim-client-secret', SECRET, '--account-id', 'packed-acct'];

let server: ScimTestServer;
let project: string;

beforeAll(async () => {
  server = await startScimServer({ directory, basePath: '/scim2', auth: { oauth: { clients: [{ clientId: 'packed-cid', clientSecret: SECRET, accountId: 'packed-acct' }] } } });
  project = join(tempDir(), 'project');
  const install = await spawnRun(process.execPath, [join(REPO, 'scripts/install-packed.mjs'), project], { cwd: REPO });
  if (install.code !== 0) throw new Error(`install failed: ${install.stderr}`);
}, 900_000);

afterAll(async () => server.close());

describe('npm install baton-scim', () => {
  it('depends on baton-scim alone and syncs through --service-provider zoom', async () => {
    const pkg = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies)).toEqual(['baton-scim']);
    const bin = join(project, 'node_modules/.bin/baton-scim');
    const file = join(project, 'sync.c1z');
    const sync = await spawnRun(bin, ['--service-provider', 'zoom', '--api-endpoint', server.url, '--auth-url', server.tokenUrl, ...credentials, '-f', file, '--log-format', 'console'], { cwd: project });
    expect(sync.code, sync.stderr).toBe(0);
    expect(sync.stderr).not.toContain(SECRET);
    expect(sync.stderr).toContain(`written to ${file}`);
    const stats = execFileSync(bin, ['inspect', 'stats', '-o', 'json', '-f', file], { cwd: project, encoding: 'utf8' });
    const counts = (JSON.parse(stats) as { counts: Record<string, number> }).counts;
    expect(counts.user).toBe(directory.users?.length);
    expect(counts.group).toBe(directory.groups?.length);
  }, 120_000);

  it('providers lists the four built-ins as installed from any directory, as in the Docker image', async () => {
    const run = await spawnRun(join(project, 'node_modules/.bin/baton-scim'), ['providers'], { cwd: tempDir() });
    expect(run.code, run.stderr).toBe(0);
    for (const id of ['miro', 'postman', 'slack', 'zoom']) {
      expect(run.stdout).toMatch(new RegExp(`^${id}\\s+@baton-scim/provider-${id}\\s+0\\.1\\.0\\s+\\S+\\s+installed$`, 'm'));
    }
    expect(run.stdout).toMatch(/^okta\s+@baton-scim\/provider-okta\s+-\s+-\s+not installed/m);
  });

  it('keeps @baton-scim/cli free of providers, so the CLI plus one provider stays the minimal install', () => {
    const cli = JSON.parse(readFileSync(join(project, 'node_modules/@baton-scim/cli/package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(cli.dependencies).filter((d) => d.includes('provider'))).toEqual([]);
  });
});
