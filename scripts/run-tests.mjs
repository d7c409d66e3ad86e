// Runs every package's tests (turbo, and one vitest run for all the providers), streams their output, and ends
// with one total line.
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
const USER_ARGS = process.argv.slice(2);
/**
 * With no arguments (`npm test`), the providers run together in one vitest process (vitest.providers.config.ts)
 * after the other packages, instead of one vitest start-up each through turbo.
 */
const PROVIDERS_TOGETHER = USER_ARGS.length === 0;
const TURBO_ARGS = PROVIDERS_TOGETHER ? ['--filter=!./packages/providers/*'] : USER_ARGS;
const PROVIDERS_REPORT = join(ROOT, REPORT.replace('vitest.json', 'providers.json'));
/** Colour only for a terminal: piped into a log, escape codes are noise (and FORCE_COLOR=0 turns colour on in vitest). */
const COLOUR = process.stdout.isTTY === true;
const childEnv = { ...process.env };
delete childEnv.FORCE_COLOR;
if (!COLOUR) childEnv.NO_COLOR = '1';

/** The packages turbo will run `test` in, from its dry run, so the list never drifts from the workspace. */
function testPackages() {
  const dry = spawnSync('pnpm', ['exec', 'turbo', 'run', 'test', '--dry=json', ...TURBO_ARGS], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20, env: childEnv });
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
if (PROVIDERS_TOGETHER) packages.push({ name: 'providers (vitest.providers.config.ts)', report: PROVIDERS_REPORT });
for (const pkg of packages) rmSync(pkg.report, { force: true });

/** Runs a command to its end with the output streamed; resolves its exit code (1 when it could not start). */
function run(command, args) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], env: childEnv });
    child.on('error', (err) => {
      process.stderr.write(`could not start ${command}: ${err.message}\n`);
    });
    // `close`, not `exit`: the child's output streams are drained by then.
    child.on('close', (code) => done(code ?? 1));
  });
}

const turboCode = await run('pnpm', [
  'exec', 'turbo', 'run', 'test', '--concurrency=1', '--output-logs=full', '--continue=dependencies-successful',
  ...(COLOUR ? [] : ['--no-color']),
  ...TURBO_ARGS,
  '--', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORT}`,
]);
const providersCode = PROVIDERS_TOGETHER
  ? await run('pnpm', ['exec', 'vitest', 'run', '--config', 'vitest.providers.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${PROVIDERS_REPORT}`])
  : 0;
{
  const code = turboCode === 0 ? providersCode : turboCode;
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
}
