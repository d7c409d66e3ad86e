// Public API of @baton-scim/cli: run the command in-process (tests, embedding).
import { CommanderError } from 'commander';
import { EXIT, print, type CliIo } from './io.js';
import { buildProgram } from './program.js';

export type { CliIo } from './io.js';
export { EXIT } from './io.js';

/** Runs baton-scim with `argv` (without node and script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => { code = c; });
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    print(io.stderr, `error: ${(err as Error).message}`);
    return EXIT.failure;
  }
  return code;
}
export { runProcess, type ProcessOptions } from './process.js';
