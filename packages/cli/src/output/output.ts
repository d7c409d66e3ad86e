// Where a command's diagnostics go: the logger (JSON or console), the terminal screen shared with the
// progress bar, and warnings about flags that always reach the user.
import type { Logger } from 'pino';
import type { CliIo } from '../io.js';
import type { ResolvedFlags } from '../options/resolve.js';
import { createLogger, scrubText, wantsColor, type LogFormat } from './logger.js';
import { createScreen, type Screen } from './screen.js';

export interface Output {
  readonly format: LogFormat;
  readonly logger: Logger;
  /** The live terminal, when stderr is one. */
  readonly screen: Screen | undefined;
  /** A warning shown whatever the log level: a log line in JSON, a `warning:` line for a person. */
  warn(message: string): void;
}

/**
 * JSON logs default to info, as the Go connector's. Console logs default to error: a person reads the
 * progress bar and the final summary, and asks for the log with --log-level.
 */
export function outputFor(flags: ResolvedFlags, io: CliIo, secrets: readonly string[]): Output {
  const format = (flags.string('log-format') ?? (io.interactive ? 'console' : 'json')) as LogFormat;
  const level = flags.string('log-level') ?? (format === 'json' ? 'info' : 'error');
  const screen = io.interactive ? createScreen(io.stderr) : undefined;
  // The screen's stream is not itself a terminal; whether stderr is one decides the colour.
  const color = wantsColor(io.env, io.interactive);
  const logger = createLogger({ level, format, secrets, destination: screen?.stream ?? io.stderr, color });
  return {
    format,
    logger,
    screen,
    warn: (message) => {
      if (format === 'json') logger.warn(message);
      else (screen?.stream ?? io.stderr).write(`warning: ${scrubText(message, secrets)}\n`);
    },
  };
}
