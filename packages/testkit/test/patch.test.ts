import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startScimServer } from '../src/server/start.js';
import type { ScimTestServer } from '../src/server/options.js';
import type { ScimGroup, ScimUser } from '../src/scim-types.js';
import { call, jsonInit, patchOp, values } from './helpers.js';

let s: ScimTestServer;
let group: ScimGroup;
let user: ScimUser;

beforeEach(async () => {
  s = await startScimServer({ generate: { users: 10, groups: 3, membershipsPerUser: 2, nestedGroups: 0, roles: 3, seed: 12 } });
  group = structuredClone([...s.directory.groups.values()].find((g) => (g.members?.length ?? 0) >= 3)!);
  user = structuredClone([...s.directory.users.values()].find((u) => u.roles?.length === 1 && u.emails?.length === 1)!);
});
afterEach(async () => s.close());

const patchGroup = (body: unknown) => call(`${s.url}/Groups/${group.id}`, jsonInit('PATCH', body));
const patchUser = (body: unknown) => call(`${s.url}/Users/${user.id}`, jsonInit('PATCH', body));
const memberIds = (): string[] => (s.directory.groups.get(group.id)?.members ?? []).map((m) => m.value);
const outsider = (): ScimUser => [...s.directory.users.values()].find((u) => !memberIds().includes(u.id))!;

describe('PATCH /Groups members', () => {
  it('removes exactly one member with a members[value eq] filter and updates User.groups', async () => {
    const [victim, ...rest] = group.members!.map((m) => m.value);
    const res = await patchGroup(patchOp({ op: 'remove', path: `members[value eq "${victim}"]` }));
    expect(res.status).toBe(200);
    expect(memberIds()).toEqual(rest);
    expect(values(res.json.members)).toEqual(rest);
    expect(s.directory.users.get(victim!)?.groups?.some((g) => g.value === group.id) ?? false).toBe(false);
    expect(s.directory.groups.get(group.id)?.meta.version).toBe('W/"2"');
  });

  it('treats removing an absent member as a successful no-op that does not bump the version', async () => {
    const res = await patchGroup(patchOp({ op: 'remove', path: `members[value eq "${outsider().id}"]` }));
    expect(res.status).toBe(200);
    expect(memberIds()).toEqual(group.members!.map((m) => m.value));
    expect(s.directory.groups.get(group.id)?.meta).toEqual(group.meta);
  });

  it('accepts the Entra form: capitalised Remove with a value list', async () => {
    const [a, b, ...rest] = group.members!.map((m) => m.value);
    const res = await patchGroup(patchOp({ op: 'Remove', path: 'members', value: [{ value: a }, { value: b }] }));
    expect(res.status).toBe(200);
    expect(memberIds()).toEqual(rest);
  });

  it('adds members once, fills display/type/$ref, and rejects unknown ids', async () => {
    const newcomer = outsider();
    const before = memberIds();
    const res = await patchGroup(patchOp({ op: 'add', path: 'members', value: [{ value: newcomer.id }, { value: before[0] }] }));
    expect(res.status).toBe(200);
    expect(memberIds()).toEqual([...before, newcomer.id]);
    expect(s.directory.groups.get(group.id)?.members?.at(-1)).toEqual({ value: newcomer.id, display: newcomer.displayName, type: 'User', $ref: newcomer.meta.location });
    expect(s.directory.users.get(newcomer.id)?.groups?.map((g) => g.value)).toContain(group.id);
    const bad = await patchGroup(patchOp({ op: 'add', path: 'members', value: [{ value: 'no-such-id' }] }));
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ status: '400', scimType: 'invalidValue' });
    expect(memberIds()).toEqual([...before, newcomer.id]);
  });

  it('replaces the whole member list', async () => {
    const only = outsider().id;
    expect((await patchGroup(patchOp({ op: 'replace', path: 'members', value: [{ value: only }] }))).status).toBe(200);
    expect(memberIds()).toEqual([only]);
  });

  it('answers 204 when configured for no-content PATCH responses', async () => {
    await s.close();
    s = await startScimServer({ generate: { users: 4, groups: 1, seed: 1 }, patchResponse: 'no-content' });
    group = [...s.directory.groups.values()][0]!;
    const res = await patchGroup(patchOp({ op: 'replace', path: 'displayName', value: 'Renamed' }));
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    expect(s.directory.groups.get(group.id)?.displayName).toBe('Renamed');
  });
});

