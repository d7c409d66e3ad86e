// `probe`: one page of users and groups, and how each configured JSONPath resolved on the first few.
import { silentLogger } from '@baton-scim/core';
import { createScimHttpClient, httpAuth, type CompiledPath, type ScimConfig } from '@baton-scim/scim';
import type { CliIo } from '../io.js';
import { loadConfigSource } from '../connector/config-source.js';
import { credentialsFromFlags } from '../connector/credentials.js';
import { resolveEndpoints } from '../connector/endpoints.js';
import type { ResolvedFlags } from '../options/resolve.js';
import { UsageError } from '../options/usage-error.js';

type Paths = [string, CompiledPath | undefined][];

function userPaths(c: ScimConfig): Paths {
  const u = c.user;
  return [['id', u.id], ['userName', u.userName], ['displayName', u.displayName], ['firstName', u.firstName],
    ['lastName', u.lastName], ['primaryEmail', u.primaryEmail], ['firstEmail', u.firstEmail], ['emails', u.emails],
    ['active', u.active], ['roles.path', u.roles?.path], ['userGroup.path', u.groupsOnUser?.path]];
}

function groupPaths(c: ScimConfig): Paths {
  const g = c.group;
  return [['id', g.id], ['displayName', g.displayName], ['members.path', g.members?.path]];
}

function show(kind: string, records: unknown[], paths: Paths, count: number): string[] {
  const lines = [`${kind}: ${records.length} on the first page`];
  for (const [i, record] of records.slice(0, count).entries()) {
    lines.push(`  ${kind} #${i + 1}`);
    for (const [name, path] of paths) {
      if (!path) continue;
      const values = path.all(record);
      const shown = values.length === 0 ? '(nothing)' : JSON.stringify(values.length === 1 ? values[0] : values);
      lines.push(`    ${name.padEnd(15)} ${path.source.padEnd(40)} → ${shown.length > 120 ? shown.slice(0, 117) + '...' : shown}`);
    }
  }
  return lines;
}

export async function runProbe(flags: ResolvedFlags, io: CliIo, count: number): Promise<string> {
  const source = await loadConfigSource(flags, io);
  const { config, problems } = resolveEndpoints(source.config, flags, source.label);
  if (problems.length > 0) throw new UsageError(problems);
  const client = createScimHttpClient({
    baseUrl: config.apiEndpoint, auth: httpAuth(config, credentialsFromFlags(flags)), scimAccept: config.hasScimHeader,
    headers: config.headers, logger: silentLogger, retry: { maxAttempts: 2 },
  });
  try {
    const page = async (path: string): Promise<unknown[]> => {
      const res = await client.get(path, { startIndex: '1', count: String(Math.max(count, 1)) }, { signal: io.signal });
      const body = res.body as { Resources?: unknown[] } | undefined;
      return Array.isArray(body?.Resources) ? body.Resources : [];
    };
    const users = await page('/Users');
    const groups = await page('/Groups');
    return [...show('user', users, userPaths(config), count), ...show('group', groups, groupPaths(config), count)].join('\n') + '\n';
  } finally {
    await client.close();
  }
}
