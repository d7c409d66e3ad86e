// Builds the baton-scim command tree: the root (sync / one-shot provisioning) and its subcommands.
import { Command, Option } from 'commander';
import { addRootFlags } from './options/program-flags.js';
import type { CliIo } from './io.js';
import { registerInspect } from './commands/inspect.js';
import { registerExplore } from './commands/explore.js';
import { registerTools } from './commands/tools.js';
import { runRoot } from './commands/root.js';

export const VERSION = '0.1.0';

export function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command('baton-scim')
    .description('Sync users, groups and roles from any SCIM 2.0 service provider into a .c1z file, and provision access.')
    .version(`baton-scim version ${VERSION}`, '-v, --version')
    .showSuggestionAfterError()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .exitOverride();
  addRootFlags(program);
  program.action(async () => setExit(await runRoot(program, io)));
  registerTools(program, io, setExit);
  registerInspect(program, io, setExit);
  registerExplore(program, io, setExit);
  return program;
}

export function outputOption(): Option {
  return new Option('-o, --output-format <format>', 'console or json').choices(['console', 'json']).default('console');
}
