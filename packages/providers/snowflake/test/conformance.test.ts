import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '@baton-scim/cli';
import { startScimServer, type ScimDirectoryData } from '@baton-scim/testkit';
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

  // Snowflake's BCR-2276 page: before the 2026_03 bundle an unfiltered list returns one synthetic sample object.
  const synthetic = (): ScimDirectoryData => JSON.parse(readFileSync(new URL('fixtures/synthetic-directory.json', packageDir), 'utf8')) as ScimDirectoryData;
  const real = (): ScimDirectoryData => JSON.parse(readFileSync(new URL('fixtures/directory.json', packageDir), 'utf8')) as ScimDirectoryData;

  async function syncAgainst(directory: ScimDirectoryData): Promise<{ code: number; stderr: string; file: string }> {
    const server = await startScimServer({ directory, auth: { bearer: token } });
    try {
      const file = join(mkdtempSync(join(tmpdir(), 'snowflake-')), 'sync.c1z');
      const argv = ['--service-provider', 'snowflake', '--api-endpoint', server.url, '--token', token, '--log-level', 'warn', '-f', file];
      const run = await runCli(main, argv, fileURLToPath(packageDir));
      return { code: run.code, stderr: run.stderr, file };
    } finally {
      await server.close();
    }
  }

  it('refuses the synthetic sample user an account without the 2026_03 bundle lists, and says how to enable it', async () => {
    const run = await syncAgainst(synthetic());
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('synthesis_user');
    expect(run.stderr).toContain("SYSTEM$ENABLE_BEHAVIOR_CHANGE_BUNDLE('2026_03')");
    expect(existsSync(run.file)).toBe(false);
  });

  it('refuses the synthetic sample group too', async () => {
    const run = await syncAgainst({ users: real().users, groups: synthetic().groups });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('synthetic_group');
    expect(existsSync(run.file)).toBe(false);
  });
});
