// A provider package's entry: a module exporting defineScimProvider(...), or provider.yaml itself for a
// provider that is data only. Also says, without importing anything, why an installed package cannot load.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError, defineScimProvider, loadScimConfig, PROVIDER_API_VERSION, type ScimProvider } from '@baton-scim/scim';
import type { ProviderMarker } from './marker.js';

/** The ESM entry a package declares (`exports["."]` import/default, else `main`), as a file path. */
export function entryOf(packageJsonPath: string): string {
  const pkg = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as { exports?: unknown; main?: string };
  const root = typeof pkg.exports === 'object' && pkg.exports !== null ? (pkg.exports as Record<string, unknown>)['.'] : pkg.exports;
  const conditions = typeof root === 'object' && root !== null ? (root as Record<string, unknown>) : {};
  const target = typeof root === 'string' ? root : [conditions.import, conditions.default].find((v): v is string => typeof v === 'string');
  return join(dirname(packageJsonPath), target ?? pkg.main ?? 'index.js');
}

export function isYamlEntry(entry: string): boolean {
  return /\.ya?ml$/i.test(entry);
}

/**
 * Declares a data-only provider from its provider.yaml. The YAML must load with the config schema and name the
 * marker's id; the display name comes from the marker's `displayName`, else the package description.
 */
export function yamlProvider(marker: ProviderMarker, entry: string): ScimProvider {
  const problem = yamlProblem(marker, entry);
  if (problem) throw new Error(problem);
  const pkg = JSON.parse(readFileSync(marker.packageJsonPath, 'utf8')) as { description?: string; batonScim?: { displayName?: unknown } };
  const displayName = typeof pkg.batonScim?.displayName === 'string' ? pkg.batonScim.displayName : pkg.description ?? marker.provider;
  return defineScimProvider({ id: marker.provider, displayName, config: pathToFileURL(entry) });
}

/** Why the package cannot be loaded as provider `marker.provider`, or undefined when nothing is found wrong. */
export function providerProblem(marker: ProviderMarker): string | undefined {
  if (marker.apiVersion !== PROVIDER_API_VERSION) {
    return `targets provider API ${marker.apiVersion}, this CLI supports ${PROVIDER_API_VERSION}; upgrade one of them`;
  }
  let entry: string;
  try {
    entry = entryOf(marker.packageJsonPath);
  } catch (err) {
    return `cannot read ${marker.packageJsonPath}: ${(err as Error).message}`;
  }
  if (isYamlEntry(entry)) return yamlProblem(marker, entry);
  if (!existsSync(entry)) return `its entry ${entry} does not exist (a provider with code must be built; a data-only one names provider.yaml as its entry)`;
  return undefined;
}

function yamlProblem(marker: ProviderMarker, entry: string): string | undefined {
  if (!existsSync(entry)) return `its entry ${entry} does not exist; a data-only provider ships provider.yaml`;
  const label = `${marker.packageName}/provider.yaml`;
  try {
    const config = loadScimConfig(readFileSync(entry, 'utf8'), { file: label });
    if (config.id !== undefined && config.id !== marker.provider) return `${label} has id "${config.id}", but the package declares provider "${marker.provider}"`;
  } catch (err) {
    if (err instanceof ConfigError) return err.message;
    return `${label}: ${(err as Error).message}`;
  }
  return undefined;
}
