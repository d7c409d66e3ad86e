// `pnpm baton-scim …`: runs the CLI built in this checkout, with every workspace provider discoverable.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'packages/cli/dist/index.js');
if (!existsSync(cli)) {
  process.stderr.write('baton-scim is not built in this checkout yet: run `bash scripts/bootstrap.sh` (or `pnpm build`) first\n');
  process.exit(1);
}
const providersDir = join(root, 'packages/providers');
const providerRoots = readdirSync(providersDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(providersDir, d.name, 'package.json')))
  .map((d) => join(providersDir, d.name));
// pnpm runs root scripts in the checkout root; relative paths (-f sync.c1z) mean where the user typed them.
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
const { runProcess } = await import(cli);
await runProcess({ providerRoots });
