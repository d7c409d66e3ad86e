#!/usr/bin/env node
// The baton-scim executable: wires the real process into main().
import { main } from './index.js';
import { exitCodeForSignal, STOP_GRACE_MS } from './signals.js';

const controller = new AbortController();
let signalled: NodeJS.Signals | undefined;
const onSignal = (signal: NodeJS.Signals): void => {
  const code = exitCodeForSignal(signal);
  if (signalled !== undefined) process.exit(code);
  signalled = signal;
  // Set here as well: the signal may be handled after main() already returned its own code.
  process.exitCode = code;
  process.stderr.write(`\nstopping after the current page (${signal}; send it again to quit at once)…\n`);
  controller.abort();
  // The abort reaches the engine and every in-flight request; if the work still has not ended by
  // then, leave anyway: files are only ever replaced atomically, so stopping here is as safe as a
  // crash and the next run resumes or starts over.
  setTimeout(() => process.exit(code), STOP_GRACE_MS).unref();
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  interactive: process.stderr.isTTY === true,
  signal: controller.signal,
});
// A signal decides the exit code even when the work finished in the same moment: the caller asked to stop.
process.exitCode = signalled === undefined ? code : exitCodeForSignal(signalled);
