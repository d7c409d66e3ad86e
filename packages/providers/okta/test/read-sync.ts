// Reads what a sync wrote through the CLI's own `inspect … -o json`, in the shape of fixtures/expected.json.
import type { CliMain } from '@baton-scim/testkit/conformance';
import { runCli } from '@baton-scim/testkit/conformance';

type Json = Record<string, unknown>;

export interface Synced {
  users: Record<string, { displayName: string; email: string | null; enabled: boolean }>;
  groups: Record<string, string>;
  roles: Record<string, string>;
  grants: string[];
}

async function inspect(main: CliMain, what: string, file: string, cwd: string): Promise<Json> {
  const run = await runCli(main, ['inspect', what, '-o', 'json', '-f', file], cwd);
  if (run.code !== 0) throw new Error(`inspect ${what} failed (${run.code}): ${run.stderr}`);
  return JSON.parse(run.stdout) as Json;
}

function userFields(resource: Json): { email: string | null; enabled: boolean } {
  const trait = ((resource['annotations'] ?? []) as Json[]).find((a) => String(a['@type']).endsWith('.UserTrait')) ?? {};
  const emails = (trait['emails'] ?? []) as Json[];
  const primary = emails.find((e) => e['isPrimary'] === true) ?? emails[0];
  const status = (trait['status'] ?? {}) as Json;
  return { email: primary ? String(primary['address']) : null, enabled: status['status'] === 'STATUS_ENABLED' };
}

export async function readSync(main: CliMain, file: string, cwd: string): Promise<Synced> {
  const out: Synced = { users: {}, groups: {}, roles: {}, grants: [] };
  for (const row of (await inspect(main, 'resources', file, cwd))['resources'] as Json[]) {
    const resource = row['resource'] as Json;
    const id = resource['id'] as Json;
    const key = String(id['resource']);
    const name = typeof resource['displayName'] === 'string' ? resource['displayName'] : '';
    if (id['resourceType'] === 'user') out.users[key] = { displayName: name, ...userFields(resource) };
    else if (id['resourceType'] === 'group') out.groups[key] = name;
    else if (id['resourceType'] === 'role') out.roles[key] = name;
  }
  const grants = ((await inspect(main, 'grants', file, cwd))['grants'] ?? []) as Json[];
  out.grants = grants.map((g) => String((g['grant'] as Json)['id'])).sort();
  return out;
}
