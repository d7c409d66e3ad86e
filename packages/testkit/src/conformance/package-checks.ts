// Checks every provider package passes whatever serves its fixtures: its YAML loads, and its capabilities
// come without credentials or network. Shared by the SCIM suite and the providers with their own fake APIs.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import type { SyncedDirectory } from './read-sync.js';
import { runCli } from './run-cli.js';
import type { CliMain, ExpectedDirectory } from './types.js';

/** Each resource type id with its capabilities, in the CLI's order; or `sync-only` for no provisioning at all. */
export type ExpectedCapabilities = readonly (readonly [string, readonly string[]])[] | 'sync-only';

export interface PackageChecks {
  readonly main: CliMain;
  readonly providerId: string;
  readonly packageDir: URL;
  /** With `-p`, what `capabilities` must report; without, only the resource type ids are checked. */
  readonly capabilities?: ExpectedCapabilities;
  /** Words for the capabilities test's name, e.g. "group provisioning through Graph". */
  readonly capabilitiesNote?: string;
}

export function definePackageChecks(o: PackageChecks): void {
  const dir = fileURLToPath(o.packageDir);

  it('ships a provider.yaml that passes the config schema', async () => {
    const run = await runCli(o.main, ['validate-config', join(dir, 'provider.yaml')], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  const note = o.capabilitiesNote ? `: ${o.capabilitiesNote}` : '';
  it(`reports capabilities without credentials or network${note}`, async () => {
    const args = ['capabilities', '--service-provider', o.providerId, ...(o.capabilities ? ['--provisioning'] : [])];
    const run = await runCli(o.main, args, dir);
    expect(run.code, run.stderr).toBe(0);
    if (o.capabilities === 'sync-only') {
      expect(run.stdout).not.toContain('PROVISION');
      return;
    }
    const caps = JSON.parse(run.stdout) as { resourceTypeCapabilities: { resourceType: { id: string }; capabilities: string[] }[] };
    if (o.capabilities) expect(caps.resourceTypeCapabilities.map((c) => [c.resourceType.id, c.capabilities])).toEqual(o.capabilities);
    else expect(caps.resourceTypeCapabilities.map((c) => c.resourceType.id)).toEqual(['group', 'role', 'user']);
  });
}

/** The synced users, groups, roles and grants are exactly the expected ones. */
export function expectSyncedDirectory(synced: SyncedDirectory, expected: ExpectedDirectory): void {
  expect(synced.users).toEqual(expected.users);
  expect(synced.groups).toEqual(expected.groups);
  expect(synced.roles).toEqual(expected.roles);
  expect(synced.grants).toEqual([...expected.grants].sort());
}
