// The first-party provider ids, read from packages/providers/*/package.json markers when the CLI is built or
// tested, so adding a provider package is the whole of making the CLI know it by name.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** packages/providers of the checkout holding `from` (the CLI package, where tsup and vitest run). */
function providersDir(from) {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'packages', 'providers'))) return join(dir, 'packages', 'providers');
    if (dirname(dir) === dir) throw new Error(`no packages/providers above ${from}: build the CLI inside its workspace`);
  }
}

/** Sorted ids of every provider package in the workspace that carries a `batonScim.provider` marker. */
export function firstPartyProviders(dir = providersDir(process.cwd())) {
  const ids = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const pj = join(dir, entry.name, 'package.json');
    if (!entry.isDirectory() || !existsSync(pj)) continue;
    const marker = JSON.parse(readFileSync(pj, 'utf8')).batonScim;
    if (typeof marker?.provider === 'string') ids.push(marker.provider);
  }
  return ids.sort();
}

/** The `define` entry tsup and vitest give the CLI source for `__FIRST_PARTY_PROVIDERS__`. */
export function firstPartyDefine() {
  return { __FIRST_PARTY_PROVIDERS__: JSON.stringify(firstPartyProviders()) };
}
