import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '@baton-scim/cli';
import { defineProviderConformance, runCli } from '@baton-scim/testkit/conformance';
import { describe, expect, it } from 'vitest';

const packageDir = new URL('..', import.meta.url);
const token = 'op-scim-bridge-conformance-token';

// The bridge serves /scim/Users and /scim/Groups, without the /v2 most providers have.
defineProviderConformance({
  providerId: '1password',
  packageDir,
  main,
  credentialFlags: ['--token', token],
  serverAuth: { bearer: token },
  basePath: '/scim',
});

describe('provider 1password: quirks', () => {
  it('refuses the templated endpoint until --api-endpoint names your SCIM bridge', async () => {
    const file = join(mkdtempSync(join(tmpdir(), '1password-')), 'sync.c1z');
    const run = await runCli(main, ['--service-provider', '1password', '--token', token, '-f', file], fileURLToPath(packageDir));
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('{scim_bridge_host}');
    expect(run.stderr).toContain('--api-endpoint');
  });
});
