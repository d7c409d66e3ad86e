// The connector's edges: construction without I/O, credentials, validate, provider hooks, and strict servers.
import type { Grant, Resource } from '@baton-scim/core';
import { generateDirectory, startScimServer, type ScimGroup, type ScimTestServer } from '@baton-scim/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScimConnector } from '../../src/connector/connector.js';
import { credentialProblems } from '../../src/connector/credentials.js';
import type { JsonObject } from '../../src/http/json.js';
import type { ListHookContext, ListHookResult, ScimProviderHooks } from '../../src/provider/hooks.js';
import { connectorFor, idsOf, PROVISIONING, readSync, resourceIds, scimConfig, sync, tempDir, TOKEN, type TempDir } from '../sync/support.js';
import { startDirectoryApi, startStrictScimServer, type DirectoryPerson } from './local-servers.js';

const signal = new AbortController().signal;
let server: ScimTestServer;
let tmp: TempDir;

beforeAll(async () => {
  server = await startScimServer({ generate: { users: 6, groups: 2, seed: 9 }, auth: { bearer: TOKEN } });
  tmp = await tempDir();
});

afterAll(async () => {
  await server.close();
  await tmp.remove();
});

describe('construction', () => {
  it('needs no credentials and makes no request until validate or a listing runs', async () => {
    server.resetLog();
    const connector = createScimConnector({ config: scimConfig(server.url, { provisioning: PROVISIONING }), provisioning: true });
    expect(connector.metadata().displayName).toBe('SCIM');
    expect(connector.resourceSyncers().map((s) => s.resourceType.id)).toEqual(['user', 'group', 'role']);
    expect(server.requests).toEqual([]);
    await expect(connector.validate(signal)).rejects.toMatchObject({
      code: 'invalid-argument',
      message: 'test-provider.yaml uses an OAuth2 bearer token: set --token (BATON_TOKEN)',
    });
    expect(server.requests).toEqual([]);
    await connector.close();
  });
});

describe('credentialProblems', () => {
  const config = (auth: Record<string, unknown>) => scimConfig('https://scim.example.test/scim/v2', { auth });
  it.each([
    ['oauth2 with a token', { authType: 'oauth2' }, { token: 't' }, []],
    ['oauth2 with an API key instead', { authType: 'oauth2' }, { apiKey: 'k' }, []],
    ['apiKey without a key', { authType: 'apiKey' }, {}, ['test-provider.yaml uses an API key: set --api-key (BATON_API_KEY)']],
    ['basic without a password', { authType: 'basic' }, { username: 'u' }, ['test-provider.yaml uses basic authentication: set --password (BATON_PASSWORD)']],
    [
      'account credentials without an account id',
      { authType: 'oauth2', shouldObtainToken: true, authUrl: 'https://zoom.example.test/oauth/token', tokenPath: 'access_token', tokenRequest: { grantType: 'account_credentials' } },
      { clientId: 'c', clientSecret: 's' },
      ['test-provider.yaml obtains a token from https://zoom.example.test/oauth/token: set --account-id (BATON_ACCOUNT_ID)'],
    ],
  ])('%s', (_name, auth, credentials, problems) => {
    expect(credentialProblems(config(auth), credentials)).toEqual(problems);
  });
});

describe('validate', () => {
  it('lists one user with startIndex=1 and count=1', async () => {
    server.resetLog();
    const connector = connectorFor({ config: scimConfig(server.url) });
    await connector.validate(signal);
    await connector.close();
    expect(server.requests.map((r) => [r.method, r.path, r.query])).toEqual([['GET', '/scim/v2/Users', { startIndex: '1', count: '1' }]]);
  });

  it('says which credential to check when the server refuses it, without showing it', async () => {
    const connector = connectorFor({ config: scimConfig(server.url), credentials: { token: 'wrong-token-value' } });
    const failure = connector.validate(signal);
    await expect(failure).rejects.toMatchObject({ code: 'unauthenticated', message: expect.stringContaining('check --token') });
    await expect(failure).rejects.not.toMatchObject({ message: expect.stringContaining('wrong-token-value') });
    await connector.close();
  });

  it('says to check apiEndpoint when there is no /Users under it', async () => {
    const connector = connectorFor({ config: scimConfig(server.url), apiEndpoint: `${server.origin}/not-scim` });
    await expect(connector.validate(signal)).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining('Check apiEndpoint') });
    await connector.close();
  });
});

