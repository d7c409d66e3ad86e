// Starts the test server from command-line flags and reports where it listens.
import { parseCliArgs, USAGE } from './cli-args.js';
import { startScimServer } from './server/start.js';
import type { ScimTestServer } from './server/options.js';

export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

/** Prints the SCIM base URL alone on stdout (easy to capture); everything else goes to stderr. */
export async function runCli(argv: string[], io: CliOutput): Promise<ScimTestServer | undefined> {
  const command = parseCliArgs(argv);
  if (command.help) {
    io.out(USAGE);
    return undefined;
  }
  const server = await startScimServer(command.options);
  io.out(server.url);
  const auth = command.options.auth ?? {};
  io.err(`scim-test-server: ${server.directory.users.size} users, ${server.directory.groups.size} groups at ${server.url}`);
  if (auth.oauth !== undefined) io.err(`scim-test-server: OAuth token endpoint ${server.tokenUrl}`);
  return server;
}
