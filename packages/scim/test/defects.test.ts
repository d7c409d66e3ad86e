// One describe per defect of the Go baton-scim (baton-runtime.md §7) that the connector can show fixed.
import { readFile } from 'node:fs/promises';
import { findAnnotation, lookupGrant, lookupGrantTarget, grantEntitlement, revokeGrant, UserStatus, type Resource } from '@baton-scim/core';
import {
  deriveUserGroups,
  generateDirectory,
  startScimServer,
  type LoggedRequest,
  type ScimServerOptions,
  type ScimTestServer,
  type ScimUser,
} from '@baton-scim/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../src/config/errors.js';
import { loadScimConfig } from '../src/config/load.js';
import type { ScimConfig } from '../src/config/types.js';
import { createScimConnector, type ScimConnector } from '../src/connector/connector.js';
import { connectorFor, PROVISIONING, readSync, recordingSleep, resourceIds, scimConfig, sync, tempDir, TOKEN, type SyncContents, type TempDir } from './sync/support.js';

const signal = new AbortController().signal;
const CLIENT = { clientId: 'client-id-1', clientSecret: 'client-secret-value-1', accountId: 'acct-1' };
let tmp: TempDir;
const servers: ScimTestServer[] = [];

async function serverWith(options: ScimServerOptions = {}): Promise<ScimTestServer> {
  const server = await startScimServer({ generate: { users: 8, groups: 3, seed: 17, roles: 3, nestedGroups: 1 }, auth: { bearer: TOKEN }, ...options });
  servers.push(server);
  return server;
}

async function syncOnce(connector: ScimConnector, name: string): Promise<SyncContents> {
  const file = tmp.file(name);
  await sync(connector, file);
  await connector.close();
  return readSync(file);
}

const userTrait = (r: Resource | undefined) => findAnnotation(r?.annotations, 'UserTrait');
const resource = (got: SyncContents, type: string, id: string): Resource | undefined =>
  got.resources.find((r) => r.id?.resourceType === type && r.id.resource === id);
const writes = (server: ScimTestServer): LoggedRequest[] => server.requests.filter((r) => r.method !== 'GET');
const oauthConfig = (server: ScimTestServer, extra: Record<string, unknown> = {}): ScimConfig =>
  scimConfig(server.url, { auth: { authType: 'oauth2', shouldObtainToken: true, authUrl: server.tokenUrl, tokenPath: 'access_token', ...extra } });

/** A directory with every gap the Go connector tripped over, synced once and shared by the mapping defects. */
const shared = {} as { server: ScimTestServer; users: ScimUser[]; got: SyncContents; connector: ScimConnector };

beforeAll(async () => {
  tmp = await tempDir();
  const directory = generateDirectory({
    users: 40,
    groups: 6,
    seed: 21,
    roles: 3,
    nestedGroups: 2,
    quirks: { missingName: 0.1, missingEmails: 0.1, missingActive: 0.1, multipleEmails: 0.2, inactive: 0.1 },
  });
  // Roles sent as one object rather than a list (seen in the Go connector's comments).
  (directory.users[0] as unknown as { roles: unknown }).roles = { value: 'solo', display: 'Solo' };
  // An empty email list (the Go connector's "no valid email found"), beside the users that have none at all.
  directory.users.findLast((u) => u.emails?.length === 1)!.emails = [];
  shared.server = await serverWith({ directory });
  shared.users = directory.users;
  shared.connector = connectorFor({ config: scimConfig(shared.server.url) });
  shared.got = await syncOnce(shared.connector, 'shared.c1z');
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await tmp.remove();
});

describe('defect 1', () => {
  it('defect 1: a --token credential authenticates an oauth2 config', async () => {
    const server = await serverWith();
    const got = await syncOnce(createScimConnector({ config: scimConfig(server.url), credentials: { token: TOKEN } }), 'd1.c1z');
    expect(resourceIds(got.resources, 'user')).toHaveLength(server.directory.users.size);
  });
});

describe('defect 3', () => {
  it('defect 3: the documented configuration file, with its auth block, loads and syncs', async () => {
    const server = await serverWith();
    const text = await readFile(new URL('./config/fixtures/docs/generic.yaml', import.meta.url), 'utf8');
    const config = loadScimConfig(text, { file: 'generic.yaml' });
    const got = await syncOnce(createScimConnector({ config, apiEndpoint: server.url, credentials: { token: TOKEN } }), 'd3.c1z');
    expect(resourceIds(got.resources, 'user')).toEqual([...server.directory.users.keys()].sort());
  });
});

