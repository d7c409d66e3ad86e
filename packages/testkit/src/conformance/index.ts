// The provider conformance suite: `defineProviderConformance` registers its vitest cases.
export { defineProviderConformance } from './suite.js';
export { runCli, type CliRun } from './run-cli.js';
export type { CliIoLike, CliMain, ConformanceOptions, ExpectedDirectory } from './types.js';
export { readSync, type SyncedDirectory } from './read-sync.js';
export { definePackageChecks, expectSyncedDirectory, type ExpectedCapabilities, type PackageChecks } from './package-checks.js';
