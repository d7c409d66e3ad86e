// Runs baton-scim in the real process: signals, a reader that stops listening, and the exit code.
import type { StopControl } from './io.js';
import { main } from './index.js';
import { exitCodeForSignal, STOP_GRACE_MS } from './signals.js';

export interface ProcessOptions {
  /** Extra package directories for provider discovery (see CliIo.providerRoots). */
  readonly providerRoots?: readonly string[];
}

export async function runProcess(options: ProcessOptions = {}): Promise<void> {
  const controller = new AbortController();
  const stop: StopControl = { graceMs: STOP_GRACE_MS, signalSetsExitCode: true };
  let signalled: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals): void => {
    const code = exitCodeForSignal(signal);
    if (signalled !== undefined) process.exit(code);
    signalled = signal;
    // Set here as well: the signal may be handled after main() already returned its own code.
    if (stop.signalSetsExitCode) process.exitCode = code;
    if (stop.announce) stop.announce(signal);
    else process.stderr.write(`\nstopping after the current page (${signal}; send it again to quit at once)…\n`);
    controller.abort();
    // The abort reaches the engine and every in-flight request; if the work still has not ended by
    // then, leave anyway: files are only ever replaced atomically, so stopping here is as safe as a
    // crash and the next run resumes or starts over.
    setTimeout(() => process.exit(stop.signalSetsExitCode ? code : 1), stop.graceMs).unref();
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
  // A signal decides the exit code even when the work finished in the same moment: the caller asked to stop.
  else process.exitCode = signalled !== undefined && stop.signalSetsExitCode ? exitCodeForSignal(signalled) : code;
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
