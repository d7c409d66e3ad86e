// `npm run demo`: starts the bundled SCIM test server and syncs it with the real CLI, which ends with its
// summary. BATON_LOG_LEVEL=info shows the full log.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { startScimServer } from '../packages/testkit/dist/index.js';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'packages/cli/dist/bin.js');
const out = join(root, 'demo-out');
const file = join(out, 'sync.c1z');
const token = 'demo-token-not-a-secret';
mkdirSync(out, { recursive: true });

const server = await startScimServer({
  generate: { users: 2000, groups: 120, nestedGroups: 30, membershipsPerUser: 3, roles: 6, seed: 42 },
  auth: { bearer: token },
});
const shown = (p) => relative(process.cwd(), p) || '.';
console.log(`demo SCIM server: ${server.url} (${server.directory.users.size} users, ${server.directory.groups.size} groups)`);
console.log(`syncing it with the CLI (this server stops when the demo ends; to sync one again by hand, start it in another terminal:`);
console.log(`  node ${shown(join(root, 'packages/testkit/dist/cli.js'))} --port 8080 --token ${token}`);
console.log(`  pnpm baton-scim --scim-config ${shown(join(root, 'examples/demo.yaml'))} --api-endpoint http://127.0.0.1:8080/scim/v2 --token ${token} -f ${shown(file)})`);
console.log(`afterwards, read the file with: pnpm baton-scim inspect stats -f ${shown(file)}`);
console.log('some demo users deliberately lack a name, an e-mail or the active flag: the summary warns about them\n');

// The CLI runs as a child process while this process keeps serving SCIM requests.
const run = (args) => new Promise((resolve, reject) => {
  const child = spawn(process.execPath, [cli, ...args], { stdio: 'inherit', env: { ...process.env, BATON_LOG_FORMAT: process.env.BATON_LOG_FORMAT ?? 'console' } });
  child.on('error', reject);
  child.on('exit', (status) => resolve({ status }));
});
try {
  const sync = await run(['--scim-config', join(root, 'examples/demo.yaml'), '--api-endpoint', server.url, '--token', token, '-f', file]);
  if (sync.status !== 0) throw new Error(`the sync exited with ${sync.status}`);
} finally {
  await server.close();
}
