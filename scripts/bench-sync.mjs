// Benchmark: a whole sync through the CLI (its own process) against the testkit server, beside the raw
// sequential list-page fetch of the same server. Writes results.json and RESULTS.md (+ chart SVG) into .bench/
// (ignored by git); BENCH_RECORD=1 records them into bench/ instead. BENCH_SCALES (e.g. "1000,10000", or
// "1000000" for the 1M-user / 10M-membership scale) and BENCH_LATENCY_USERS (0 to skip the latency runs)
// choose the runs; BENCH_MERGE=1 keeps recorded runs this one does not repeat.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { request } from '../packages/scim/node_modules/undici/index.js';
import { startScimServer } from '../packages/testkit/dist/index.js';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'packages/cli/dist/bin.js');
const recordDir = join(root, 'bench');
const outDir = process.env.BENCH_RECORD === '1' ? recordDir : join(root, '.bench');
const PAGE = 1000;
const TOKEN = 'bench-token-not-a-secret';
const scales = (process.env.BENCH_SCALES ?? '1000,10000,100000').split(',').map(Number);
const latencyUsers = Number(process.env.BENCH_LATENCY_USERS ?? 100_000);
const LATENCY_MS = 20;
/** Extra node flags for the CLI process, e.g. BENCH_CLI_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof". */
const cliNodeArgs = (process.env.BENCH_CLI_NODE_ARGS ?? '').split(' ').filter((a) => a !== '');
/** A file that takes the CLI's stdout (e.g. with --trace-gc); it is thrown away otherwise. */
const cliStdout = process.env.BENCH_CLI_STDOUT;
/** A file that takes a copy of the CLI's log (its stderr), for phase timings. */
const cliLog = process.env.BENCH_CLI_LOG;

/**
 * At 100k users: 10k groups, 1M memberships, 50 roles; other scales keep the same shape. Groups nest as the
 * testkit's default directory does (a third of them are members of another group), so grant expansion runs.
 */
function shape(users) {
  return { users, groups: Math.max(1, users / 10), membershipsPerUser: 10, roles: users >= 100_000 ? 50 : Math.max(3, users / 2000), seed: 7 };
}

function config(dir) {
  const text = readFileSync(join(root, 'examples/demo.yaml'), 'utf8').replace(/pageSize: \d+/, `pageSize: ${PAGE}`);
  const file = join(dir, 'bench.yaml');
  writeFileSync(file, text);
  return file;
}

/** Expansion seconds and created grants, from the CLI's JSON log lines. */
class ExpansionLog {
  grantsDoneMs = undefined;
  expansionDoneMs = undefined;
  created = 0;
  line(text) {
    if (!text.includes('"msg":"phase complete"') && !text.includes('"msg":"Finished expanding grants"')) return;
    let entry;
    try {
      entry = JSON.parse(text);
    } catch {
      return;
    }
    if (entry.msg === 'Finished expanding grants') this.created = entry.grants_created ?? 0;
    else if (entry.phase === 'grants') this.grantsDoneMs = entry.elapsed_ms;
    else if (entry.phase === 'grant-expansion') this.expansionDoneMs = entry.elapsed_ms;
  }
  seconds() {
    if (this.grantsDoneMs === undefined || this.expansionDoneMs === undefined) return 0;
    return (this.expansionDoneMs - this.grantsDoneMs) / 1000;
  }
}

