// `pnpm new:provider <id> [display name]`: creates the data-only provider packages/providers/<id> from
// scripts/provider-template with its changeset, links it into the workspace and runs the shared provider suite
// on it. `--no-install` skips `pnpm install`, `--no-test` the suite run (both for scratch copies).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const [id, ...nameParts] = args.filter((a) => !a.startsWith('--'));
for (const flag of flags) {
  if (flag !== '--no-install' && flag !== '--no-test') {
    console.error(`new:provider: unknown option ${flag}; known are --no-install and --no-test`);
    process.exit(2);
  }
}
if (!id || !/^[a-z0-9][a-z0-9-]*$/.test(id)) {
  console.error('usage: pnpm new:provider <id> [display name]   (id: lower-case letters, digits and dashes)');
  process.exit(2);
}
const name = nameParts.join(' ') || id.replace(/(^|-)([a-z])/g, (_m, s, c) => (s ? ' ' : '') + c.toUpperCase());
if (/["\\\n]/.test(name)) {
  console.error('new:provider: the display name may not hold quotes, backslashes or line breaks');
  process.exit(2);
}
const root = new URL('..', import.meta.url).pathname;
const target = join(root, 'packages/providers', id);
if (existsSync(target)) {
  console.error(`new:provider: packages/providers/${id} already exists`);
  process.exit(1);
}
cpSync(join(root, 'scripts/provider-template'), target, { recursive: true });

function fill(dir) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) { fill(path); continue; }
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll('__ID__', id).replaceAll('__NAME__', name));
    if (path.endsWith('.tmpl')) renameSync(path, path.slice(0, -'.tmpl'.length));
  }
}
fill(target);

const changeset = join(root, '.changeset', `provider-${id}-initial.md`);
mkdirSync(join(root, '.changeset'), { recursive: true });
writeFileSync(changeset, `---\n"@baton-scim/provider-${id}": minor\n---\n\n${name}: a new provider, syncing users, groups and memberships over SCIM 2.0.\n`);
console.log(`created packages/providers/${id} and .changeset/provider-${id}-initial.md`);

function run(command, argv, env = {}) {
  console.log(`$ ${[command, ...argv].join(' ')}`);
  const r = spawnSync(command, argv, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`new:provider: \`${[command, ...argv].join(' ')}\` failed; packages/providers/${id} is kept, fix the cause and run it again`);
    process.exit(r.status ?? 1);
  }
}

// The lockfile learns the new workspace package; nothing is fetched.
if (!flags.has('--no-install')) run('pnpm', ['install', '--offline']);
if (!flags.has('--no-test')) {
  if (!existsSync(join(root, 'packages/cli/dist/index.js'))) run('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=@baton-scim/provider-suite^...']);
  run('pnpm', ['--filter', '@baton-scim/provider-suite', 'exec', 'vitest', 'run', 'test/providers.test.ts'], { BATON_PROVIDERS: id });
}
console.log(`next: fill in provider.yaml, fixtures/ and README.md from ${name}'s documentation, then run the same suite:
  BATON_PROVIDERS=${id} pnpm --filter @baton-scim/provider-suite exec vitest run test/providers.test.ts`);
