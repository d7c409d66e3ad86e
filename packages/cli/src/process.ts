// Runs baton-scim in the real process: signals, a reader that stops listening, and the exit code.
import { main } from './index.js';

export interface ProcessOptions {
  /** Extra package directories for provider discovery (see CliIo.providerRoots). */
  readonly providerRoots?: readonly string[];
}

export async function runProcess(options: ProcessOptions = {}): Promise<void> {
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
  const readerGone = quietOnClosedStdout();

  const code = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    interactive: process.stderr.isTTY === true,
    signal: controller.signal,
    ...(options.providerRoots ? { providerRoots: options.providerRoots } : {}),
  });
  // `inspect … | head` closing the pipe early is the reader's choice, not a failure.
  process.exitCode = readerGone() ? 0 : code;
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