/** Runs the CLI under /usr/bin/time for its peak RSS and CPU time; resolves with seconds, exit code, MB, CPU and expansion. */
function runCli(args, dir) {
  return new Promise((resolve, reject) => {
    const rssFile = join(dir, 'rss.txt');
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '%M %U %S', '-o', rssFile, process.execPath, ...cliNodeArgs, cli, ...args], {
      stdio: ['ignore', cliStdout ? openSync(cliStdout, 'a') : 'ignore', 'pipe'],
      env: { ...process.env, BATON_LOG_FORMAT: 'json', BATON_LOG_LEVEL: 'info' },
    });
    let stderr = '';
    let partial = '';
    const expansion = new ExpansionLog();
    const logFd = cliLog ? openSync(cliLog, 'a') : undefined;
    child.stderr.on('data', (d) => {
      if (logFd !== undefined) writeSync(logFd, d);
      stderr = (stderr + d).slice(-4000);
      const lines = (partial + d).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) expansion.line(line);
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      const seconds = (performance.now() - started) / 1000;
      // Peak RSS in KB, then user and system CPU seconds of every thread (zstd workers and SQLite's sorter included).
      const [kb, user, system] = (readFileSync(rssFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number);
      expansion.line(partial);
      const cpuS = (user ?? NaN) + (system ?? NaN);
      resolve({ seconds, code, rssMb: (kb ?? NaN) / 1024, cpuS, stderr, expansionS: expansion.seconds(), created: expansion.created });
    });
  });
}

/** The raw baseline: every list page of /Users and /Groups, one after another, bodies read and thrown away. */
async function rawFetch(server) {
  const started = performance.now();
  let pages = 0;
  for (const path of ['/Users', '/Groups']) {
    for (let start = 1; ; start += PAGE) {
      const res = await request(`${server.url}${path}?startIndex=${start}&count=${PAGE}`, {
        headers: { authorization: `Bearer ${TOKEN}`, accept: 'application/scim+json' },
      });
      const body = await res.body.json();
      pages++;
      const got = body.Resources?.length ?? 0;
      if (got === 0 || start - 1 + got >= body.totalResults) break;
    }
  }
  return { seconds: (performance.now() - started) / 1000, pages };
}

