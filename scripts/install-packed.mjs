// Packs the `baton-scim` package and the workspace packages it depends on, and installs it alone into a
// project directory with plain npm, as `npm install baton-scim` will once they are published. Used by the
// Docker image and by the packed-install test, so both exercise the same published shape.
//   node scripts/install-packed.mjs DIR
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const PACKAGES = ['core', 'scim', 'cli', 'providers/slack', 'providers/zoom', 'providers/miro', 'providers/postman', 'baton-scim'];

const target = process.argv[2];
if (!target) {
  process.stderr.write('usage: node scripts/install-packed.mjs DIR\n');
  process.exit(2);
}
const project = resolve(target);
const tarballs = mkdtempSync(join(tmpdir(), 'baton-scim-packed-'));
mkdirSync(project, { recursive: true });

// pnpm pack turns the `workspace:^` ranges into the versions npm resolves.
const byName = new Map();
for (const dir of PACKAGES) {
  const pkgDir = join(root, 'packages', dir);
  const { name } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const before = new Set(readdirSync(tarballs));
  execFileSync('pnpm', ['pack', '--pack-destination', tarballs], { cwd: pkgDir, stdio: 'ignore' });
  const file = readdirSync(tarballs).find((f) => !before.has(f));
  byName.set(name, join(tarballs, file));
}

// The project depends on `baton-scim` only; overrides point its unpublished dependencies at the tarballs.
const overrides = Object.fromEntries([...byName].filter(([name]) => name !== 'baton-scim').map(([name, file]) => [name, `file:${file}`]));
writeFileSync(join(project, 'package.json'), JSON.stringify({
  name: 'baton-scim-install',
  private: true,
  dependencies: { 'baton-scim': `file:${byName.get('baton-scim')}` },
  overrides,
  // The native SQLite and zstd addons the .c1z format needs build in these install scripts (npm 11 asks).
  allowScripts: { 'better-sqlite3': true, 'zstd-napi': true },
}, null, 2) + '\n');
try {
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: project, stdio: ['ignore', 'ignore', 'inherit'] });
} finally {
  // The install is complete in node_modules; the tarballs were only its source.
  rmSync(tarballs, { recursive: true, force: true });
}
process.stdout.write(`installed baton-scim into ${project}\n`);
