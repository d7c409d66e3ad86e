// `npm run release:check`: the whole release path, against a throwaway npm registry on 127.0.0.1.
//
//  1. copies the checkout (with each package's built dist/) to a temporary directory, so nothing here changes;
//  2. runs `changeset version` there, then `changeset publish` to a local Verdaccio registry;
//  3. checks every published manifest: real versions where the workspace had `workspace:` ranges, and each
//     tarball holding what the package needs and nothing it does not (sizes are printed);
//  4. in an empty directory installs `@baton-scim/cli` plus one provider from that registry with plain npm and
//     syncs the testkit SCIM server with it;
//  5. installs the `baton-scim` bundle globally (into a temporary prefix) and syncs with `--service-provider slack`.
//
// Third-party dependencies come through the registry's uplink to the npm registry this machine uses.
// Exits non-zero, naming the step, when anything is off.
import { execFile, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import semver from 'semver';

const run = promisify(execFile);
const ROOT = new URL('..', import.meta.url).pathname;
const KEEP = process.argv.includes('--keep');
const work = mkdtempSync(join(tmpdir(), 'baton-scim-release-'));
const copy = join(work, 'repo');
const problems = [];

function step(text) {
  process.stdout.write(`release:check: ${text}\n`);
}

function fail(text) {
  problems.push(text);
  process.stdout.write(`release:check: FAILED: ${text}\n`);
}

/** Runs a command to completion; its output is kept and shown only when it fails. */
async function sh(cmd, args, options) {
  try {
    return await run(cmd, args, { maxBuffer: 64 << 20, ...options });
  } catch (err) {
    const out = `${err.stdout ?? ''}${err.stderr ?? ''}`.trim();
    throw new Error(`${cmd} ${args.join(' ')} failed (exit ${err.code}) in ${relative(work, options?.cwd ?? work) || '.'}${out ? `:\n${out}` : ''}`);
  }
}

/** The files git would commit (tracked, plus untracked ones it does not ignore), and every package's built dist/. */
function copyCheckout() {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    const from = join(ROOT, file);
    if (!existsSync(from)) continue; // deleted in the working tree
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(from, join(copy, file));
  }
  for (const pkg of workspacePackages(ROOT)) {
    const dist = join(pkg.dir, 'dist');
    if (existsSync(dist)) cpSync(dist, join(copy, relative(ROOT, dist)), { recursive: true });
    else if (!pkg.manifest.private && (pkg.manifest.files ?? []).includes('dist')) {
      throw new Error(`${pkg.manifest.name} has no dist/: build the workspace first (bash scripts/bootstrap.sh)`);
    }
  }
}

/** Every workspace package (packages/* and packages/providers/*) of a checkout. */
function workspacePackages(root) {
  const dirs = [];
  for (const base of ['packages', 'packages/providers']) {
    for (const entry of readdirSync(join(root, base))) {
      const dir = join(root, base, entry);
      if (statSync(dir).isDirectory() && existsSync(join(dir, 'package.json'))) dirs.push(dir);
    }
  }
  return dirs.map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }));
}

/** The packages a pending changeset releases as major. */
function majorChangesets(dir) {
  const names = new Set();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
    const front = readFileSync(join(dir, file), 'utf8').split(/^---$/m)[1] ?? '';
    for (const [, name] of front.matchAll(/^\s*["']?([^"':]+)["']?\s*:\s*major\s*$/gm)) names.add(name);
  }
  return names;
}

async function startRegistry() {
  const { runServer } = await import('verdaccio');
  const uplink = spawnSync('npm', ['config', 'get', 'registry'], { encoding: 'utf8' }).stdout.trim() || 'https://registry.npmjs.org/';
  const config = {
    self_path: work,
    storage: join(work, 'storage'),
    auth: { htpasswd: { file: join(work, 'htpasswd'), max_users: 10 } },
    uplinks: { upstream: { url: uplink, timeout: '120s' } },
    packages: {
      '@baton-scim/*': { access: '$all', publish: '$authenticated' },
      'baton-scim': { access: '$all', publish: '$authenticated' },
      '**': { access: '$all', proxy: 'upstream' },
    },
    log: { type: 'stdout', format: 'pretty', level: 'error' },
    max_body_size: '200mb',
    security: { api: { legacy: true } },
  };
  const app = await runServer(config);
  const server = await new Promise((resolve, reject) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
    s.on('error', reject);
  });
  const url = `http://127.0.0.1:${server.address().port}/`;
  // A user for publishing: Verdaccio answers the npm login call with a token.
  const res = await fetch(`${url}-/user/org.couchdb.user:release`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'release', password: `p-${process.pid}-${Date.now()}`, type: 'user' }),
  });
  if (!res.ok) throw new Error(`could not create a publishing user on the local registry: HTTP ${res.status}`);
  const { token } = await res.json();
  const npmrc = join(work, '.npmrc');
  const host = url.replace(/^http:/, '');
  writeFileSync(npmrc, `registry=${url}\n${host}:_authToken=${token}\nfund=false\naudit=false\nupdate-notifier=false\n`);
  return { server, url, npmrc };
}