describe('provider hooks over a non-SCIM directory API', () => {
  const people: DirectoryPerson[] = Array.from({ length: 5 }, (_, i) => ({ id: `u${i}`, login: `p${i}@example.com`, firstName: `F${i}`, lastName: `L${i}` }));
  const groups = { g1: ['u0', 'u1', 'u2'], g2: ['u3', 'u9'] };

  /** Follows `Link: <…>; rel="next"`; the cursor is the next page's path under the base URL. */
  async function linkPage(ctx: ListHookContext, first: string, toScim: (item: JsonObject) => JsonObject): Promise<ListHookResult> {
    const res = await ctx.client.get(ctx.cursor === '' ? first : ctx.cursor, ctx.cursor === '' ? { limit: ctx.pageSize } : undefined, { signal: ctx.signal });
    const next = /<([^>]+)>;\s*rel="next"/.exec(res.headers['link'] ?? '')?.[1];
    const items = (res.body as JsonObject[]).map(toScim);
    return { items, ...(next ? { nextCursor: new URL(next).pathname.replace(/^\/api\/v1/, '') + new URL(next).search } : {}) };
  }

  const hooks: ScimProviderHooks = {
    authenticate: ({ credentials }) => ({ authorization: `SSWS ${credentials.apiKey ?? ''}` }),
    listUsers: (ctx) =>
      linkPage(ctx, '/users', (u) => {
        const p = u['profile'] as JsonObject;
        return { id: u['id']!, userName: p['login']!, name: { givenName: p['firstName']!, familyName: p['lastName']! }, emails: [{ value: p['email']!, primary: true }], active: u['status'] === 'ACTIVE' };
      }),
    listGroups: (ctx) => linkPage(ctx, '/groups', (g) => ({ id: g['id']!, displayName: (g['profile'] as JsonObject)['name']! })),
    listGroupMembers: (groupId, ctx) => linkPage(ctx, `/groups/${groupId}/users`, (m) => ({ value: m['id']!, type: 'User' })),
    mapUser: (user) => (user.id?.resource === 'u4' ? undefined : user),
  };

  it('syncs through listUsers, listGroups and listGroupMembers, reading Link headers and leaving out dropped users', async () => {
    const api = await startDirectoryApi('ssws-secret-token', people, groups);
    try {
      const config = scimConfig(`${api.origin}/api/v1`, { pagination: { pageSize: 2 } });
      const connector = createScimConnector({ config, credentials: { apiKey: 'ssws-secret-token' }, hooks });
      const file = tmp.file('hooks.c1z');
      await sync(connector, file);
      await connector.close();
      const got = await readSync(file);
      expect(resourceIds(got.resources, 'user')).toEqual(['u0', 'u1', 'u2', 'u3']);
      expect(resourceIds(got.resources, 'group')).toEqual(['g1', 'g2']);
      // u9 is not a user of the directory: its membership would point at nothing.
      expect(idsOf(got.grants)).toEqual(['group:g1:member:user:u0', 'group:g1:member:user:u1', 'group:g1:member:user:u2', 'group:g2:member:user:u3']);
      expect(connector.droppedGrants()).toEqual({ count: 1, examples: ['group:g2:member:user:u9'] });
      expect(api.requests.every((r) => r.authorization === 'SSWS ssws-secret-token')).toBe(true);
      expect(connector.requestStats()).toMatchObject({ validate: 1, userPages: 3, groupPages: 1, groupMemberReads: 3 });
    } finally {
      await api.close();
    }
  });
});

