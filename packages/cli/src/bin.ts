#!/usr/bin/env node
// The baton-scim executable: wires the real process into main().
import { main } from './index.js';

const controller = new AbortController();
let interrupts = 0;
const onSignal = (): void => {
  interrupts += 1;
  if (interrupts > 1) process.exit(130);
  process.stderr.write('\nstopping after the current page (Ctrl-C again to quit at once)…\n');
  controller.abort();
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
process.exitCode = code;