describe('PATCH /Users', () => {
  it('adds a role and removes it again by value filter', async () => {
    const original = user.roles!.map((r) => r.value);
    const extra = ['admin', 'member', 'billing'].find((r) => !original.includes(r))!;
    expect((await patchUser(patchOp({ op: 'add', path: 'roles', value: [{ value: extra, display: 'X' }] }))).status).toBe(200);
    expect(s.directory.users.get(user.id)?.roles?.map((r) => r.value)).toEqual([...original, extra]);
    expect((await patchUser(patchOp({ op: 'remove', path: `roles[value eq "${extra}"]` }))).status).toBe(200);
    expect(s.directory.users.get(user.id)?.roles?.map((r) => r.value)).toEqual(original);
  });

  it('replaces a sub-attribute selected by a value filter and answers noTarget when nothing matches', async () => {
    const res = await patchUser(patchOp({ op: 'replace', path: 'emails[type eq "work"].value', value: 'new@example.com' }));
    expect(res.status).toBe(200);
    expect(s.directory.users.get(user.id)?.emails).toEqual([{ value: 'new@example.com', type: 'work', primary: true }]);
    const miss = await patchUser(patchOp({ op: 'replace', path: 'emails[type eq "other"].value', value: 'x@example.com' }));
    expect(miss.status).toBe(400);
    expect(miss.json.scimType).toBe('noTarget');
  });

  it('applies path-less replaces, including dotted keys and the enterprise extension', async () => {
    const ext = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
    const res = await patchUser(patchOp({ op: 'replace', value: { active: false, 'name.givenName': 'Zed', [ext]: { department: 'Legal' } } }));
    expect(res.status).toBe(200);
    const stored = s.directory.users.get(user.id)!;
    expect(stored.active).toBe(false);
    expect(stored.name?.givenName).toBe('Zed');
    expect(stored[ext]?.department).toBe('Legal');
    expect(stored.schemas).toContain(ext);
  });

  it('refuses to change read-only attributes and malformed PatchOp bodies', async () => {
    const ro = await patchUser(patchOp({ op: 'add', path: 'groups', value: [{ value: group.id }] }));
    expect(ro.status).toBe(400);
    expect(ro.json.scimType).toBe('mutability');
    const noSchema = await patchUser({ Operations: [{ op: 'add', path: 'title', value: 'x' }] });
    expect(noSchema.json).toMatchObject({ status: '400', scimType: 'invalidSyntax' });
    const badOp = await patchUser(patchOp({ op: 'merge', path: 'title', value: 'x' }));
    expect(badOp.json.scimType).toBe('invalidSyntax');
    const badPath = await patchUser(patchOp({ op: 'remove', path: 'emails[type eq' }));
    expect(badPath.json.scimType).toBe('invalidPath');
    const noPath = await patchUser(patchOp({ op: 'remove' }));
    expect(noPath.json.scimType).toBe('noTarget');
    expect(s.directory.users.get(user.id)).toEqual(user);
  });

  it('keeps userName unique across a PATCH', async () => {
    const other = [...s.directory.users.values()].find((u) => u.id !== user.id)!;
    const res = await patchUser(patchOp({ op: 'replace', path: 'userName', value: other.userName.toUpperCase() }));
    expect(res.status).toBe(409);
    expect(res.json.scimType).toBe('uniqueness');
  });
});

describe('strictPatch: the RFC 7644-strict server', () => {
  let strict: ScimTestServer;
  beforeEach(async () => {
    strict = await startScimServer({ generate: { users: 10, groups: 3, membershipsPerUser: 2, nestedGroups: 0, roles: 3, seed: 12 }, strictPatch: {} });
  });
  afterEach(async () => strict.close());

  const strictGroup = (): ScimGroup => [...strict.directory.groups.values()].find((g) => (g.members?.length ?? 0) >= 3)!;
  const strictUser = (): ScimUser => [...strict.directory.users.values()].find((u) => (u.roles?.length ?? 0) >= 1)!;

  it('answers 400 invalidPath to a value filter on members and roles, changing nothing', async () => {
    const g = strictGroup();
    const u = strictUser();
    const before = structuredClone(g.members);
    const members = await call(`${strict.url}/Groups/${g.id}`, jsonInit('PATCH', patchOp({ op: 'remove', path: `members[value eq "${g.members![0]!.value}"]` })));
    expect([members.status, members.json.scimType]).toEqual([400, 'invalidPath']);
    const roles = await call(`${strict.url}/Users/${u.id}`, jsonInit('PATCH', patchOp({ op: 'remove', path: `roles[value eq "${u.roles![0]!.value}"]` })));
    expect([roles.status, roles.json.scimType]).toEqual([400, 'invalidPath']);
    expect(strict.directory.groups.get(g.id)?.members).toEqual(before);
  });

  it('removes every value on a remove of the attribute, whatever value list it carries', async () => {
    const g = strictGroup();
    const res = await call(`${strict.url}/Groups/${g.id}`, jsonInit('PATCH', patchOp({ op: 'remove', path: 'members', value: [{ value: g.members![0]!.value }] })));
    expect(res.status).toBe(200);
    expect(strict.directory.groups.get(g.id)?.members ?? []).toEqual([]);
  });

  it('still adds and replaces like any server', async () => {
    const u = strictUser();
    const res = await call(`${strict.url}/Users/${u.id}`, jsonInit('PATCH', patchOp({ op: 'replace', path: 'roles', value: [{ value: 'only' }] })));
    expect(res.status).toBe(200);
    expect(strict.directory.users.get(u.id)?.roles?.map((r) => r.value)).toEqual(['only']);
  });
});
