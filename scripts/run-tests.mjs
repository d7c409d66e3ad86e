// Runs every package's tests through turbo, streams their output, and ends with one total line.
import { spawn } from 'node:child_process';

const child = spawn('pnpm', ['exec', 'turbo', 'run', 'test', '--concurrency=1', '--output-logs=full'], {
  stdio: ['ignore', 'pipe', 'inherit'],
  env: { ...process.env, FORCE_COLOR: '0' },
});
let passed = 0;
let failed = 0;
let skipped = 0;
let buffer = '';
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  buffer += chunk.toString();
  const lines = buffer.split('\n');
  buffer = lines.pop() ?? '';
  for (const raw of lines) {
    // eslint-disable-next-line no-control-regex
    const line = raw.replace(/\x1b\[[0-9;]*m/g, '');
    const m = /\bTests\s+(.*)\(\d+\)\s*$/.exec(line);
    if (!m) continue;
    passed += Number(/(\d+) passed/.exec(m[1])?.[1] ?? 0);
    failed += Number(/(\d+) failed/.exec(m[1])?.[1] ?? 0);
    skipped += Number(/(\d+) skipped/.exec(m[1])?.[1] ?? 0);
  }
});
child.on('exit', (code) => {
  process.stdout.write(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  process.exit(code ?? 1);
});
