// GitHub EMU: the identity provider must be the only SCIM writer, so grant and revoke are off unless the config allows them.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '@baton-scim/cli';
import { startScimServer, type ScimDirectoryData } from '@baton-scim/testkit';
import { runCli } from '@baton-scim/testkit/conformance';
import { describe, expect, it } from 'vitest';

const packageDir = new URL('..', import.meta.url);
const cwd = fileURLToPath(packageDir);
const token = 'ghp_provisioning0123456789abcdefghijklmn';
const basePath = '/scim/v2/enterprises/octo-corp';
const group = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';
const user = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';

type Caps = { resourceTypeCapabilities: { resourceType: { id: string }; capabilities: string[] }[] };

describe('provider github: provisioning needs an explicit config switch', () => {
  it('advertises no provisioning, and a grant with -p warns, sends nothing and fails', async () => {
    const caps = await runCli(main, ['capabilities', '--service-provider', 'github'], cwd);
    expect(caps.code, caps.stderr).toBe(0);
    const byType = Object.fromEntries((JSON.parse(caps.stdout) as Caps).resourceTypeCapabilities.map((c) => [c.resourceType.id, c.capabilities]));
    expect(byType['group']).toEqual(['CAPABILITY_SYNC']);

    const directory = JSON.parse(readFileSync(new URL('fixtures/directory.json', packageDir), 'utf8')) as ScimDirectoryData;
    const server = await startScimServer({ directory, auth: { bearer: token }, basePath });
    try {
      const file = join(mkdtempSync(join(tmpdir(), 'github-')), 'sync.c1z');
      const argv = ['--service-provider', 'github', '--api-endpoint', server.url, '--token', token, '--log-level', 'warn', '-f', file];
      expect((await runCli(main, argv, cwd)).code).toBe(0);
      server.resetLog();
      const grant = await runCli(main, [...argv, '-p', '--grant-entitlement', `group:${group}:member`, '--grant-principal-type', 'user', '--grant-principal', user], cwd);
      expect(grant.code).toBe(1);
      expect(grant.stderr).toMatch(/provisioning\.enabled is false/);
      expect(grant.stderr).toMatch(/has no provisioner/);
      expect(server.requests).toEqual([]);

      // With the switch on in the operator's own copy of the config, the same grant goes through, verified.
      const own = join(mkdtempSync(join(tmpdir(), 'github-config-')), 'github.yaml');
      writeFileSync(own, readFileSync(new URL('provider.yaml', packageDir), 'utf8').replace('enabled: false', 'enabled: true'));
      const allowed = ['--scim-config', own, ...argv.slice(2)];
      const granted = await runCli(main, [...allowed, '-p', '--grant-entitlement', `group:${group}:member`, '--grant-principal-type', 'user', '--grant-principal', user], cwd);
      expect(granted.code, granted.stderr).toBe(0);
      expect(server.directory.groups.get(group)?.members?.map((m) => m.value)).toContain(user);
    } finally {
      await server.close();
    }
  });
});
