// Benchmark: a whole sync through the CLI (its own process) against the testkit server, beside the raw
// sequential list-page fetch of the same server. Writes .bench/results.json and .bench/RESULTS.md (+ chart SVG);
// with BENCH_RECORD=1, the tracked bench/ copies instead.
// BENCH_SCALES (e.g. "1000,10000") and BENCH_LATENCY_USERS (0 to skip the latency runs) shorten it.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { request } from '../packages/scim/node_modules/undici/index.js';
import { startScimServer } from '../packages/testkit/dist/index.js';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'packages/cli/dist/bin.js');
// The tracked figures in bench/ change only when asked (BENCH_RECORD=1); any other run writes to .bench/ (ignored).
const outDir = join(root, process.env.BENCH_RECORD === '1' ? 'bench' : '.bench');
const PAGE = 1000;
const TOKEN = 'bench-token-not-a-secret';
const scales = (process.env.BENCH_SCALES ?? '1000,10000,100000').split(',').map(Number);
const latencyUsers = Number(process.env.BENCH_LATENCY_USERS ?? 100_000);
const LATENCY_MS = 20;

/** At 100k users: 10k groups, 1M memberships, 50 roles; smaller scales keep the same shape. */
function shape(users) {
  return { users, groups: Math.max(1, users / 10), membershipsPerUser: 10, roles: users >= 100_000 ? 50 : Math.max(3, users / 2000), seed: 7, nestedGroups: 0 };
}

function config(dir) {
  const text = readFileSync(join(root, 'examples/demo.yaml'), 'utf8').replace(/pageSize: \d+/, `pageSize: ${PAGE}`);
  const file = join(dir, 'bench.yaml');
  writeFileSync(file, text);
  return file;
}

/** Runs the CLI under /usr/bin/time for its peak RSS; resolves with seconds, exit code and KB. */
function runCli(args, dir) {
  return new Promise((resolve, reject) => {
    const rssFile = join(dir, 'rss.txt');
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '%M', '-o', rssFile, process.execPath, cli, ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, BATON_LOG_FORMAT: 'json', BATON_LOG_LEVEL: 'warn' },
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
    child.on('error', reject);
    child.on('exit', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const kb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
      resolve({ seconds, code, rssMb: kb / 1024, stderr });
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
      peak_rss_mb: Math.round(sync.rssMb),
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
  const head = '| users | groups | memberships | latency ms | requests | list pages | sync s | raw s | ratio | peak RSS MB | c1z bytes | rows/s |\n|---|---|---|---|---|---|---|---|---|---|---|---|';
  const rows = runs.map((r) => `| ${r.users} | ${r.groups} | ${r.memberships} | ${r.latency_ms} | ${r.requests} | ${r.expected_requests} | ${r.sync_s} | ${r.raw_s} | ${r.ratio} | ${r.peak_rss_mb} | ${r.c1z_bytes} | ${r.rows_per_s} |`);
  return [
    '# Sync benchmark',
    '',
    'Produced by `npm run bench` (`scripts/bench-sync.mjs`): the whole sync through the CLI in its own process into a `.c1z`, against the testkit server, beside the raw sequential fetch of the same list pages (1000 per page).',
    '`requests` counts every request the sync made (the connection check included); `list pages` is what the raw fetch needed.',
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
  const slow = at(100_000, LATENCY_MS);
  const ten = at(10_000, 0);
  if (!top) return [];
  const mark = (ok) => (ok ? 'met' : 'missed');
  const lines = ['## Targets at 100k users', ''];
  lines.push(`- requests equal to the list pages: ${top.requests} vs ${top.expected_requests} (${mark(top.requests === top.expected_requests)})`);
  lines.push(`- ratio at most 1.5: ${top.ratio} (${mark(top.ratio <= 1.5)})`);
  if (slow) lines.push(`- ratio at most 1.0 with ${LATENCY_MS} ms latency: ${slow.ratio} (${mark(slow.ratio <= 1.0)})`);
  lines.push(`- peak RSS at most 300 MB: ${top.peak_rss_mb} MB (${mark(top.peak_rss_mb <= 300)})`);
  if (ten) {
    const growth = round(top.sync_s / top.users / (ten.sync_s / ten.users));
    lines.push(`- seconds per user at 100k at most 1.2x that at 10k: ${growth}x (${mark(growth <= 1.2)})`);
  }
  return lines;
}

// BENCH_REPORT_ONLY=1 rewrites the report from bench/results.json without running anything.
const runs = [];
if (process.env.BENCH_REPORT_ONLY === '1') runs.push(...JSON.parse(readFileSync(join(outDir, 'results.json'), 'utf8')).runs);
else {
  for (const users of scales) runs.push(await benchOne(users, 0));
  if (latencyUsers > 0) runs.push(await benchOne(latencyUsers, LATENCY_MS));
}
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'results.json'), `${JSON.stringify({ runs }, null, 2)}\n`);
writeFileSync(join(outDir, 'results.svg'), `${chart(runs)}\n`);
writeFileSync(join(outDir, 'RESULTS.md'), markdown(runs));
console.log(`wrote ${join(outDir, 'results.json')} and RESULTS.md`);
