// `npm run demo`: starts the bundled SCIM test server, syncs it with the real CLI and prints a summary.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
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
console.log(`demo SCIM server: ${server.url} (${server.directory.users.size} users, ${server.directory.groups.size} groups)`);

// The CLI runs as a child process while this process keeps serving SCIM requests.
const run = (args) => new Promise((resolve, reject) => {
  const child = spawn(process.execPath, [cli, ...args], { stdio: 'inherit', env: { ...process.env, BATON_LOG_FORMAT: process.env.BATON_LOG_FORMAT ?? 'console' } });
  child.on('error', reject);
  child.on('exit', (status) => resolve({ status }));
});
try {
  const sync = await run(['--scim-config', join(root, 'examples/demo.yaml'), '--api-endpoint', server.url, '--token', token, '-f', file]);
  if (sync.status !== 0) throw new Error(`the sync exited with ${sync.status}`);
  const listPages = server.requests.filter((r) => r.method === 'GET').length;
  console.log(`\nsynced ${file} with ${server.requests.length} SCIM requests (${listPages} GETs, all list pages)\n`);
  const stats = await run(['inspect', 'stats', '-f', file]);
  if (stats.status !== 0) throw new Error(`inspect stats exited with ${stats.status}`);
} finally {
  await server.close();
}