describe('defect 4', () => {
  it('defect 4: authType oauth2 is accepted at request time and sent as a Bearer token', async () => {
    const server = await serverWith();
    const connector = connectorFor({ config: scimConfig(server.url, { auth: { authType: 'oauth2' } }) });
    await connector.validate(signal);
    await connector.close();
    expect(server.requests.map((r) => [r.status, r.headers['authorization']])).toEqual([[200, 'Bearer [REDACTED]']]);
  });
});

describe('defect 5', () => {
  it('defect 5: credentials are checked against the auth type, before any token request', async () => {
    const server = await serverWith({ auth: { oauth: { clients: [CLIENT] } } });
    const config = oauthConfig(server, { tokenRequest: { grantType: 'account_credentials' } });
    const connector = createScimConnector({ config, credentials: { apiKey: 'only-an-api-key' } });
    await expect(connector.validate(signal)).rejects.toMatchObject({
      code: 'invalid-argument',
      message: expect.stringMatching(/--scim-client-id \(BATON_SCIM_CLIENT_ID\) and --scim-client-secret .* and --account-id/),
    });
    await connector.close();
    expect(server.requests).toEqual([]);
  });
});

describe('defect 6', () => {
  it('defect 6: an unknown key in the YAML is an error naming the key', () => {
    const yaml = `apiEndpoint: https://x.example.test/scim/v2\nhasScimHeader: true\nauth: {authType: oauth2}\nuser: {id: id, userName: userName, firstName: a, lastName: b, primaryEmail: e, active: active, displayNmae: displayName}\ngroup: {id: id, displayName: displayName}\npagination: {totalResults: t, itemsPerPage: i, startIndex: s}\n`;
    expect(() => loadScimConfig(yaml, { file: 'custom.yaml' })).toThrow(ConfigError);
    expect(() => loadScimConfig(yaml, { file: 'custom.yaml' })).toThrow(/custom\.yaml: user\.displayNmae/);
  });
});

describe('defect 7', () => {
  it('defect 7: what the connector can do is known without credentials or network, per resource type', async () => {
    const server = await serverWith();
    const config = scimConfig(server.url, { provisioning: { addUserToGroup: {}, removeUserFromGroup: {} } });
    const connector = createScimConnector({ config, provisioning: true });
    const caps = connector.resourceSyncers().map((s) => [s.resourceType.id, s.grant !== undefined && s.revoke !== undefined]);
    await connector.close();
    expect(caps).toEqual([['user', false], ['group', true], ['role', false]]);
    expect(server.requests).toEqual([]);
  });
});

describe('defect 8', () => {
  it('defect 8: basic authentication works', async () => {
    const server = await serverWith({ auth: { basic: { username: 'admin', password: 'basic-password-1' } } });
    const config = scimConfig(server.url, { auth: { authType: 'basic' } });
    const got = await syncOnce(createScimConnector({ config, credentials: { username: 'admin', password: 'basic-password-1' } }), 'd8.c1z');
    expect(resourceIds(got.resources, 'user')).toHaveLength(server.directory.users.size);
    expect(server.requests.every((r) => r.headers['authorization'] === 'Basic [REDACTED]')).toBe(true);
  });
});

describe('defect 9', () => {
  it('defect 9: an obtained token is sent with Bearer even when the config has no apiKeyPrefix', async () => {
    const server = await serverWith({ auth: { oauth: { clients: [CLIENT] } } });
    const connector = createScimConnector({ config: oauthConfig(server), credentials: CLIENT });
    await connector.validate(signal);
    await connector.close();
    const scim = server.requests.filter((r) => r.path.startsWith('/scim/'));
    expect(scim.map((r) => [r.status, r.headers['authorization']])).toEqual([[200, 'Bearer [REDACTED]']]);
  });
});

describe('defect 10', () => {
  it('defect 10: an expired token is obtained again instead of failing the sync', async () => {
    const server = await serverWith({ auth: { oauth: { clients: [CLIENT] } } });
    const connector = createScimConnector({ config: oauthConfig(server), credentials: CLIENT });
    await connector.validate(signal);
    server.expireTokens();
    const got = await syncOnce(connector, 'd10.c1z');
    expect(resourceIds(got.resources, 'user')).toHaveLength(server.directory.users.size);
    expect(server.requests.filter((r) => r.path === '/oauth/token')).toHaveLength(2);
  });
});

