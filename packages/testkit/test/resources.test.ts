import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startScimServer } from '../src/server/start.js';
import type { ScimTestServer } from '../src/server/options.js';
import { USER_SCHEMA } from '../src/scim-types.js';
import { call, ids, jsonInit, str } from './helpers.js';

let s: ScimTestServer;
beforeEach(async () => {
  s = await startScimServer({ generate: { users: 15, groups: 4, nestedGroups: 1, seed: 21 } });
});
afterEach(async () => s.close());

const users = () => [...s.directory.users.values()];
const q = (filter: string) => `filter=${encodeURIComponent(filter)}`;

describe('reading resources', () => {
  it('serves GET /Users/{id} and 404 as a SCIM error with a string status', async () => {
    const user = users()[3]!;
    const res = await call(`${s.url}/Users/${user.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/scim+json');
    expect(res.json).toEqual(user);
    const missing = await call(`${s.url}/Users/nope`);
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '404', detail: 'User nope not found' });
  });

  it('filters by userName (any case), id, displayName and e-mail type', async () => {
    const user = users()[5]!;
    const byName = await call(`${s.url}/Users?${q(`userName eq "${user.userName.toUpperCase()}"`)}`);
    expect(ids(byName.json)).toEqual([user.id]);
    expect((await call(`${s.url}/Users?${q(`id eq "${user.id}"`)}`)).json.totalResults).toBe(1);
    const group = [...s.directory.groups.values()][2]!;
    expect((await call(`${s.url}/Groups?${q(`displayName eq "${group.displayName}"`)}`)).json.Resources[0].id).toBe(group.id);
    const workMail = users().filter((u) => u.emails?.some((e) => e.type === 'work' && e.value === user.userName));
    expect((await call(`${s.url}/Users?${q(`emails[type eq "work" and value eq "${user.userName}"]`)}`)).json.totalResults).toBe(workMail.length);
    const bad = await call(`${s.url}/Users?${q('userName eq')}`);
    expect(bad.json).toMatchObject({ status: '400', scimType: 'invalidFilter' });
  });

  it('projects attributes and excludedAttributes', async () => {
    const group = [...s.directory.groups.values()][0]!;
    const lean = await call(`${s.url}/Groups?excludedAttributes=members`);
    const leanGroups = lean.json.Resources as Array<Record<string, unknown>>;
    expect(leanGroups.map((g) => g['displayName'])).toEqual([...s.directory.groups.values()].map((g) => g.displayName));
    expect(leanGroups.filter((g) => 'members' in g)).toEqual([]);
    const named = users().find((u) => u.name !== undefined)!;
    const picked = await call(`${s.url}/Users/${named.id}?attributes=userName,name.familyName`);
    expect(picked.json).toEqual({ schemas: named.schemas, id: named.id, userName: named.userName, name: { familyName: named.name?.familyName } });
    expect((await call(`${s.url}/Groups/${group.id}`)).json.members).toEqual(group.members);
  });

  it('serves discovery documents', async () => {
    const spc = await call(`${s.url}/ServiceProviderConfig`);
    expect(spc.json).toMatchObject({ patch: { supported: true }, filter: { supported: true, maxResults: 1000 }, etag: { supported: false } });
    const types = await call(`${s.url}/ResourceTypes`);
    expect((types.json.Resources as Array<Record<string, unknown>>).map((r) => r['endpoint'])).toEqual(['/Users', '/Groups']);
    expect((await call(`${s.url}/ResourceTypes/Group`)).json.schema).toBe('urn:ietf:params:scim:schemas:core:2.0:Group');
    expect((await call(`${s.url}/Schemas`)).json.totalResults).toBe(3);
  });
});

describe('writing resources', () => {
  const newUser = { schemas: [USER_SCHEMA], userName: 'new.person@example.com', name: { givenName: 'New', familyName: 'Person' }, active: true };

  it('creates a user with 201, Location and server-owned id/meta, and rejects a duplicate userName', async () => {
    const res = await call(`${s.url}/Users`, jsonInit('POST', { ...newUser, id: 'client-chosen', groups: [{ value: 'x' }] }));
    expect(res.status).toBe(201);
    expect(res.json.id).not.toBe('client-chosen');
    expect(res.json.groups).toBeUndefined();
    expect(res.headers.get('location')).toBe(`${s.url}/Users/${res.json.id}`);
    expect(s.directory.users.get(str(res.json.id))?.userName).toBe('new.person@example.com');
    const dup = await call(`${s.url}/Users`, jsonInit('POST', { ...newUser, userName: 'NEW.PERSON@example.com' }));
    expect(dup.status).toBe(409);
    expect(dup.json.scimType).toBe('uniqueness');
  });

  it('creates a group whose members must exist', async () => {
    const member = users()[0]!;
    const res = await call(`${s.url}/Groups`, jsonInit('POST', { schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], displayName: 'New', members: [{ value: member.id }] }));
    expect(res.status).toBe(201);
    expect(s.directory.users.get(member.id)?.groups?.map((g) => g.value)).toContain(res.json.id);
    const bad = await call(`${s.url}/Groups`, jsonInit('POST', { schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], displayName: 'Bad', members: [{ value: 'ghost' }] }));
    expect(bad.json).toMatchObject({ status: '400', scimType: 'invalidValue' });
  });

  it('PUT replaces the whole user, dropping attributes it leaves out, but keeps derived groups', async () => {
    const user = users().find((u) => u.name && u.emails && u.groups)!;
    const res = await call(`${s.url}/Users/${user.id}`, jsonInit('PUT', { schemas: [USER_SCHEMA], userName: user.userName, active: false }));
    expect(res.status).toBe(200);
    const stored = s.directory.users.get(user.id)!;
    expect(stored.name).toBeUndefined();
    expect(stored.emails).toBeUndefined();
    expect(stored.active).toBe(false);
    expect(stored.groups).toEqual(user.groups);
    expect(stored.meta.created).toBe(user.meta.created);
    expect(stored.meta.version).toBe('W/"2"');
  });

  it('DELETE removes a user from every group', async () => {
    const user = users().find((u) => (u.groups?.length ?? 0) > 0)!;
    expect((await call(`${s.url}/Users/${user.id}`, { method: 'DELETE' })).status).toBe(204);
    expect(s.directory.users.has(user.id)).toBe(false);
    for (const g of s.directory.groups.values()) expect(g.members?.some((m) => m.value === user.id) ?? false).toBe(false);
    expect((await call(`${s.url}/Users/${user.id}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('rejects non-JSON bodies, bad JSON and unsupported methods', async () => {
    const text = await call(`${s.url}/Users`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect(text.json).toMatchObject({ status: '400', scimType: 'invalidSyntax' });
    const broken = await call(`${s.url}/Users`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":' });
    expect(broken.json).toMatchObject({ status: '400', scimType: 'invalidSyntax' });
    const put = await call(`${s.url}/Groups/${[...s.directory.groups.keys()][0]}`, jsonInit('PUT', {}));
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, PATCH, DELETE');
    expect((await call(`${s.origin}/other`)).status).toBe(404);
  });
});
