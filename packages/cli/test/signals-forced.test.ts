// When the work does not end on a stop (a provider hook that ignores the abort), the process still leaves:
// on its own once the grace period is over, or at once on a second signal.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as tick } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { CONFIG, tempDir } from './support/run.js';

const BIN = new URL('../dist/bin.js', import.meta.url).pathname;

/** A project with a provider whose authenticate hook says "stuck" and then never returns, whatever the signal. */
function projectWithStuckProvider(): string {
  const cwd = tempDir();
  writeFileSync(join(cwd, 'package.json'), JSON.stringify({ name: 'p', dependencies: { '@acme/provider-stuck': '*' } }));
  const pkg = join(cwd, 'node_modules/@acme/provider-stuck');
  mkdirSync(pkg, { recursive: true });
  copyFileSync(CONFIG, join(pkg, 'provider.yaml'));
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: '@acme/provider-stuck', version: '1.0.0', type: 'module', main: 'index.js', batonScim: { provider: 'stuck', apiVersion: 1 } }));
  writeFileSync(join(pkg, 'index.js'), [
    'const authenticate = () => {',
    '  setInterval(() => {}, 60_000);',
    "  process.stderr.write('STUCK\\n');",
    '  return new Promise(() => {});',
    '};',
    "export default Object.freeze({ id: 'stuck', displayName: 'Stuck', config: new URL('./provider.yaml', import.meta.url),",
    "  hooks: Object.freeze({ authenticate }), brand: 'baton-scim.provider', apiVersion: 1 });",
  ].join('\n'));
  return cwd;
}

let child: ChildProcess | undefined;
afterEach(() => {
  // A product that fails these tests would leave the child running; it is ended here, by its own pid.
  if (child?.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  child = undefined;
});

async function startStuck(): Promise<{ child: ChildProcess; stderr: () => string; done: Promise<{ code: number | null; signal: NodeJS.Signals | null }> }> {
  const cwd = projectWithStuckProvider();
  const c = spawn(process.execPath, [BIN, '--service-provider', 'stuck', '--api-endpoint', 'http://127.0.0.1:9/scim/v2', '--token', 'tok-x', '-f', join(cwd, 'sync.c1z')], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  child = c;
  let stderr = '';
  c.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => c.on('close', (code, signal) => resolve({ code, signal })));
  while (!stderr.includes('STUCK')) await tick();
  return { child: c, stderr: () => stderr, done };
}

describe('a stop the work does not honour', () => {
  it('ends the process by itself after the grace period, with the signal exit code', async () => {
    const run = await startStuck();
    run.child.kill('SIGTERM');
    const result = await run.done;
    expect(result, run.stderr()).toEqual({ code: 143, signal: null });
    expect(run.stderr()).toContain('stopping after the current page (SIGTERM');
  });

  it('ends at once on a second signal, with that signal exit code (the grace exit would give the first)', async () => {
    const run = await startStuck();
    run.child.kill('SIGTERM');
    while (!run.stderr().includes('stopping after the current page')) await tick();
    run.child.kill('SIGINT');
    const result = await run.done;
    expect(result, run.stderr()).toEqual({ code: 130, signal: null });
  });
});
