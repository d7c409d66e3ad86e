// Turns a command's outcome into output and an exit code; every error is printed once, clearly.
import { BatonError, type Logger } from '@baton-scim/core';
import { EXIT, print, type CliIo } from '../io.js';
import { UsageError } from '../options/usage-error.js';

export async function handle(io: CliIo, setExit: (code: number) => void, run: () => Promise<string | void> | string | void): Promise<void> {
  try {
    const out = await run();
    if (out) io.stdout.write(out.endsWith('\n') ? out : out + '\n');
    setExit(EXIT.ok);
  } catch (err) {
    setExit(reportError(io, err));
  }
}

/** How a final error line is written: plain `error: …` lines by default; service mode logs them as JSON. */
export type ErrorWriter = (kind: 'error' | 'stopped', message: string) => void;

/** Final error lines as log entries of `logger` (JSON logs stay one JSON document a line). */
export function loggerErrorWriter(logger: Pick<Logger, 'warn' | 'error'>): ErrorWriter {
  return (kind, message) => (kind === 'stopped' ? logger.warn({}, `stopped: ${message}`) : logger.error({}, message));
}

export function reportError(io: CliIo, err: unknown, write: ErrorWriter = (kind, message) => print(io.stderr, `${kind}: ${message}`)): number {
  if (err instanceof UsageError) {
    for (const p of err.problems) write('error', p);
    return EXIT.usage;
  }
  if (err instanceof Error && err.name === 'ConfigError') {
    for (const line of err.message.split('\n')) write('error', line);
    return EXIT.usage;
  }
  if (hasProblems(err)) {
    for (const p of err.problems) write('error', p);
    return EXIT.usage;
  }
  if (err instanceof BatonError && err.code === 'cancelled') {
    write('stopped', err.message);
    return EXIT.cancelled;
  }
  write('error', err instanceof Error ? err.message : String(err));
  return EXIT.failure;
}

function hasProblems(err: unknown): err is { problems: readonly string[] } {
  return typeof err === 'object' && err !== null && Array.isArray((err as { problems?: unknown }).problems);
}
