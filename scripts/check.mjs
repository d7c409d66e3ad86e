// Type-checks and lints the workspace for `npm test`. The providers are checked together, in one tsc program
// and one eslint process, rather than one of each per provider: they share the same compiler options and
// the same dependencies, so checking them apart only repeats the work of loading those.
//   node scripts/check.mjs
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const PROVIDERS = './packages/providers/*';

function run(command, args) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', (err) => {
      process.stderr.write(`could not start ${command}: ${err.message}\n`);
      done(1);
    });
    child.on('close', (code) => done(code ?? 1));
  });
}

// The other packages through turbo, two at a time; then the providers' two checks side by side.
const packages = await run('pnpm', ['exec', 'turbo', 'run', 'typecheck', 'lint', '--output-logs=errors-only', '--concurrency=2', `--filter=!${PROVIDERS}`]);
const [types, lint] = await Promise.all([
  run('pnpm', ['exec', 'tsc', '-p', 'packages/providers/tsconfig.json']),
  run('pnpm', ['exec', 'eslint', 'packages/providers']),
]);
if (types !== 0) process.stderr.write('check: the providers do not type-check (tsc -p packages/providers/tsconfig.json)\n');
if (lint !== 0) process.stderr.write('check: the providers do not lint (eslint packages/providers)\n');
process.exitCode = packages === 0 && types === 0 && lint === 0 ? 0 : 1;
