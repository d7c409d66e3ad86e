// Benchmark: `baton-scim explore` on a 100k-user file. Syncs the testkit server (the bench-sync shape, plus
// nested groups so pages show inherited paths) into a temp .c1z, starts explore, and times the first screen:
// from the command's start to its URL (decompress + holder counts), then the at-a-glance page; then when the
// background search index is complete, a search and a user's page. Explore runs twice on a cache directory of
// its own: the first open decompresses into the cache, the second reads the cached copy. Prints the figures;
// nothing is asserted. A sync done here runs with --explore-cache (BENCH_EXPLORE_CACHE=0: without), so the first
// open reads the copy it kept. BENCH_USERS changes the scale; BENCH_FILE reuses (or keeps) a synced file at that
// path instead of a temp one.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startScimServer } from '../packages/testkit/dist/index.js';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'packages/cli/dist/bin.js');
const TOKEN = 'bench-token-not-a-secret';
const users = Number(process.env.BENCH_USERS ?? 100_000);

function run(args, onLine, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, BATON_LOG_LEVEL: 'warn', ...env } });
    let err = '';
    let out = '';
    child.stdout.on('data', (d) => { out += d; onLine?.(out, child); });
    child.stderr.on('data', (d) => { err += d; });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(child) : reject(new Error(`exit ${code}: ${err}`))));
  });
}

async function timed(url) {
  const t = performance.now();
  const res = await fetch(url);
  const body = await res.text();
  if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
  return { ms: performance.now() - t, bytes: body.length, body };
}

/** One explore run: the URL, the first screen, the search index's end, a search and a user's page. */
async function explore(label, env, file) {
  console.log(`${label}:`);
  const t = performance.now();
  let child;
  const url = await new Promise((resolve, reject) => {
    run(['explore', '--no-open', '-f', file], (out, c) => {
      const m = /explore: (http:\S+)/.exec(out);
      if (m) { child = c; resolve(m[1]); }
    }, env).catch(reject);
  });
  const ready = performance.now() - t;
  const glance = await timed(url);
  const again = await timed(url);
  // The search table is filled in the background after the URL is printed; a benchmark may poll for the end.
  const indexing = (body) => body.includes('still indexing');
  const early = await timed(`${url}search?q=${encodeURIComponent('knuth.42')}`);
  console.log(`  search right away: ${early.ms.toFixed(0)} ms${indexing(early.body) ? ' (partial, says "still indexing")' : ''}`);
  for (let probe = early; indexing(probe.body);) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    probe = await timed(`${url}search?q=${encodeURIComponent('no-such-person-anywhere')}`);
  }
  console.log(`  search index complete: ${((performance.now() - t) / 1000).toFixed(1)} s after the command's start`);
  const search = await timed(`${url}search?q=${encodeURIComponent('knuth.42')}`);
  const userHref = /href="\/[^/"]+\/(r\/user\/[^"]+)"/.exec(search.body)?.[1];
  const user = userHref ? await timed(`${url}${userHref}`) : undefined;
  const rare = await timed(`${url}search?q=${encodeURIComponent('no-such-person-anywhere')}`);
  console.log(`  explore ready (URL printed): ${ready.toFixed(0)} ms`);
  console.log(`  first screen (at a glance), first request: ${glance.ms.toFixed(0)} ms, ${glance.bytes} bytes${indexing(glance.body) ? ' (lists still indexing)' : ''}; again: ${again.ms.toFixed(0)} ms`);
  console.log(`  first screen from the command's start: ${(ready + glance.ms).toFixed(0)} ms`);
  console.log(`  search with matches: ${search.ms.toFixed(0)} ms; search matching nothing (full scan): ${rare.ms.toFixed(0)} ms`);
  if (user) console.log(`  a user's page: ${user.ms.toFixed(0)} ms`);
  // The next run waits for this one to let go of the cached copy.
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

const dir = mkdtempSync(join(tmpdir(), 'bench-explore-'));
const keep = process.env.BENCH_FILE;
const server = keep && existsSync(keep) ? undefined : await startScimServer({
  generate: { users, groups: Math.max(1, users / 10), membershipsPerUser: 10, roles: users >= 100_000 ? 50 : 3, seed: 7, nestedGroups: Math.max(1, users / 100) },
  auth: { bearer: TOKEN },
});
try {
  const config = join(dir, 'bench.yaml');
  writeFileSync(config, readFileSync(join(root, 'examples/demo.yaml'), 'utf8').replace(/pageSize: \d+/, 'pageSize: 1000'));
  const file = keep ?? join(dir, 'sync.c1z');
  const cacheEnv = { XDG_CACHE_HOME: join(dir, 'cache') };
  // A sync done here keeps its decoded file for explore unless BENCH_EXPLORE_CACHE=0.
  const handOff = process.env.BENCH_EXPLORE_CACHE !== '0';
  const t = performance.now();
  if (server) {
    await run(['--scim-config', config, '--api-endpoint', server.url, '--token', TOKEN, '-f', file, ...(handOff ? ['--explore-cache'] : [])], undefined, cacheEnv);
    console.log(`sync of ${users} users${handOff ? ' with --explore-cache' : ''}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  console.log(`file: ${(statSync(file).size / 1e6).toFixed(1)} MB`);
  await explore(server && handOff ? 'first open (the copy the sync kept)' : 'first open (decompresses into the cache)', cacheEnv, file);
  await explore('cached open', cacheEnv, file);
} finally {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
}
