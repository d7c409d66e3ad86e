#!/usr/bin/env node
// Entry point of the `scim-test-server` command, for `npm run demo` and manual testing.
import { runCli } from './cli-run.js';
import { TestkitConfigError } from './errors.js';

const io = { out: (line: string) => console.log(line), err: (line: string) => console.error(line) };

try {
  const server = await runCli(process.argv.slice(2), io);
  if (server !== undefined) {
    const stop = (): void => {
      server.close().then(
        () => process.exit(0),
        (err: unknown) => {
          console.error(`scim-test-server: error while closing: ${String(err)}`);
          process.exit(1);
        },
      );
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  }
} catch (err) {
  console.error(`scim-test-server: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(err instanceof TestkitConfigError ? 2 : 1);
}
