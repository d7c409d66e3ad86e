// `pnpm new:provider <id> [display name]`: creates packages/providers/<id> from scripts/provider-template.
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [id, ...nameParts] = process.argv.slice(2);
if (!id || !/^[a-z0-9][a-z0-9-]*$/.test(id)) {
  console.error('usage: pnpm new:provider <id> [display name]   (id: lower-case letters, digits and dashes)');
  process.exit(2);
}
const name = nameParts.join(' ') || id.replace(/(^|-)([a-z])/g, (_m, s, c) => (s ? ' ' : '') + c.toUpperCase());
const root = new URL('..', import.meta.url).pathname;
const target = join(root, 'packages/providers', id);
if (existsSync(target)) {
  console.error(`packages/providers/${id} already exists`);
  process.exit(1);
}
cpSync(join(root, 'scripts/provider-template'), target, { recursive: true });

function fill(dir) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) { fill(path); continue; }
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll('__ID__', id).replaceAll('__NAME__', name));
    if (path.endsWith('.tmpl')) renameSync(path, path.slice(0, -'.tmpl'.length));
  }
}
fill(target);
console.log(`created packages/providers/${id}; next: edit provider.yaml, fixtures/ and README.md, then run pnpm install and pnpm --filter @baton-scim/provider-${id} test`);
