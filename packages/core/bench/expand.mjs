// Benchmark: grant expansion on its own, beside the plain write of the grants it expands.
// 10k groups of 100 members among 100k users (1M membership grants); a third of the groups are members of another
// group, as in the testkit's default directory. Runs against the built package; BENCH_EXPAND_GROUPS sets the size.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SyncFile, expandGrants, packAnnotation } from '../dist/index.js';

const GROUPS = Number(process.env.BENCH_EXPAND_GROUPS ?? 10_000);
const USERS = GROUPS * 10;
const MEMBERS = 100;
const PAGE = 1000;

/** Deterministic picks, so runs are comparable. */
let seed = 7;
const pick = (n) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
const groupId = (g) => `g${String(g).padStart(8, '0')}-4a1b-9c2d`;
const userId = (u) => `u${String(u).padStart(8, '0')}-7e3f-8a6b`;
const group = (g) => ({
  id: { resourceType: 'group', resource: groupId(g) },
  displayName: `Team ${g}`,
  annotations: [packAnnotation('GroupTrait', { profile: { fields: { group_id: { stringValue: groupId(g) } } } })],
});
const member = (g) => ({ id: `group:${groupId(g)}:member`, resource: group(g), displayName: `Team ${g} member`, slug: 'member', purpose: 2 });

/** Bytes this process has passed to write(2) so far: the WAL frames and checkpoints SQLite writes. */
function bytesWritten() {
  const m = /^wchar:\s+(\d+)/m.exec(readFileSync('/proc/self/io', 'utf8'));
  return m ? Number(m[1]) : NaN;
}

function* grantPages() {
  let grants = [];
  for (let g = 0; g < GROUPS; g++) {
    const entitlement = member(g);
    for (let m = 0; m < MEMBERS; m++) {
      const user = userId(pick(USERS));
      grants.push({ id: `${entitlement.id}:user:${user}`, entitlement, principal: { id: { resourceType: 'user', resource: user } } });
    }
    // A third of the groups are members of a group listed before them, so the nesting has no cycle.
    if (g % 3 === 1) {
      const parent = member(pick(g));
      grants.push({
        id: `${parent.id}:group:${groupId(g)}`,
        entitlement: parent,
        principal: group(g),
        annotations: [packAnnotation('GrantExpandable', { entitlementIds: [entitlement.id] })],
      });
    }
    if (grants.length >= PAGE || g === GROUPS - 1) {
      yield grants;
      grants = [];
    }
  }
}

async function main() {
  const load = loadavg()[0];
  const dir = mkdtempSync(join(process.env.BENCH_DIR ?? tmpdir(), 'expand-bench-'));
  try {
    const file = await SyncFile.begin(join(dir, 'bench.c1z'), { keepSyncs: 1 });
    const writer = file.writer;
    for (let start = 0; start < USERS; start += PAGE) {
      const resources = [];
      for (let u = start; u < Math.min(USERS, start + PAGE); u++) resources.push({ id: { resourceType: 'user', resource: userId(u) }, displayName: `User ${u}` });
      writer.commit({ resources }, '');
    }
    for (let start = 0; start < GROUPS; start += PAGE) {
      const groups = Array.from({ length: Math.min(PAGE, GROUPS - start) }, (_, i) => start + i);
      writer.commit({ resources: groups.map(group), entitlements: groups.map(member) }, '');
    }
    let direct = 0;
    const t0 = performance.now();
    for (const grants of grantPages()) {
      writer.commit({ grants }, '');
      direct += grants.length;
    }
    const t1 = performance.now();
    let written = 0;
    const commit = writer.commit.bind(writer);
    writer.commit = (page, checkpoint) => {
      written += page.grants?.length ?? 0;
      commit(page, checkpoint);
    };
    const w0 = bytesWritten();
    const result = await expandGrants(writer);
    const t2 = performance.now();
    const expandBytes = bytesWritten() - w0;
    await file.abandon();

    const writeS = (t1 - t0) / 1000;
    const expandS = (t2 - t1) / 1000;
    const rate = (n, s) => `${Math.round(n / s).toLocaleString('en-US')}/s`;
    const rows = [
      ['direct grants written (plain load)', `${direct.toLocaleString('en-US')} in ${writeS.toFixed(2)} s (${rate(direct, writeS)})`],
      ['expansion', `${expandS.toFixed(2)} s`],
      ['  grants created', `${result.grantsCreated.toLocaleString('en-US')} (${rate(result.grantsCreated, expandS)})`],
      ['  grants written (created + sources added)', `${written.toLocaleString('en-US')} (${rate(written, expandS)})`],
      ['  bytes written by SQLite (WAL, checkpoints)', `${(expandBytes / 2 ** 20).toFixed(0)} MiB, ${Math.round(expandBytes / written).toLocaleString('en-US')} B per grant written`],
      ['expansion rate / plain write rate', `${(written / expandS / (direct / writeS)).toFixed(2)}`],
    ];
    const width = Math.max(...rows.map((r) => r[0].length));
    console.log(`\ngrant expansion benchmark (${GROUPS.toLocaleString('en-US')} groups of ${MEMBERS}, a third nested; 1-min load average at start ${load.toFixed(2)} on ${availableParallelism()} cores)`);
    for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
