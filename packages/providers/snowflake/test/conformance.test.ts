import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '@baton-scim/cli';
import { defineProviderConformance, runCli } from '@baton-scim/testkit/conformance';
import { describe, expect, it } from 'vitest';

const packageDir = new URL('..', import.meta.url);
const token = 'snowflake-scim-conformance-token';

defineProviderConformance({
  providerId: 'snowflake',
  packageDir,
  main,
  credentialFlags: ['--token', token],
  serverAuth: { bearer: token },
});

describe('provider snowflake: quirks', () => {
  it('refuses the templated endpoint until --api-endpoint names the account', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'snowflake-')), 'sync.c1z');
    const run = await runCli(main, ['--service-provider', 'snowflake', '--token', token, '-f', file], fileURLToPath(packageDir));
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('{account}');
    expect(run.stderr).toContain('--api-endpoint');
  });
});