describe('normaliseGroup rewrites every group object the connector reads', () => {
  // Members as Databricks sends them: no `type`, only a `$ref` naming the kind of resource.
  const directory = generateDirectory({ users: 2, groups: 2, nestedGroups: 0, membershipsPerUser: 0, roles: 0, seed: 5 });
  const [u1, u2] = directory.users.map((u) => u.id) as [string, string];
  const [outer, inner] = directory.groups as [ScimGroup, ScimGroup];
  outer.members = [{ value: u1, $ref: `Users/${u1}` }, { value: inner.id, $ref: `Groups/${inner.id}` }];
  inner.members = [{ value: u2, $ref: `Users/${u2}` }];
  const typed = (member: JsonObject): JsonObject => {
    const ref = member['$ref'];
    return { ...member, type: typeof ref === 'string' && ref.startsWith('Groups/') ? 'Group' : 'User' };
  };
  const hooks: ScimProviderHooks = { normaliseGroup: (g) => ({ ...g, members: (g['members'] as JsonObject[] | undefined)?.map(typed) ?? [] }) };

  it.each([
    ['listed', {}],
    ['read one group at a time', { group: { excludeMembersInList: true } }],
  ])('a nested group is typed from its $ref when members are %s', async (_how, patch) => {
    const server = await startScimServer({ directory, auth: { bearer: TOKEN } });
    try {
      const connector = connectorFor({ config: scimConfig(server.url, patch), hooks });
      const file = tmp.file(`normalise-${Object.keys(patch).length}.c1z`);
      await sync(connector, file);
      await connector.close();
      const got = await readSync(file);
      expect(idsOf(got.grants)).toEqual(
        [`group:${inner.id}:member:user:${u2}`, `group:${outer.id}:member:group:${inner.id}`, `group:${outer.id}:member:user:${u1}`, `group:${outer.id}:member:user:${u2}`].sort(),
      );
    } finally {
      await server.close();
    }
  });
});

describe('servers that answer writes differently', () => {
  const group: Resource = { id: { resourceType: 'group', resource: 'g1' }, displayName: 'G1' };
  const entitlement = { id: 'group:g1:member', resource: group };
  const user = (id: string): Resource => ({ id: { resourceType: 'user', resource: id } });
  const grantOf = (id: string): Grant => ({ id: `group:g1:member:user:${id}`, entitlement, principal: user(id) });

  it('sends nothing to grant a member the group holds, and removes by read-modify-replace (never a value list) when filters are refused', async () => {
    const strict = await startStrictScimServer(['u1', 'u2', 'u3']);
    const connector = connectorFor({ config: scimConfig(`${strict.origin}/scim/v2`, { provisioning: PROVISIONING }), provisioning: true });
    try {
      const groups = connector.resourceSyncers()[1]!;
      const { grants, outcome } = await groups.grant!(user('u2'), entitlement, signal);
      expect(grants.map((g) => g.id)).toEqual(['group:g1:member:user:u2']);
      expect(outcome).toBe('already-in-place');
      expect(strict.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /scim/v2/ServiceProviderConfig', 'GET /scim/v2/Groups/g1?attributes=members']);

      await groups.revoke!(grantOf('u2'), signal);
      expect(strict.state.members).toEqual(['u1', 'u3']);
      expect(strict.requests.filter((r) => r.method === 'PATCH').map((r) => (r.body as { Operations: unknown }).Operations)).toEqual([
        [{ op: 'remove', path: 'members[value eq "u2"]' }],
        [{ op: 'replace', path: 'members', value: [{ value: 'u1', type: 'User' }, { value: 'u3', type: 'User' }] }],
      ]);
    } finally {
      await connector.close();
      await strict.close();
    }
  });

  it('lets buildPatch adjust the body and keeps a 409 an error when the read does not confirm it', async () => {
    const strict = await startStrictScimServer(['u1']);
    const hooks: ScimProviderHooks = {
      // A provider that needs a different member value: the hook sees the operation and the ids.
      buildPatch: (body, ctx) => (ctx.operation === 'addUserToGroup' && ctx.valueId === 'alias' ? { ...body, Operations: [{ op: 'add', path: 'members', value: [{ value: 'u1' }] }] } : body),
    };
    const connector = connectorFor({ config: scimConfig(`${strict.origin}/scim/v2`, { provisioning: PROVISIONING }), provisioning: true, hooks });
    try {
      const groups = connector.resourceSyncers()[1]!;
      await expect(groups.grant!(user('alias'), entitlement, signal)).rejects.toMatchObject({ code: 'already-exists' });
      expect(strict.requests.filter((r) => r.method === 'PATCH').map((r) => (r.body as { Operations: unknown }).Operations)).toEqual([[{ op: 'add', path: 'members', value: [{ value: 'u1' }] }]]);
    } finally {
      await connector.close();
      await strict.close();
    }
  });
});