describe('defect 11', () => {
  it('defect 11: the token request is a form post with the grant type (and account_id for Zoom)', async () => {
    const server = await serverWith({ auth: { oauth: { clients: [CLIENT] } } });
    const connector = createScimConnector({ config: oauthConfig(server, { tokenRequest: { grantType: 'account_credentials' } }), credentials: CLIENT });
    await connector.validate(signal);
    await connector.close();
    const token = server.requests.find((r) => r.path === '/oauth/token')!;
    expect(token.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(token.body).toEqual({ grant_type: 'account_credentials', account_id: 'acct-1' });
    expect(token.headers['authorization']).toBe('Basic [REDACTED]');
  });
});

describe('defect 12', () => {
  it('defect 12: Zoom behaviour (PUT roles) comes from the config, whatever the provider is called', async () => {
    const server = await serverWith();
    const config = scimConfig(server.url, { provisioning: { ...PROVISIONING, roleStrategy: 'put' } });
    expect(config.id).toBeUndefined();
    const user = [...server.directory.users.values()].find((u) => (u.roles ?? []).length > 0)!;
    const connector = connectorFor({ config, provisioning: true });
    const roleSyncer = connector.resourceSyncers()[2]!;
    const role: Resource = { id: { resourceType: 'role', resource: 'auditor' }, displayName: 'Auditor' };
    await roleSyncer.grant!({ id: { resourceType: 'user', resource: user.id } }, { id: 'role:auditor:member', resource: role }, signal);
    await connector.close();
    expect(writes(server).map((r) => [r.method, r.path])).toEqual([['PUT', `/scim/v2/Users/${user.id}`]]);
  });
});

describe('defect 13', () => {
  it('defect 13: the primary email is the one flagged primary, not the first', () => {
    const user = shared.users.find((u) => (u.emails ?? []).length > 1 && u.emails?.[0]?.primary === false)!;
    const emails = userTrait(resource(shared.got, 'user', user.id))?.emails;
    expect(emails?.find((e) => e.isPrimary)?.address).toBe(user.emails!.find((e) => e.primary)!.value);
    expect(emails?.map((e) => e.address).sort()).toEqual(user.emails!.map((e) => e.value).sort());
  });
});

describe('defect 14', () => {
  it('defect 14: users without emails, or with an empty list, are synced with no email, not an aborted sync', () => {
    const without = shared.users.filter((u) => (u.emails ?? []).length === 0);
    expect(without.some((u) => u.emails === undefined) && without.some((u) => u.emails?.length === 0)).toBe(true);
    for (const user of without) {
      const trait = userTrait(resource(shared.got, 'user', user.id));
      expect(trait, user.id).toBeDefined();
      expect(trait?.login).toBe(user.userName);
      expect(trait?.emails ?? []).toEqual([]);
    }
  });
});

describe('defect 15', () => {
  it('defect 15: primaryEmail pointing at userName (Postman) gives every user that email', async () => {
    const server = await serverWith();
    const config = scimConfig(server.url, { user: { primaryEmail: 'userName', firstEmail: undefined } });
    const got = await syncOnce(connectorFor({ config }), 'd15.c1z');
    for (const user of server.directory.users.values()) {
      expect(userTrait(resource(got, 'user', user.id))?.emails?.find((e) => e.isPrimary)?.address).toBe(user.userName);
    }
  });
});

describe('defect 16', () => {
  it('defect 16: users without a name object are synced', () => {
    const without = shared.users.filter((u) => u.name === undefined);
    expect(without.length).toBeGreaterThan(0);
    for (const user of without) expect(resource(shared.got, 'user', user.id)).toBeDefined();
  });
});

describe('defect 17', () => {
  it('defect 17: role paths are read on each role element, and the Go Zoom config\'s roles.value is refused at load with the fix', () => {
    const user = shared.users.find((u) => Array.isArray(u.roles) && u.roles.length > 1)!;
    const held = shared.got.grants.filter((g) => g.principal?.id?.resource === user.id && g.entitlement?.resource?.id?.resourceType === 'role');
    expect(held.map((g) => g.entitlement?.resource?.id?.resource).sort()).toEqual(user.roles!.map((r) => r.value).sort());
    // The Go connector's Zoom mapping repeated the array path; on each role element it read nothing.
    const goZoom = { user: { roles: { path: 'roles', name: 'roles.value', display: 'roles.display' } } };
    expect(() => scimConfig(shared.server.url, goZoom)).toThrow(ConfigError);
    expect(() => scimConfig(shared.server.url, goZoom)).toThrow(/user\.roles\.name: .*write "value" instead of "roles\.value"/);
    expect(() => scimConfig(shared.server.url, goZoom)).toThrow(/user\.roles\.display: .*write "display" instead of "roles\.display"/);
  });
});

describe('defect 18', () => {
  it('defect 18: roles sent as one object are read, with no warning about an empty role name', () => {
    expect(resource(shared.got, 'role', 'solo')?.displayName).toBe('Solo');
    expect(shared.got.grants.some((g) => g.id === `role:solo:member:user:${shared.users[0]!.id}`)).toBe(true);
    expect(shared.connector.mappingWarnings().map((w) => w.kind)).not.toContain('role-without-value');
  });
});

describe('defect 19', () => {
  it('defect 19: a user without active is enabled, only active false disables', () => {
    for (const user of shared.users) {
      const status = userTrait(resource(shared.got, 'user', user.id))?.status?.status;
      expect(status).toBe(user.active === false ? UserStatus.STATUS_DISABLED : UserStatus.STATUS_ENABLED);
    }
    expect(shared.users.some((u) => u.active === undefined)).toBe(true);
  });
});

describe('defect 20', () => {
  it('defect 20: without a name the display name is the userName, and the login is the userName', () => {
    const user = shared.users.find((u) => u.name === undefined)!;
    const synced = resource(shared.got, 'user', user.id);
    expect(synced?.displayName).toBe(user.userName);
    expect(userTrait(synced)?.login).toBe(user.userName);
  });
});

describe('defect 21', () => {
  it('defect 21: missing totalResults and a zero itemsPerPage do not break paging', async () => {
    const server = await serverWith({ faults: { omitTotalResults: true, itemsPerPage: 'zero' } });
    const got = await syncOnce(connectorFor({ config: scimConfig(server.url, { pagination: { pageSize: 3 } }) }), 'd21.c1z');
    expect(resourceIds(got.resources, 'user')).toEqual([...server.directory.users.keys()].sort());
  });
});

describe('defect 22', () => {
  it('defect 22: paging advances by the resources returned, not by itemsPerPage', async () => {
    const server = await serverWith({ faults: { pageCap: 3, itemsPerPage: 'requested', pastEndRepeatsFirstPage: true } });
    const connector = connectorFor({ config: scimConfig(server.url, { pagination: { pageSize: 5 } }) });
    const got = await syncOnce(connector, 'd22.c1z');
    expect(resourceIds(got.resources, 'user')).toEqual([...server.directory.users.keys()].sort());
    const starts = server.requests.filter((r) => r.path === '/scim/v2/Users' && r.query['count'] === '5').map((r) => r.query['startIndex']);
    // The short page reaching totalResults is followed by the request past it, which must come back empty.
    expect(starts).toEqual(['1', '4', '7', '9']);
  });
});

describe('defect 23', () => {
  it('defect 23: roles are distinct resources with ids from the value, listed without re-paging users', () => {
    const values = new Set(shared.users.flatMap((u) => (Array.isArray(u.roles) ? u.roles.map((r) => r.value) : ['solo'])));
    expect(resourceIds(shared.got.resources, 'role')).toEqual([...values].sort());
    expect(shared.connector.requestStats().userIndexPages).toBe(0);
  });
});

describe('defect 24', () => {
  it('defect 24: a sync requests only the list pages, never one user or group', () => {
    const paths = shared.server.requests.map((r) => r.path);
    expect(paths.every((p) => p === '/scim/v2/Users' || p === '/scim/v2/Groups')).toBe(true);
    // One page each, plus the empty page past it that proves the listing ended.
    expect(shared.connector.requestStats()).toMatchObject({ validate: 1, userPages: 2, groupPages: 2, total: 5 });
  });
});

describe('defect 25', () => {
  it('defect 25: group names on users resolve against the listing, quotes and unknown names included, with no filter', async () => {
    const server = await serverWith();
    const groups = [...server.directory.groups.values()];
    groups[0]!.displayName = 'Eng "core" \\ ops';
    deriveUserGroups(server.directory.users.values(), groups);
    const stray = [...server.directory.users.values()][0]!;
    stray.groups = [...(stray.groups ?? []), { value: '', display: 'No such group', $ref: '' }];
    const config = scimConfig(server.url, { user: { hasGroupsOnUser: true, userGroup: { path: 'groups', name: 'display' } }, group: { members: undefined } });
    const connector = connectorFor({ config });
    const got = await syncOnce(connector, 'd25.c1z');
    const quoted = groups[0]!.members!.filter((m) => m.type === 'User').map((m) => `group:${groups[0]!.id}:member:user:${m.value}`);
    expect(got.grants.map((g) => g.id)).toEqual(expect.arrayContaining(quoted));
    expect(connector.mappingWarnings().find((w) => w.kind === 'user-group-unknown-name')?.examples).toEqual(['No such group']);
    expect(server.requests.some((r) => r.query['filter'] !== undefined)).toBe(false);
  });
});

describe('defect 26', () => {
  it('defect 26: nested group members are group principals with GrantExpandable, never bogus users', () => {
    const nested = shared.got.grants.filter((g) => g.principal?.id?.resourceType === 'group' && findAnnotation(g.annotations, 'GrantExpandable'));
    expect(nested.length).toBeGreaterThan(0);
    const groupIds = new Set(resourceIds(shared.got.resources, 'group'));
    const userIds = new Set(resourceIds(shared.got.resources, 'user'));
    for (const grant of shared.got.grants) {
      const p = grant.principal?.id;
      expect(p?.resourceType === 'group' ? groupIds.has(p.resource ?? '') : userIds.has(p?.resource ?? '')).toBe(true);
    }
  });
});

describe('defect 27', () => {
  it('defect 27: group membership is grantable to groups as well as users', async () => {
    const entitlement = shared.got.entitlements.find((e) => e.resource?.id?.resourceType === 'group')!;
    expect(entitlement.grantableTo?.map((t) => t.id)).toEqual(['user', 'group']);
    const server = await serverWith();
    const [outer, inner] = [...server.directory.groups.values()].filter((g) => !g.members?.some((m) => m.type === 'Group'));
    const connector = connectorFor({ config: scimConfig(server.url, { provisioning: PROVISIONING }), provisioning: true });
    const group: Resource = { id: { resourceType: 'group', resource: outer!.id } };
    const grants = await connector.resourceSyncers()[1]!.grant!({ id: { resourceType: 'group', resource: inner!.id } }, { id: `group:${outer!.id}:member`, resource: group }, signal);
    await connector.close();
    expect(grants.map((g) => g.id)).toEqual([`group:${outer!.id}:member:group:${inner!.id}`]);
  });
});

describe('defect 28', () => {
  it('defect 28: a 429 is retried after the wait its Retry-After asked for', async () => {
    const server = await serverWith({ faults: { rateLimit: { first: 1, retryAfterSeconds: 2, routes: ['GET /Groups'] } } });
    const { sleep, waits } = recordingSleep();
    const got = await syncOnce(connectorFor({ config: scimConfig(server.url), http: { sleep } }), 'd28.c1z');
    expect(resourceIds(got.resources, 'group')).toHaveLength(server.directory.groups.size);
    expect(waits).toEqual([2000]);
  });
});

describe('defect 29', () => {
  it('defect 29: GETs carry no body, and writes are sent as application/scim+json', async () => {
    const server = await serverWith();
    const connector = connectorFor({ config: scimConfig(server.url, { provisioning: PROVISIONING }), provisioning: true });
    await syncOnce(connectorFor({ config: scimConfig(server.url) }), 'd29.c1z');
    const group = [...server.directory.groups.values()][0]!;
    const member = group.members!.find((m) => m.type === 'User')!;
    await connector.resourceSyncers()[1]!.revoke!({ entitlement: { id: 'x', resource: { id: { resourceType: 'group', resource: group.id } } }, principal: { id: { resourceType: 'user', resource: member.value } } }, signal);
    await connector.close();
    const gets = server.requests.filter((r) => r.method === 'GET');
    expect(gets.every((r) => r.body === undefined && r.headers['content-type'] === undefined)).toBe(true);
    expect(writes(server).map((r) => r.headers['content-type'])).toEqual(['application/scim+json']);
  });
});

describe('defect 30', () => {
  it('defect 30: two syncs of one directory list and store the resource types in the same order, with the same roles', async () => {
    const server = await serverWith({ generate: { users: 30, groups: 4, seed: 30, roles: 6 } });
    const run = async (name: string) => {
      const visited: string[] = [];
      const connector = connectorFor({ config: scimConfig(server.url, { pagination: { pageSize: 7 } }) });
      await sync(connector, tmp.file(name), {
        onProgress: (e) => {
          const step = e.type === 'progress' && e.resourceTypeId !== undefined ? `${e.phase}:${e.resourceTypeId}` : undefined;
          if (step !== undefined && visited.at(-1) !== step) visited.push(step);
        },
      });
      await connector.close();
      const got = await readSync(tmp.file(name));
      return {
        // The resource listing's order, and the order of the phases (later phases may interleave types).
        listed: visited.filter((step) => step.startsWith('resources:')),
        phases: [...new Set(visited.map((step) => step.split(':')[0]))],
        types: got.resourceTypes.map((t) => t.id),
        // Which roles, not their row order: user pages may be read concurrently.
        roles: got.resources.filter((r) => r.id?.resourceType === 'role').map((r) => r.id?.resource).sort(),
      };
    };
    const first = await run('d30-a.c1z');
    expect(first.listed).toEqual(['resources:user', 'resources:group', 'resources:role']);
    expect(first.roles).toHaveLength(6);
    expect(await run('d30-b.c1z')).toEqual(first);
  });
});

/** A server, a finished sync of it, and a provisioning connector: the one-shot grant/revoke flow. */
async function provisioned(patch: Record<string, unknown> = {}, options: ScimServerOptions = {}) {
  const server = await serverWith(options);
  const config = scimConfig(server.url, { provisioning: PROVISIONING, ...patch });
  const file = tmp.file(`prov-${servers.length}.c1z`);
  await sync(connectorFor({ config }), file);
  server.resetLog();
  const connector = connectorFor({ config, provisioning: true });
  const grant = async (entitlementId: string, type: string, id: string) => {
    const target = await lookupGrantTarget(file, entitlementId, type, id);
    return grantEntitlement(connector, target.entitlement, target.principal, signal);
  };
  const revoke = async (grantId: string) => revokeGrant(connector, await lookupGrant(file, grantId), signal);
  return { server, connector, grant, revoke };
}

const roleHolder = (server: ScimTestServer, atLeast: number): ScimUser =>
  [...server.directory.users.values()].find((u) => (u.roles ?? []).length >= atLeast)!;
const rolesOf = (server: ScimTestServer, id: string): string[] => (server.directory.users.get(id)?.roles ?? []).map((r) => r.value).sort();

describe('defect 31', () => {
  it('defect 31: a grant returns the group grant group:<gid>:member:user:<uid>', async () => {
    const p = await provisioned();
    const group = [...p.server.directory.groups.values()][0]!;
    const user = [...p.server.directory.users.values()].find((u) => !group.members?.some((m) => m.value === u.id))!;
    const grants = await p.grant(`group:${group.id}:member`, 'user', user.id);
    await p.connector.close();
    expect(grants.map((g) => [g.id, g.entitlement?.id, g.principal?.id?.resource])).toEqual([
      [`group:${group.id}:member:user:${user.id}`, `group:${group.id}:member`, user.id],
    ]);
  });
});

describe('defect 32', () => {
  it('defect 32: revoking a role removes that role only', async () => {
    const p = await provisioned();
    const user = roleHolder(p.server, 2);
    const [gone, ...kept] = rolesOf(p.server, user.id);
    await p.revoke(`role:${gone}:member:user:${user.id}`);
    await p.connector.close();
    expect(rolesOf(p.server, user.id)).toEqual(kept);
  });
});

describe('defect 33', () => {
  it('defect 33: the PUT role strategy sends the user resource with its attributes, not a PatchOp in a ListResponse', async () => {
    const p = await provisioned({ provisioning: { ...PROVISIONING, roleStrategy: 'put' } });
    const user = roleHolder(p.server, 2);
    const [gone, ...kept] = rolesOf(p.server, user.id);
    await p.revoke(`role:${gone}:member:user:${user.id}`);
    await p.connector.close();
    const put = writes(p.server)[0]!;
    expect(put.method).toBe('PUT');
    expect(put.body).toMatchObject({ schemas: user.schemas, userName: user.userName, emails: user.emails });
    expect(rolesOf(p.server, user.id)).toEqual(kept);
  });
});

describe('defect 34', () => {
  it('defect 34: a role grant sends the role value, not its display name', async () => {
    const p = await provisioned();
    const user = [...p.server.directory.users.values()].find((u) => !rolesOf(p.server, u.id).includes('billing'))!;
    await p.grant('role:billing:member', 'user', user.id);
    await p.connector.close();
    expect((writes(p.server)[0]?.body as { Operations: unknown }).Operations).toEqual([{ op: 'add', path: 'roles', value: [{ value: 'billing' }] }]);
  });
});

describe('defect 35', () => {
  it('defect 35: a group revoke removes one member by filter and never rewrites the list (it only reads it, to check)', async () => {
    const p = await provisioned();
    const group = [...p.server.directory.groups.values()].find((g) => (g.members ?? []).length >= 2)!;
    const [gone, ...kept] = group.members!.map((m) => m);
    await p.revoke(`group:${group.id}:member:${gone!.type === 'Group' ? 'group' : 'user'}:${gone!.value}`);
    await p.connector.close();
    const writes = p.server.requests.filter((r) => r.method !== 'GET');
    expect(writes.map((r) => [r.method, (r.body as { Operations: { path: string }[] }).Operations[0]?.path])).toEqual([['PATCH', `members[value eq "${gone!.value}"]`]]);
    expect(p.server.directory.groups.get(group.id)?.members?.map((m) => m.value)).toEqual(kept.map((m) => m.value));
  });
});

describe('defect 36', () => {
  it('defect 36: with memberships on users (Zoom), a revoke keeps every other member of the group', async () => {
    const p = await provisioned({ user: { hasGroupsOnUser: true, userGroup: { path: 'groups', name: 'display', id: 'value' } }, group: { members: undefined } });
    const group = [...p.server.directory.groups.values()].find((g) => (g.members ?? []).filter((m) => m.type === 'User').length >= 2)!;
    const [gone, ...kept] = group.members!.filter((m) => m.type === 'User');
    await p.revoke(`group:${group.id}:member:user:${gone!.value}`);
    await p.connector.close();
    const left = p.server.directory.groups.get(group.id)?.members?.map((m) => m.value) ?? [];
    expect(left).not.toContain(gone!.value);
    expect(left).toEqual(expect.arrayContaining(kept.map((m) => m.value)));
  });
});

describe('defect 37', () => {
  it('defect 37: a role operation configured on roles.value addresses the roles attribute', async () => {
    const p = await provisioned({ provisioning: { ...PROVISIONING, removeUserRole: { op: 'Remove', path: 'roles.value', valuePath: 'value' } } });
    const user = roleHolder(p.server, 2);
    const [gone, ...kept] = rolesOf(p.server, user.id);
    await p.revoke(`role:${gone}:member:user:${user.id}`);
    await p.connector.close();
    expect((writes(p.server)[0]?.body as { Operations: unknown }).Operations).toEqual([{ op: 'remove', path: `roles[value eq "${gone}"]` }]);
    expect(rolesOf(p.server, user.id)).toEqual(kept);
  });
});

describe('defect 38', () => {
  it('defect 38: without a provisioning block nothing is provisionable, so no empty PatchOp can be sent', async () => {
    const server = await serverWith();
    const connector = createScimConnector({ config: scimConfig(server.url), provisioning: true });
    expect(connector.resourceSyncers().some((s) => s.grant !== undefined || s.revoke !== undefined)).toBe(false);
    await connector.close();
  });
});

describe('defect 39', () => {
  it('defect 39: building connectors obtains no token; the first request obtains exactly one', async () => {
    const server = await serverWith({ auth: { oauth: { clients: [CLIENT] } } });
    const config = oauthConfig(server);
    const parent = createScimConnector({ config, credentials: CLIENT });
    const child = createScimConnector({ config, credentials: CLIENT });
    parent.resourceSyncers();
    expect(server.requests).toEqual([]);
    await child.validate(signal);
    await Promise.all([parent.close(), child.close()]);
    expect(server.requests.map((r) => r.path)).toEqual(['/oauth/token', '/scim/v2/Users']);
  });
});