async function benchOne(users, latencyMs) {
  const s = shape(users);
  const faults = latencyMs > 0 ? { slow: { delayMs: latencyMs } } : undefined;
  const server = await startScimServer({
    generate: s,
    auth: { bearer: TOKEN },
    paging: { maxPageSize: PAGE },
    ...(faults ? { faults } : {}),
  });
  const dir = mkdtempSync(join(tmpdir(), 'baton-bench-'));
  try {
    const memberships = [...server.directory.groups.values()].reduce((n, g) => n + (g.members?.length ?? 0), 0);
    const groups = server.directory.groups.size;
    const raw = await rawFetch(server);
    server.resetLog();
    const file = join(dir, 'sync.c1z');
    const args = ['--scim-config', config(dir), '--api-endpoint', server.url, '--token', TOKEN, '-f', file];
    const sync = await runCli(args, dir);
    if (sync.code !== 0) throw new Error(`sync of ${users} users exited ${sync.code}: ${sync.stderr}`);
    const rows = users + groups + memberships;
    const run = {
      users,
      groups,
      memberships,
      latency_ms: latencyMs,
      requests: server.requests.length,
      expected_requests: raw.pages,
      sync_s: round(sync.seconds),
      raw_s: round(raw.seconds),
      ratio: round(sync.seconds / raw.seconds),
      expansion_s: round(sync.expansionS),
      grants_created: sync.created,
      peak_rss_mb: Math.round(sync.rssMb),
      cli_cpu_s: round(sync.cpuS),
      c1z_bytes: statSync(file).size,
      rows_per_s: Math.round(rows / sync.seconds),
    };
    console.log(JSON.stringify(run));
    return run;
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (n) => Math.round(n * 1000) / 1000;

/**
 * BENCH_REPEAT=N runs each scale N times and records the run with the median sync time, with the range of all N:
 * on a shared 2-core machine one run of the same tree can be 15% off another.
 */
async function medianOf(users, latencyMs) {
  const repeat = Math.max(1, Number(process.env.BENCH_REPEAT ?? 1));
  const all = [];
  for (let i = 0; i < repeat; i++) all.push(await benchOne(users, latencyMs));
  if (repeat === 1) return all[0];
  const sorted = [...all].sort((a, b) => a.sync_s - b.sync_s);
  return { ...sorted[Math.floor((repeat - 1) / 2)], repeats: repeat, sync_s_min: sorted[0].sync_s, sync_s_max: sorted[repeat - 1].sync_s };
}

function chart(runs) {
  const W = 640, H = 320, L = 60, B = 40, T = 20;
  const bars = runs.map((r) => ({ label: `${r.users / 1000}k${r.latency_ms ? ` +${r.latency_ms}ms` : ''}`, sync: r.sync_s, raw: r.raw_s }));
  const max = Math.max(...bars.flatMap((b) => [b.sync, b.raw]), 0.001);
  const slot = (W - L - 10) / bars.length;
  const y = (v) => H - B - ((H - B - T) * v) / max;
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="11">`];
  parts.push(`<line x1="${L}" y1="${H - B}" x2="${W - 5}" y2="${H - B}" stroke="#333"/><line x1="${L}" y1="${T}" x2="${L}" y2="${H - B}" stroke="#333"/>`);
  for (let i = 0; i <= 4; i++) {
    const v = (max * i) / 4;
    parts.push(`<text x="${L - 5}" y="${y(v) + 4}" text-anchor="end">${v.toFixed(1)} s</text>`);
  }
  bars.forEach((b, i) => {
    const x = L + i * slot + slot * 0.15;
    const w = slot * 0.33;
    parts.push(`<rect x="${x}" y="${y(b.sync)}" width="${w}" height="${H - B - y(b.sync)}" fill="#3b6ea5"/>`);
    parts.push(`<rect x="${x + w}" y="${y(b.raw)}" width="${w}" height="${H - B - y(b.raw)}" fill="#e08a2c"/>`);
    parts.push(`<text x="${x + w}" y="${H - B + 15}" text-anchor="middle">${b.label}</text>`);
  });
  parts.push(`<rect x="${W - 150}" y="${T}" width="10" height="10" fill="#3b6ea5"/><text x="${W - 135}" y="${T + 9}">sync (CLI)</text>`);
  parts.push(`<rect x="${W - 150}" y="${T + 15}" width="10" height="10" fill="#e08a2c"/><text x="${W - 135}" y="${T + 24}">raw page fetch</text>`);
  parts.push('</svg>');
  return parts.join('\n');
}

function markdown(runs) {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const head = '| users | groups | memberships | latency ms | requests | list pages | sync s | raw s | ratio | expansion s | grants created | CLI CPU s | peak RSS MB | c1z bytes | rows/s |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|';
  const rows = runs.map((r) => `| ${r.users} | ${r.groups} | ${r.memberships} | ${r.latency_ms} | ${r.requests} | ${r.expected_requests} | ${r.sync_s}${r.repeats ? ` (${r.repeats} runs: ${r.sync_s_min}–${r.sync_s_max})` : ''} | ${r.raw_s} | ${r.ratio} | ${r.expansion_s ?? '-'} | ${r.grants_created ?? '-'} | ${r.cli_cpu_s ?? '-'} | ${r.peak_rss_mb} | ${r.c1z_bytes} | ${r.rows_per_s} |`);
  return [
    '# Sync benchmark',
    '',
    'Produced by `BENCH_RECORD=1 npm run bench` (`scripts/bench-sync.mjs`): the whole sync through the CLI in its own process into a `.c1z`, against the testkit server, beside the raw sequential fetch of the same list pages (1000 per page).',
    'Groups nest as in the testkit\'s default directory (a third of the groups are members of another group); `expansion s` is the grant-expansion phase of the sync and `grants created` the grants it added.',
    '`requests` counts every request the sync made (the connection check included); `list pages` is what the raw fetch needed.',
    '`CLI CPU s` is the sync process\'s user + system CPU time over all its threads: on this machine\'s cores no overlap of fetching and writing brings `sync s` below it divided by the core count.',
    'A `sync s` with a range is the median of that many runs (`BENCH_REPEAT`; the lower middle one for an even count), and its row is that run\'s.',
    '',
    `Machine: ${cpu}, ${availableParallelism()} CPUs, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} at the end, ${new Date().toISOString()}.`,
    '',
    head,
    ...rows,
    '',
    '![seconds per scale](results.svg)',
    '',
    ...targets(runs),
    '',
  ].join('\n');
}

/** The targets at 100k users, each marked met or missed with the measured value. */
function targets(runs) {
  const at = (users, latency) => runs.find((r) => r.users === users && r.latency_ms === latency);
  const top = at(100_000, 0);
  const million = at(1_000_000, 0);
  const slow = at(100_000, LATENCY_MS);
  const ten = at(10_000, 0);
  if (!top) return [];
  const mark = (ok) => (ok ? 'met' : 'missed');
  const lines = ['## Targets at 100k users', ''];
  // Beyond the raw fetch's pages the sync makes the connection check and, per listing (users, groups), one
  // page past the last full one: the empty page that confirms the server's total instead of trusting it.
  const needed = top.expected_requests + 1 + 2;
  lines.push(`- requests no more than the list pages + the connection check + one confirming page per listing: ${top.requests} vs ${needed} (${mark(top.requests <= needed)})`);
  lines.push(`- ratio at most 1.5: ${top.ratio} (${mark(top.ratio <= 1.5)})`);
  if (top.cli_cpu_s !== undefined) {
    // What no overlap can beat: the sync's own CPU time spread evenly over every core, with the server given none.
    const cores = availableParallelism();
    lines.push(`  - the sync's CPU time alone, spread over ${cores} cores, allows no ratio below ${round(top.cli_cpu_s / cores / top.raw_s)}`);
  }
  if (slow) lines.push(`- ratio at most 1.0 with ${LATENCY_MS} ms latency: ${slow.ratio} (${mark(slow.ratio <= 1.0)})`);
  lines.push(`- peak RSS at most 300 MB: ${top.peak_rss_mb} MB (${mark(top.peak_rss_mb <= 300)})`);
  if (million) {
    lines.push(`- at 1M users, ratio at most 1.5: ${million.ratio} (${mark(million.ratio <= 1.5)})`);
    lines.push(`- at 1M users, peak RSS at most 400 MB: ${million.peak_rss_mb} MB (${mark(million.peak_rss_mb <= 400)})`);
  }
  if (ten) {
    const growth = round(top.sync_s / top.users / (ten.sync_s / ten.users));
    lines.push(`- seconds per user at 100k at most 1.2x that at 10k: ${growth}x (${mark(growth <= 1.2)})`);
  }
  return lines;
}