/** What a package must ship and must not, by its kind. */
function checkTarballFiles(name, files) {
  const has = (p) => files.some((f) => f === p || f.startsWith(`${p}/`));
  const needs = ['package.json'];
  if (name === 'baton-scim') needs.push('bin.js');
  else needs.push('dist/index.js');
  if (name.startsWith('@baton-scim/provider-')) needs.push('provider.yaml', 'README.md');
  if (name === '@baton-scim/scim') needs.push('config.schema.json');
  for (const need of needs) if (!has(need)) fail(`${name}: the published package lacks ${need}`);
  for (const never of ['src', 'test', 'fixtures', 'node_modules', 'tsconfig.json', 'vitest.config.ts', 'tsup.config.ts', '.turbo']) {
    if (has(never)) fail(`${name}: the published package holds ${never}, which it does not need`);
  }
  const maps = files.filter((f) => f.endsWith('.map'));
  if (maps.length > 0) fail(`${name}: the published package holds source maps (${maps.slice(0, 3).join(', ')})`);
}

/** The published manifest of name@version and its tarball's file list and size, read from the registry. */
async function published(registry, name, version) {
  const res = await fetch(`${registry}${name.replace('/', '%2f')}`);
  if (!res.ok) throw new Error(`${name} is not on the local registry (HTTP ${res.status})`);
  const doc = await res.json();
  const manifest = doc.versions?.[version];
  if (!manifest) throw new Error(`${name}@${version} is not on the local registry (it has ${Object.keys(doc.versions ?? {}).join(', ')})`);
  const tgz = join(work, 'tarballs', `${name.replace('/', '-')}.tgz`);
  mkdirSync(dirname(tgz), { recursive: true });
  const body = await fetch(manifest.dist.tarball);
  writeFileSync(tgz, Buffer.from(await body.arrayBuffer()));
  const { stdout } = await sh('tar', ['-tvzf', tgz]);
  // `tar -tv` lines: mode owner/group size date time path
  const entries = stdout.split('\n').filter(Boolean).map((line) => line.trim().split(/\s+/));
  const files = entries.map((cols) => cols.slice(5).join(' ').replace(/^package\//, ''));
  const unpacked = entries.reduce((sum, cols) => sum + Number(cols[2]), 0);
  return { manifest, files, packed: statSync(tgz).size, unpacked };
}

async function syncWith(bin, args, directory, cwd) {
  const { startScimServer } = await import(join(ROOT, 'packages/testkit/dist/index.js'));
  const token = 'release-check-token-5c1f';
  const server = await startScimServer({ directory, auth: { bearer: token } });
  const file = join(cwd, 'sync.c1z');
  try {
    await sh(bin, [...args, '--api-endpoint', server.url, '--token', token, '-f', file, '--log-format', 'json', '--log-level', 'warn'], { cwd });
    const { stdout } = await sh(bin, ['inspect', 'stats', '-o', 'json', '-f', file], { cwd });
    const counts = JSON.parse(stdout).counts;
    if (counts.user !== directory.users.length || counts.group !== directory.groups.length) {
      fail(`${bin} synced ${counts.user} users and ${counts.group} groups; the server has ${directory.users.length} and ${directory.groups.length}`);
    }
    return counts;
  } finally {
    await server.close();
  }
}

async function main() {
  step(`working in ${work}`);
  copyCheckout();
  // changeset publish tags releases in git; the copy is a repository of its own so those tags stay there.
  for (const args of [['init', '-q', '-b', 'main'], ['add', '-A'], ['-c', 'user.name=release', '-c', 'user.email=release@localhost', 'commit', '-qm', 'release check']]) {
    await sh('git', args, { cwd: copy });
  }
  // pnpm publish reads the versions behind `workspace:` ranges from the installed workspace links.
  step('pnpm install (offline, from the store this checkout was installed from)');
  await sh('pnpm', ['install', '--offline', '--frozen-lockfile', '--ignore-scripts', '--reporter=silent'], { cwd: copy, env: { ...process.env, CI: 'true' } });
  const changeset = join(ROOT, 'node_modules/@changesets/cli/bin.js');
  const before = new Map(workspacePackages(copy).map((p) => [p.manifest.name, p.manifest.version]));
  const askedMajor = majorChangesets(join(copy, '.changeset'));
  step('changeset version');
  await sh(process.execPath, [changeset, 'version'], { cwd: copy });
  const pkgs = workspacePackages(copy);
  const publics = pkgs.filter((p) => !p.manifest.private);
  for (const p of publics) {
    const was = before.get(p.manifest.name);
    if (p.manifest.version === was) fail(`${p.manifest.name}: changeset version left it at ${was}`);
    // A major release (or 1.0.0) that no changeset asked for comes from a range that made changesets bump a dependent.
    if (semver.major(p.manifest.version) !== semver.major(was) && !askedMajor.has(p.manifest.name)) {
      fail(`${p.manifest.name}: changeset version made it ${p.manifest.version} (from ${was}) though no changeset asks for a major release; check its peerDependencies ranges`);
    }
  }
  const pending = readdirSync(join(copy, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md');
  if (pending.length > 0) fail(`changeset version left ${pending.length} changesets unconsumed`);

  const registry = await startRegistry();
  try {
    // Native addons build against this Node's own headers (as scripts/bootstrap.sh sets up): nothing is downloaded.
    const nodedir = process.env.npm_config_nodedir ?? dirname(dirname(process.execPath));
    const env = { ...process.env, NPM_CONFIG_USERCONFIG: registry.npmrc, npm_config_registry: registry.url, npm_config_nodedir: nodedir, CI: 'true' };
    step(`changeset publish to ${registry.url}`);
    await sh(process.execPath, [changeset, 'publish'], { cwd: copy, env });

    step('reading back what was published');
    const rows = [];
    const versions = new Map(publics.map((p) => [p.manifest.name, p.manifest.version]));
    for (const p of publics) {
      const { manifest, files, packed, unpacked } = await published(registry.url, p.manifest.name, p.manifest.version);
      for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
        for (const [dep, range] of Object.entries(manifest[field] ?? {})) {
          if (String(range).startsWith('workspace:')) fail(`${p.manifest.name}: ${field}.${dep} was published as "${range}"`);
          const internal = versions.get(dep);
          if (internal && !semver.satisfies(internal, range)) fail(`${p.manifest.name}: ${field}.${dep} "${range}" does not take the published ${internal}`);
        }
      }
      checkTarballFiles(p.manifest.name, files);
      rows.push([p.manifest.name, p.manifest.version, files.length, packed, unpacked]);
    }
    process.stdout.write(`\n${'package'.padEnd(42)} ${'version'.padEnd(8)} ${'files'.padStart(5)} ${'packed'.padStart(9)} ${'unpacked'.padStart(10)}\n`);
    for (const [name, version, count, packed, unpacked] of rows) {
      process.stdout.write(`${name.padEnd(42)} ${version.padEnd(8)} ${String(count).padStart(5)} ${kb(packed).padStart(9)} ${kb(unpacked).padStart(10)}\n`);
    }
    process.stdout.write('\n');
    if (problems.length > 0) return; // installing what is known to be wrong proves nothing more

    const directory = (id) => JSON.parse(readFileSync(join(ROOT, 'packages/providers', id, 'fixtures/directory.json'), 'utf8'));
    // The native SQLite and zstd addons build in their install scripts, which npm 11 asks to approve.
    const npmInstall = (args, cwd) => sh('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...args], { cwd, env });

    step('npm install @baton-scim/cli @baton-scim/provider-slack into an empty project');
    const project = join(work, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'release-check-project', private: true, allowScripts: { 'better-sqlite3': true, 'zstd-napi': true } }, null, 2));
    await npmInstall([`@baton-scim/cli@${versions.get('@baton-scim/cli')}`, `@baton-scim/provider-slack@${versions.get('@baton-scim/provider-slack')}`], project);
    const installed = Object.keys(JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')).dependencies);
    if (installed.sort().join() !== '@baton-scim/cli,@baton-scim/provider-slack') fail(`the project depends on ${installed.join(', ')}`);
    const counts = await syncWith(join(project, 'node_modules/.bin/baton-scim'), ['--service-provider', 'slack'], directory('slack'), project);
    step(`synced ${counts.user} users and ${counts.group} groups with the CLI and one provider`);

    step('npm install -g baton-scim (into a temporary prefix)');
    const prefix = join(work, 'global');
    await npmInstall(['-g', '--allow-scripts=better-sqlite3,zstd-napi', '--prefix', prefix, `baton-scim@${versions.get('baton-scim')}`], work);
    const elsewhere = mkdtempSync(join(work, 'cwd-'));
    const global = await syncWith(join(prefix, 'bin/baton-scim'), ['--service-provider', 'slack'], directory('slack'), elsewhere);
    step(`synced ${global.user} users and ${global.group} groups with the global baton-scim`);
  } finally {
    await new Promise((resolve) => registry.server.close(resolve));
    registry.server.closeAllConnections?.();
  }
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

try {
  await main();
} catch (err) {
  fail(err.message);
} finally {
  if (KEEP) step(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
if (problems.length > 0) {
  process.stdout.write(`\nrelease:check: ${problems.length} problem(s)\n`);
  process.exit(1);
}
process.stdout.write('release:check: passed\n');
process.exit(0);
