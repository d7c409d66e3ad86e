// Runs baton-scim in the real process: signals, a reader that stops listening, and the exit code.
import { setFlagsFromString } from 'node:v8';
import type { StopControl } from './io.js';
import { main } from './main.js';
import { exitCodeAfter, exitCodeForSignal, STOP_GRACE_MS } from './signals.js';

export interface ProcessOptions {
  /** Extra package directories for provider discovery (see CliIo.providerRoots). */
  readonly providerRoots?: readonly string[];
}

/**
 * V8 grows its heap to a multiple of what survived the last full collection, so a sync that parses large pages
 * holds several pages' worth of garbage (100k users: 566 MB peak RSS, heap used at times 300 MB of which under
 * 160 MB live). Growing it by 10% instead collects sooner, with no hard limit to run into: 316 MB, same time.
 * A value the user gives in NODE_OPTIONS or on node's command line wins.
 */
export const HEAP_GROWING_PERCENT = 10;

function boundHeapGrowth(): void {
  const given = [...process.execArgv, process.env['NODE_OPTIONS'] ?? ''].some((a) => a.includes('heap-growing-percent'));
  if (!given) setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

export async function runProcess(options: ProcessOptions = {}): Promise<void> {
  boundHeapGrowth();
  const controller = new AbortController();
  const stop: StopControl = { graceMs: STOP_GRACE_MS, signalSetsExitCode: true };
  let signalled: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals): void => {
    const code = exitCodeForSignal(signal);
    if (signalled !== undefined) process.exit(code);
    signalled = signal;
    // Set here as well: the signal may be handled after main() already returned its own code.
    if (stop.signalSetsExitCode && stop.saved !== true) process.exitCode = code;
    if (stop.announce) stop.announce(signal);
    else process.stderr.write(`\nstopping after the current page (${signal}; send it again to quit at once)…\n`);
    controller.abort();
    // The abort reaches the engine and every in-flight request; if the work still has not ended by
    // then, leave anyway: files are only ever replaced atomically, so stopping here is as safe as a
    // crash and the next run resumes or starts over.
    setTimeout(() => process.exit(stop.saved === true ? 0 : stop.signalSetsExitCode ? code : 1), stop.graceMs).unref();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const readerGone = quietOnClosedStdout();

  const code = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    interactive: process.stderr.isTTY === true,
    signal: controller.signal,
    stop,
    ...(options.providerRoots ? { providerRoots: options.providerRoots } : {}),
  });
  // A signal that arrived while the last step computed synchronously is still waiting in the event loop's
  // poll phase; let it be seen before the exit code is decided (the process would otherwise exit without it).
  await new Promise<void>((resolve) => setImmediate(resolve));
  // `inspect … | head` closing the pipe early is the reader's choice, not a failure.
  if (readerGone()) process.exitCode = 0;
  else process.exitCode = exitCodeAfter(code, signalled, stop);
}

/**
 * Once the reader of stdout has gone (EPIPE), the rest of the output is dropped without a stack trace;
 * returns whether that happened.
 */
function quietOnClosedStdout(): () => boolean {
  let gone = false;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || gone) {
      gone = true;
      return;
    }
    throw err;
  });
  return () => gone;
}
