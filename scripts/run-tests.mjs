// Runs every package's tests through turbo, streams their output, and ends with one total line.
//
// Every package runs even when an earlier one fails (turbo --continue), and the totals come from the JSON
// report each package's vitest writes, read once turbo has closed its output, so no package or late line is
// lost from the count. A package that produced no report (its build failed, or vitest did not start) and a
// test file that failed outside any test (an import error, a failing hook) each count as one failed test, so
// a broken package can never leave the total at "0 failed". The last line is always
// `tests: N passed, N failed`, and the exit code is non-zero whenever anything failed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
/** Relative to each package: vitest resolves a relative outputFile against the package's root. */
const REPORT = 'node_modules/.cache/run-tests/vitest.json';
/** Extra turbo arguments, e.g. `--filter=@baton-scim/core`, apply to both the package list and the run. */
const TURBO_ARGS = process.argv.slice(2);

/** The packages turbo will run `test` in, from its dry run, so the list never drifts from the workspace. */
function testPackages() {
  const dry = spawnSync('pnpm', ['exec', 'turbo', 'run', 'test', '--dry=json', ...TURBO_ARGS], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (dry.status !== 0) {
    process.stderr.write(dry.stderr);
    throw new Error('turbo run test --dry=json failed; see above');
  }
  return JSON.parse(dry.stdout).tasks
    .filter((t) => t.task === 'test' && t.command && t.command !== '<NONEXISTENT>')
    .map((t) => ({ name: t.package, report: join(ROOT, t.directory, REPORT) }));
}

/** Counts of one package's report, or one failure when it has none. */
function countsOf(pkg) {
  if (!existsSync(pkg.report)) return { passed: 0, failed: 1, skipped: 0, problem: `${pkg.name}: no test report (its build failed or vitest did not start)` };
  const report = JSON.parse(readFileSync(pkg.report, 'utf8'));
  // A file that failed with no failing test in it (import error, hook failure) is otherwise invisible.
  const brokenFiles = report.testResults.filter((f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed'));
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles.length,
    skipped: report.numPendingTests + report.numTodoTests,
    problem: brokenFiles.length > 0 ? `${pkg.name}: ${brokenFiles.map((f) => f.name).join(', ')} failed outside any test` : undefined,
  };
}

const packages = testPackages();
for (const pkg of packages) rmSync(pkg.report, { force: true });

const child = spawn(
  'pnpm',
  [
    'exec', 'turbo', 'run', 'test', '--concurrency=1', '--output-logs=full', '--continue=dependencies-successful',
    ...TURBO_ARGS,
    '--', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORT}`,
  ],
  { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, FORCE_COLOR: '0' } },
);
child.on('error', (err) => {
  process.stderr.write(`could not start turbo: ${err.message}\n`);
});
// `close`, not `exit`: the child's output streams are drained by then.
child.on('close', (code) => {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const pkg of packages) {
    const counts = countsOf(pkg);
    passed += counts.passed;
    failed += counts.failed;
    skipped += counts.skipped;
    if (counts.problem) process.stdout.write(`${counts.problem}\n`);
  }
  if (skipped > 0) process.stdout.write(`${skipped} tests skipped\n`);
  process.stdout.write(`\ntests: ${passed} passed, ${failed} failed\n`);
  // exitCode rather than exit(): the total line is flushed before the process ends, even into a pipe.
  process.exitCode = code === 0 && failed === 0 ? 0 : 1;
});
