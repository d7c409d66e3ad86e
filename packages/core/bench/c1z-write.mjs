// Benchmark: 1,000,000 SCIM-shaped group-membership grants through SyncFile, from encode to the renamed .c1z.
// Runs against the built package (dist/); BENCH_GRANTS and BENCH_DIR override the size and the temp location.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SyncFile, packAnnotation, pb } from '../dist/index.js';

const TOTAL = Number(process.env.BENCH_GRANTS ?? 1_000_000);
const PAGE = 1000;
const MEMBERS_PER_GROUP = 500;
const USERS = 50_000;
const cpus = availableParallelism();
const MARKS = [250_000, 500_000, 1_000_000].filter((n) => n <= TOTAL);

/** Deterministic pseudo-random user picks, so runs are comparable. */
let seed = 42;
const nextUser = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % USERS;
};
const hex = (n, width) => n.toString(16).padStart(width, '0');

/** A group resource as the SCIM connector stores it: GroupTrait with profile {group_id, group_name}. */
function groupResource(g) {
  const id = `00g${hex(g, 17)}`;
  const name = `Team ${g}`;
  const profile = { fields: { group_id: { stringValue: id }, group_name: { stringValue: name } } };
  return {
    id: { resourceType: 'group', resource: id },
    displayName: name,
    annotations: [packAnnotation('GroupTrait', { profile })],
    creationSource: 1,
  };
}

function grantPage(start) {
  const grants = [];
  for (let i = start; i < start + PAGE && i < TOTAL; i++) {
    const group = groupResource(Math.floor(i / MEMBERS_PER_GROUP));
    const entitlementId = `group:${group.id.resource}:member`;
    const user = `00u${hex(nextUser(), 17)}`;
    grants.push({
      id: `${entitlementId}:user:${user}`,
      entitlement: { id: entitlementId, resource: group },
      principal: { id: { resourceType: 'user', resource: user } },
    });
  }
  return grants;
}

function vmHwmMb() {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}
const mb = (bytes) => bytes / (1024 * 1024);

/** Time to build (and optionally encode) every page without storing it: the share of the work outside SQLite. */
function timeWithoutStore(encode) {
  seed = 42;
  const t0 = performance.now();
  for (let done = 0; done < TOTAL; done += PAGE) {
    const grants = grantPage(done);
    if (encode) for (const g of grants) pb.Grant.encode(g).finish();
  }
  seed = 42;
  return (performance.now() - t0) / 1000;
}

async function main() {
  const buildS = timeWithoutStore(false);
  const encodeS = timeWithoutStore(true) - buildS;
  const load = loadavg()[0];
  const dir = mkdtempSync(join(process.env.BENCH_DIR ?? tmpdir(), 'c1z-bench-'));
  const out = join(dir, 'bench.c1z');
  const samples = [];
  try {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    let phases = {};
    const keepPhases = (obj, msg) => {
      if (msg === 'sync saved') phases = obj.ms;
    };
    const logger = { debug() {}, warn() {}, error() {}, info: keepPhases };
    const file = await SyncFile.begin(out, { keepSyncs: 2, logger });
    let bytes = 0;
    for (let done = 0; done < TOTAL; ) {
      const grants = grantPage(done);
      if (done === 0) bytes = pb.Grant.encode(grants[0]).finish().length;
      done += grants.length;
      file.writer.commit({ grants }, JSON.stringify({ page: done }));
      if (MARKS.includes(done)) {
        const seconds = (performance.now() - t0) / 1000;
        samples.push({ rows: done, rssMb: mb(process.memoryUsage().rss), hwmMb: vmHwmMb(), seconds });
      }
    }
    const t1 = performance.now();
    await file.finish();
    const t2 = performance.now();
    const size = statSync(out).size;
    const cpu = process.cpuUsage(cpu0);
    const cpuS = (cpu.user + cpu.system) / 1e6;

    const insertS = (t1 - t0) / 1000;
    const finishS = (t2 - t1) / 1000;
    const totalS = (t2 - t0) / 1000;
    const rate = (seconds) => `${seconds.toFixed(2)} s  (${Math.round(TOTAL / seconds).toLocaleString('en-US')} grants/s)`;
    const memory = (s) => `RSS ${s.rssMb.toFixed(0)} MiB, peak (VmHWM) ${s.hwmMb.toFixed(0)} MiB, t=${s.seconds.toFixed(2)} s`;
    const rows = [
      ['grants', TOTAL.toLocaleString('en-US')],
      ['grant blob size (first grant)', `${bytes} B`],
      ['encode + insert (commit calls)', rate(insertS)],
      ['  of which building test objects', `${buildS.toFixed(2)} s (measured in a separate pass)`],
      ['  of which protobuf encoding', `${encodeS.toFixed(2)} s (measured in a separate pass)`],
      ['  of which SQLite (rest)', `${(insertS - buildS - encodeS).toFixed(2)} s`],
      ['finish (indexes, end, checkpoint, compress, rename)', `${finishS.toFixed(2)} s`],
      ...Object.entries(phases).map(([k, v]) => [`  of which ${k}`, `${(v / 1000).toFixed(2)} s`]),
      ['total', rate(totalS)],
      ['total without building test objects', rate(totalS - buildS)],
      ['CPU time of this process (all threads)', `${cpuS.toFixed(2)} s = ${((100 * cpuS) / totalS).toFixed(0)}% of wall`],
      ['output .c1z size', `${mb(size).toFixed(1)} MiB`],
      ...samples.map((s) => [`memory at ${s.rows.toLocaleString('en-US')} rows`, memory(s)]),
      ['peak RSS after finish (VmHWM)', `${vmHwmMb().toFixed(0)} MiB`],
    ];
    const width = Math.max(...rows.map((r) => r[0].length));
    const context = `pages of ${PAGE} grants; 1-min load average at start ${load.toFixed(2)} on ${cpus} cores`;
    console.log(`\nc1z write benchmark (SyncFile, ${context})`);
    for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
    const target = 200_000;
    const verdict = TOTAL / totalS >= target ? 'met' : 'NOT met';
    console.log(`  ${'target'.padEnd(width)}  ${target.toLocaleString('en-US')} grants/s overall: ${verdict}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
