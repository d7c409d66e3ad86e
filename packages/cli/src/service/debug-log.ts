// The debug log ConductorOne asks for with Task.debug: every line of the task, at debug level, as JSON, with
// secrets scrubbed like the process log; uploaded as a second asset after the task's own.
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import type { Logger as PinoLogger } from 'pino';
import { createLogger } from '../output/logger.js';

export interface DebugLog {
  readonly file: string;
  readonly logger: PinoLogger;
  /** Flushes and closes the file; lines written afterwards are dropped. */
  close(): Promise<void>;
}

export function openDebugLog(dir: string, secrets: readonly string[]): DebugLog {
  const file = join(dir, 'debug.log');
  const out = createWriteStream(file, { flags: 'wx', mode: 0o600 });
  let open = true;
  const sink = {
    write: (chunk: string | Buffer): boolean => (open ? out.write(chunk) : true),
  } as unknown as NodeJS.WritableStream;
  const logger = createLogger({ level: 'debug', format: 'json', secrets, destination: sink });
  return {
    file,
    logger,
    close: () => new Promise<void>((resolve, reject) => {
      open = false;
      out.end((err?: Error | null) => (err ? reject(err) : resolve()));
    }),
  };
}
