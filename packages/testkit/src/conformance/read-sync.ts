// Reads what a sync produced through the CLI's own `inspect … -o json` output.
import type { CliMain } from './types.js';
import { runCli } from './run-cli.js';

interface Json { [k: string]: unknown }

export interface SyncedDirectory {
  users: Record<string, { displayName: string; email: string | null; enabled: boolean }>;
  groups: Record<string, string>;
  roles: Record<string, string>;
  grants: string[];
}

async function inspectJson(main: CliMain, args: string[], file: string, cwd: string): Promise<Json> {
  const run = await runCli(main, ['inspect', ...args, '-o', 'json', '-f', file], cwd);
  if (run.code !== 0) throw new Error(`inspect ${args.join(' ')} failed (${run.code}): ${run.stderr}`);
  return JSON.parse(run.stdout) as Json;
}

function userFields(resource: Json): { email: string | null; enabled: boolean } {
  const annotations = (resource.annotations ?? []) as Json[];
  const trait = annotations.find((a) => String(a['@type']).endsWith('.UserTrait')) ?? {};
  const emails = (trait.emails ?? []) as Json[];
  const primary = emails.find((e) => e.isPrimary === true) ?? emails[0];
  const status = (trait.status ?? {}) as Json;
  return { email: primary ? String(primary.address) : null, enabled: status.status === 'STATUS_ENABLED' };
}

export async function readSync(main: CliMain, file: string, cwd: string): Promise<SyncedDirectory> {
  const out: SyncedDirectory = { users: {}, groups: {}, roles: {}, grants: [] };
  const resources = (await inspectJson(main, ['resources'], file, cwd)).resources as Json[];
  for (const row of resources) {
    const r = row.resource as Json;
    const id = r.id as Json;
    const type = String(id.resourceType);
    const key = String(id.resource);
    const name = typeof r.displayName === 'string' ? r.displayName : '';
    if (type === 'user') out.users[key] = { displayName: name, ...userFields(r) };
    else if (type === 'group') out.groups[key] = name;
    else if (type === 'role') out.roles[key] = name;
  }
  const grants = ((await inspectJson(main, ['grants'], file, cwd)).grants ?? []) as Json[];
  out.grants = grants.map((g) => String((g.grant as Json).id)).sort();
  return out;
}
