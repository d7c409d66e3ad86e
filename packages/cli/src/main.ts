// Runs the command tree in-process and turns its outcome into an exit code.
import { CommanderError } from 'commander';
import { EXIT, print, type CliIo } from './io.js';
import { buildProgram } from './program.js';

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