// BENCH_REPORT_ONLY=1 rewrites the report from bench/results.json without running anything.
const runs = [];
if (process.env.BENCH_REPORT_ONLY === '1') runs.push(...JSON.parse(readFileSync(join(recordDir, 'results.json'), 'utf8')).runs);
else {
  for (const users of scales) runs.push(await medianOf(users, 0));
  if (latencyUsers > 0) runs.push(await medianOf(latencyUsers, LATENCY_MS));
}
// BENCH_MERGE=1 keeps the runs already recorded that this one did not repeat (e.g. a 1M-user run made on its own).
if (process.env.BENCH_MERGE === '1' && process.env.BENCH_REPORT_ONLY !== '1' && existsSync(join(outDir, 'results.json'))) {
  const same = (a, b) => a.users === b.users && a.latency_ms === b.latency_ms;
  const kept = JSON.parse(readFileSync(join(outDir, 'results.json'), 'utf8')).runs.filter((old) => !runs.some((r) => same(r, old)));
  runs.push(...kept);
  runs.sort((a, b) => a.latency_ms - b.latency_ms || a.users - b.users);
}
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'results.json'), `${JSON.stringify({ runs }, null, 2)}\n`);
writeFileSync(join(outDir, 'results.svg'), `${chart(runs)}\n`);
writeFileSync(join(outDir, 'RESULTS.md'), markdown(runs));
console.log(`wrote ${join(outDir, 'results.json')} and RESULTS.md${outDir === recordDir ? '' : ' (BENCH_RECORD=1 records them into bench/)'}`);
