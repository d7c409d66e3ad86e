// GitHub quirks that need code: how groups are listed, and EMU provisioning behind an explicit config switch.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startScimServer } from '@baton-scim/testkit';
import { describe, expect, it } from 'vitest';
import { readDeclared } from '../src/declared.js';
import { cli, fixtureDirectory, syncArgv } from '../src/suite.js';

const github = readDeclared('github')!;
const serve = async () => startScimServer({ directory: fixtureDirectory(github), auth: github.serverAuth, basePath: github.basePath });

type Caps = { resourceTypeCapabilities: { resourceType: { id: string }; capabilities: string[] }[] };

describe('provider github: quirks in code', () => {
  it('lists groups with excludedAttributes=members, as GitHub recommends, and still reads every membership', async () => {
    const server = await serve();
    try {
      const argv = syncArgv(github, server);
      const run = await cli(github, argv);
      expect(run.code, run.stderr).toBe(0);
      const groupLists = server.requests.filter((r) => r.method === 'GET' && r.path === `${github.basePath}/Groups` && r.query['filter'] === undefined);
      expect(groupLists.length).toBeGreaterThan(0);
      for (const r of groupLists) expect(r.query['excludedAttributes']).toBe('members');
      const grants = await cli(github, ['inspect', 'grants', '-o', 'json', '-f', argv[argv.indexOf('-f') + 1]!]);
      expect(grants.code, grants.stderr).toBe(0);
      expect(grants.stdout).toContain('group:24b28bbb-5fc4-4686-a153-a020debb1155:member:user:5c4b3a29-1807-4f6e-9d5c-4b3a29180706');
    } finally {
      await server.close();
    }
  });

  // GitHub EMU: the identity provider must be the only SCIM writer, so grant and revoke are off unless the config allows them.
  it('advertises no provisioning, and a grant with -p warns, sends nothing and fails', async () => {
    const group = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';
    const user = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
    const caps = await cli(github, ['capabilities', '--service-provider', 'github']);
    expect(caps.code, caps.stderr).toBe(0);
    const byType = Object.fromEntries((JSON.parse(caps.stdout) as Caps).resourceTypeCapabilities.map((c) => [c.resourceType.id, c.capabilities]));
    expect(byType['group']).toEqual(['CAPABILITY_SYNC']);

    const server = await serve();
    try {
      const argv = syncArgv(github, server);
      expect((await cli(github, argv)).code).toBe(0);
      server.resetLog();
      const grantFlags = ['-p', '--grant-entitlement', `group:${group}:member`, '--grant-principal-type', 'user', '--grant-principal', user];
      const grant = await cli(github, [...argv, ...grantFlags]);
      expect(grant.code).toBe(1);
      expect(grant.stderr).toMatch(/provisioning\.enabled is false/);
      expect(grant.stderr).toMatch(/has no provisioner/);
      expect(server.requests).toEqual([]);

      // With the switch on in the operator's own copy of the config, the same grant goes through, verified.
      const own = join(mkdtempSync(join(tmpdir(), 'github-config-')), 'github.yaml');
      writeFileSync(own, readFileSync(new URL('provider.yaml', github.packageDir), 'utf8').replace('enabled: false', 'enabled: true'));
      const granted = await cli(github, ['--scim-config', own, ...argv.slice(2), ...grantFlags]);
      expect(granted.code, granted.stderr).toBe(0);
      expect(server.directory.groups.get(group)?.members?.map((m) => m.value)).toContain(user);
    } finally {
      await server.close();
    }
  });
});
