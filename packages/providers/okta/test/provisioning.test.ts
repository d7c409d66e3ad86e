// Okta group membership grants and revokes: PUT/DELETE /api/v1/groups/{gid}/users/{uid}, OKTA_GROUP groups only, verified.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '@baton-scim/cli';
import { runCli } from '@baton-scim/testkit/conformance';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readRecording, startFakeOkta } from './okta-server.js';
import { startOktaWrites, type OktaWrites } from './okta-writes.js';

const packageDir = new URL('..', import.meta.url);
const cwd = fileURLToPath(packageDir);
const token = '00aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789abcdef';
const [ada, grace, alan, , linus] = ['00u1k2j3h4g5f6d7s8a9', '00u2l3k4j5h6g7f8d9s0', '00u3m4l5k6j7h8g9f0d1', '00u4n5m6l7k8j9h0g1f2', '00u5o6n7m8l9k0j1h2g3'];
const [everyone, engineering, finance] = ['00g1a2b3c4d5e6f7g8h9', '00g2b3c4d5e6f7g8h9i0', '00g3c4d5e6f7g8h9i0j1'];
let file: string;
let okta: OktaWrites | undefined;

beforeAll(async () => {
  // The one-shot actions look their targets up in a synced file.
  const recorded = await startFakeOkta(readRecording(new URL('fixtures/directory.json', packageDir)), { token });
  try {
    file = join(mkdtempSync(join(tmpdir(), 'okta-p-')), 'sync.c1z');
    const run = await runCli(main, ['--service-provider', 'okta', '--api-endpoint', recorded.apiEndpoint, '--api-key', token, '--log-level', 'warn', '-f', file], cwd);
    expect(run.code, run.stderr).toBe(0);
  } finally {
    await recorded.close();
  }
});

afterEach(async () => {
  await okta?.close();
  okta = undefined;
});

async function start(): Promise<OktaWrites> {
  okta = await startOktaWrites(token, {
    [everyone]: { type: 'BUILT_IN', name: 'Everyone', members: [ada, grace, alan, linus] },
    [engineering]: { type: 'OKTA_GROUP', name: 'Engineering', members: [ada, grace, linus] },
    [finance]: { type: 'APP_GROUP', name: 'Finance', members: [alan] },
  });
  return okta;
}

const args = (o: OktaWrites): string[] => ['--service-provider', 'okta', '--api-endpoint', o.apiEndpoint, '--api-key', token, '--log-level', 'warn', '-f', file, '-p'];
const writes = (o: OktaWrites): string[] => o.requests.filter((r) => !r.startsWith('GET'));

describe('provider okta: group provisioning', () => {
  it('grants with PUT and revokes with DELETE on an OKTA_GROUP group, reading the user\'s groups before and after', async () => {
    const o = await start();
    const grant = await runCli(main, [...args(o), '--grant-entitlement', `group:${engineering}:member`, '--grant-principal-type', 'user', '--grant-principal', alan], cwd);
    expect(grant.code, grant.stderr).toBe(0);
    expect(o.groups.get(engineering)?.members).toEqual([ada, grace, linus, alan]);
    const revoke = await runCli(main, [...args(o), '--revoke-grant', `group:${engineering}:member:user:${grace}`], cwd);
    expect(revoke.code, revoke.stderr).toBe(0);
    expect(o.groups.get(engineering)?.members).toEqual([ada, linus, alan]);
    expect(writes(o)).toEqual([`PUT /api/v1/groups/${engineering}/users/${alan}`, `DELETE /api/v1/groups/${engineering}/users/${grace}`]);
    expect(o.requests.filter((r) => r === `GET /api/v1/users/${grace}/groups`)).toHaveLength(2);
    // Okta documents `limit` <= 200 for a user's groups.
    const userGroupQueries = o.queries.filter((_, i) => o.requests[i]?.endsWith('/groups') && o.requests[i]?.startsWith('GET /api/v1/users/'));
    expect(new Set(userGroupQueries)).toEqual(new Set(['?limit=200']));
  });

  it('refuses an app-imported or built-in group with a clear message and sends no write', async () => {
    const o = await start();
    const revoke = await runCli(main, [...args(o), '--revoke-grant', `group:${finance}:member:user:${alan}`], cwd);
    expect(revoke.code).toBe(1);
    expect(revoke.stderr).toContain('Okta group "Finance"');
    expect(revoke.stderr).toContain('type APP_GROUP');
    expect(revoke.stderr).toContain('only OKTA_GROUP memberships');
    expect(revoke.stderr).toContain('the app or directory it is imported from');
    const grant = await runCli(main, [...args(o), '--grant-entitlement', `group:${everyone}:member`, '--grant-principal-type', 'user', '--grant-principal', '00u4n5m6l7k8j9h0g1f2'], cwd);
    expect(grant.code).toBe(1);
    expect(grant.stderr).toContain('type BUILT_IN');
    expect(writes(o)).toEqual([]);
    expect(o.groups.get(finance)?.members).toEqual([alan]);
  });
});
