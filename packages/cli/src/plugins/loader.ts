// Finds provider packages through the dependencies of the project the CLI runs in and of the CLI itself.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isScimProvider, type ScimProvider } from '@baton-scim/scim';
import { UsageError } from '../options/usage-error.js';
import { entryOf, isYamlEntry, providerProblem, yamlProvider } from './entry.js';
import { FIRST_PARTY_PROVIDERS, notInstalledProblems, providerPackageName } from './known.js';
import { readMarker, type ProviderMarker } from './marker.js';

/**
 * A package directory that may hold providers. `local` marks the working directory: its packages are
 * looked up in its own `node_modules` only, never through Node's walk up the parents, so a directory above
 * the one the user runs in cannot supply or replace a provider.
 */
export interface SearchRoot {
  readonly dir: string;
  readonly local: boolean;
}

/**
 * Package directories that may hold providers, in order: the working directory when it is a project
 * (holds a package.json), those the host names (the `baton-scim` bundle, the workspace script), then the
 * CLI's own install. Each is either a provider package itself or a project whose declared dependencies
 * are read. Parents of the working directory are never searched.
 */
export function searchRoots(cwd: string, extra: readonly string[] = []): SearchRoot[] {
  const cliRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
  const roots: SearchRoot[] = existsSync(join(cwd, 'package.json')) ? [{ dir: cwd, local: true }] : [];
  for (const dir of [...extra, cliRoot]) if (!roots.some((r) => r.dir === dir)) roots.push({ dir, local: false });
  return roots;
}

/** A provider is named by its id (or a scoped package name); anything that reads as a path is refused. */
const PROVIDER_ID = /^(?:@[a-z0-9][a-z0-9._-]*\/)?[a-z0-9][a-z0-9._-]*$/;

export function checkProviderId(id: string): void {
  if (PROVIDER_ID.test(id)) return;
  throw new UsageError([
    `--service-provider: "${id}" is not a provider id; name an installed provider by its id (e.g. slack, okta) or package name, never a path`,
    '  (for a config file of your own, pass --scim-config FILE; `baton-scim providers` lists what is installed)',
  ]);
}

export function resolvePackageJson(pkg: string, root: SearchRoot): string | undefined {
  if (root.local) {
    const path = join(root.dir, 'node_modules', pkg, 'package.json');
    return existsSync(path) ? realpathSync(path) : undefined;
  }
  try {
    return createRequire(join(root.dir, 'package.json')).resolve(`${pkg}/package.json`);
  } catch {
    // Not installed where this root can see it; the caller tries the next root and reports all misses.
    return undefined;
  }
}

/**
 * Every installed package carrying the provider marker: each root that is a provider, the declared
 * dependencies of the others, and the first-party packages resolvable from a root. The last covers global
 * and image installs, where the CLI and each provider sit side by side and nothing declares the providers.
 */
export function discoverProviders(roots: readonly SearchRoot[]): ProviderMarker[] {
  const found = new Map<string, ProviderMarker>();
  const keep = (pj: string | undefined): void => {
    const marker = pj ? readMarker(pj) : undefined;
    if (marker && !found.has(marker.provider)) found.set(marker.provider, marker);
  };
  for (const root of roots) {
    const own = join(root.dir, 'package.json');
    if (existsSync(own) && readMarker(own)) keep(own);
    else for (const dep of declaredDependencies(root.dir)) keep(resolvePackageJson(dep, root));
  }
  for (const id of FIRST_PARTY_PROVIDERS) {
    if (!found.has(id)) keep(roots.map((r) => resolvePackageJson(providerPackageName(id), r)).find((p) => p !== undefined));
  }
  return [...found.values()].sort((a, b) => a.provider.localeCompare(b.provider));
}

function declaredDependencies(root: string): string[] {
  const path = join(root, 'package.json');
  if (!existsSync(path)) return [];
  const pkg = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Record<string, string> | undefined>;
  return [...new Set(['dependencies', 'devDependencies', 'optionalDependencies'].flatMap((k) => Object.keys(pkg[k] ?? {})))];
}

/** Loads the provider named on the command line; a miss names the package and how to install it. */
export async function loadProvider(id: string, roots: readonly SearchRoot[]): Promise<ScimProvider> {
  checkProviderId(id);
  const pkg = providerPackageName(id);
  const installed = discoverProviders(roots);
  const declared = installed.find((m) => m.provider === id);
  const pj = declared?.packageJsonPath ?? roots.map((r) => resolvePackageJson(pkg, r)).find((p) => p !== undefined);
  if (!pj) throw new UsageError(notInstalledProblems(id, installed.map((m) => m.provider)));
  return importProvider(id, pj);
}

async function importProvider(id: string, packageJsonPath: string): Promise<ScimProvider> {
  const marker = readMarker(packageJsonPath);
  const name = marker?.packageName ?? packageJsonPath;
  if (!marker) throw new UsageError([`--service-provider: ${name} has no "batonScim" marker in its package.json; it is not a baton-scim provider`]);
  const problem = providerProblem(marker);
  if (problem) throw new UsageError([`--service-provider: ${name} is broken: ${problem}`]);
  const entry = entryOf(packageJsonPath);
  if (isYamlEntry(entry) && marker.provider !== id) throw new UsageError([`--service-provider: ${name} declares provider "${marker.provider}", not "${id}"`]);
  if (isYamlEntry(entry)) return yamlProvider(marker, entry);
  const mod = (await import(pathToFileURL(entry).href)) as { default?: unknown };
  if (!isScimProvider(mod.default)) {
    throw new UsageError([`--service-provider: ${name} does not export a defineScimProvider(...) declaration as its default export`]);
  }
  if (mod.default.id !== id) {
    throw new UsageError([`--service-provider: ${name} declares provider "${mod.default.id}", not "${id}"`]);
  }
  return mod.default;
}
