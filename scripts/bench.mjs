// Runs the workspace benchmarks one after another against the built packages (`npm run bench` builds first).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Each entry is a plain .mjs file that imports a package's dist/ and prints its own summary table. */
const BENCHES = [
  { name: 'c1z write (core)', file: 'packages/core/bench/c1z-write.mjs', needs: 'packages/core/dist/index.js' },
  { name: 'grant expansion (core)', file: 'packages/core/bench/expand.mjs', needs: 'packages/core/dist/index.js' },
  // Writes .bench/results.json and RESULTS.md (BENCH_RECORD=1: into bench/); BENCH_SCALES / BENCH_LATENCY_USERS choose the runs.
  // The testkit server runs in the benchmark's own process: at 1M users its directory needs more than Node's default heap.
  { name: 'sync vs raw page fetch (cli + testkit)', file: 'scripts/bench-sync.mjs', needs: 'packages/cli/dist/bin.js', node: ['--max-old-space-size=12288'] },
];

let failed = 0;
for (const bench of BENCHES) {
  if (!existsSync(join(root, bench.needs))) {
    console.error(`bench: ${bench.needs} is missing; run "pnpm build" (or "npm run bench", which builds) first`);
    process.exit(1);
  }
  console.log(`\n=== ${bench.name}: node ${bench.file}`);
  const result = spawnSync(process.execPath, [...(bench.node ?? []), join(root, bench.file)], { stdio: 'inherit', cwd: root });
  if (result.status !== 0) {
    console.error(`bench: ${bench.file} failed (exit ${result.status ?? result.signal})`);
    failed++;
  }
}
process.exit(failed === 0 ? 0 : 1);
