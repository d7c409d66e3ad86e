// Finds provider packages through the dependencies of the project the CLI runs in and of the CLI itself.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isScimProvider, PROVIDER_API_VERSION, type ScimProvider } from '@baton-scim/scim';
import { UsageError } from '../options/usage-error.js';
import { FIRST_PARTY_PROVIDERS, notInstalledProblems, providerPackageName } from './known.js';
import { readMarker, type ProviderMarker } from './marker.js';

/**
 * Package directories that may hold providers, in order: the working project, those the host names (the
 * `baton-scim` bundle, the workspace script), then the CLI's own install. Each is either a provider package
 * itself or a project whose declared dependencies are read.
 */
export function searchRoots(cwd: string, extra: readonly string[] = []): string[] {
  const cliRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
  return [...new Set([findProjectRoot(cwd), ...extra, cliRoot].filter((d): d is string => d !== undefined))];
}

function findProjectRoot(start: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

function resolvePackageJson(pkg: string, fromDir: string): string | undefined {
  try {
    return createRequire(join(fromDir, 'package.json')).resolve(`${pkg}/package.json`);
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
export function discoverProviders(roots: readonly string[]): ProviderMarker[] {
  const found = new Map<string, ProviderMarker>();
  const keep = (pj: string | undefined): void => {
    const marker = pj ? readMarker(pj) : undefined;
    if (marker && !found.has(marker.provider)) found.set(marker.provider, marker);
  };
  for (const root of roots) {
    const own = join(root, 'package.json');
    if (existsSync(own) && readMarker(own)) keep(own);
    else for (const dep of declaredDependencies(root)) keep(resolvePackageJson(dep, root));
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
export async function loadProvider(id: string, roots: readonly string[]): Promise<ScimProvider> {
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
  if (marker.apiVersion !== PROVIDER_API_VERSION) {
    throw new UsageError([`--service-provider: ${name} targets provider API ${marker.apiVersion}, this CLI supports ${PROVIDER_API_VERSION}; upgrade one of them`]);
  }
  const mod = (await import(pathToFileURL(entryOf(packageJsonPath)).href)) as { default?: unknown };
  if (!isScimProvider(mod.default)) {
    throw new UsageError([`--service-provider: ${name} does not export a defineScimProvider(...) declaration as its default export`]);
  }
  if (mod.default.id !== id) {
    throw new UsageError([`--service-provider: ${name} declares provider "${mod.default.id}", not "${id}"`]);
  }
  return mod.default;
}

/** The ESM entry a package declares (`exports["."]` import/default, else `main`), as a file path. */
function entryOf(packageJsonPath: string): string {
  const pkg = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as { exports?: unknown; main?: string };
  const root = typeof pkg.exports === 'object' && pkg.exports !== null ? (pkg.exports as Record<string, unknown>)['.'] : pkg.exports;
  const conditions = typeof root === 'object' && root !== null ? (root as Record<string, unknown>) : {};
  const target = typeof root === 'string' ? root : [conditions.import, conditions.default].find((v): v is string => typeof v === 'string');
  return join(dirname(packageJsonPath), target ?? pkg.main ?? 'index.js');
}
