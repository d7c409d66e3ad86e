import { describe, expect, it } from 'vitest';
import { generateDirectory } from '../src/generate.js';
import { TestkitConfigError } from '../src/errors.js';
import { ENTERPRISE_SCHEMA } from '../src/scim-types.js';

describe('generateDirectory', () => {
  it('gives the same directory for the same seed and a different one for another seed', () => {
    const a = generateDirectory({ users: 40, groups: 6, seed: 42 });
    const b = generateDirectory({ users: 40, groups: 6, seed: 42 });
    const c = generateDirectory({ users: 40, groups: 6, seed: 43 });
    expect(b).toEqual(a);
    expect(c.users.map((u) => u.id)).not.toEqual(a.users.map((u) => u.id));
  });

  it('honours the counts, with unique ids and userNames', () => {
    const d = generateDirectory({ users: 120, groups: 9, seed: 1 });
    expect(d.users).toHaveLength(120);
    expect(d.groups).toHaveLength(9);
    const ids = [...d.users, ...d.groups].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(d.users.map((u) => u.userName.toLowerCase())).size).toBe(120);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('puts each user in exactly membershipsPerUser groups and mirrors that in User.groups', () => {
    const d = generateDirectory({ users: 30, groups: 5, membershipsPerUser: 3, nestedGroups: 0, seed: 9 });
    for (const user of d.users) {
      const containing = d.groups.filter((g) => g.members?.some((m) => m.value === user.id));
      expect(containing).toHaveLength(3);
      expect(user.groups?.map((g) => g.value).sort()).toEqual(containing.map((g) => g.id).sort());
    }
  });

  it('draws the groups of each user one at a time when asked (what a million users take by default): distinct, exactly membershipsPerUser, repeatable', () => {
    const options = { users: 200, groups: 50, membershipsPerUser: 10, nestedGroups: 0, seed: 5, membershipSampling: 'draw' as const };
    const d = generateDirectory(options);
    const counts = new Map<string, number>();
    for (const group of d.groups) for (const m of group.members ?? []) counts.set(m.value, (counts.get(m.value) ?? 0) + 1);
    for (const user of d.users) {
      expect(counts.get(user.id)).toBe(10);
      expect(new Set(user.groups?.map((g) => g.value)).size).toBe(10);
    }
    // Spread over the groups, not piled on the first ones.
    expect(d.groups.filter((g) => (g.members?.length ?? 0) > 0)).toHaveLength(50);
    expect(generateDirectory(options)).toEqual(d);
    // A different directory from the whole-shuffle one of the same seed, which stays the default at this size.
    const { membershipSampling: _drawn, ...byDefault } = options;
    const shuffled = generateDirectory(byDefault);
    expect(shuffled).toEqual(generateDirectory({ ...options, membershipSampling: 'shuffle' }));
    expect(shuffled.groups.map((g) => g.members)).not.toEqual(d.groups.map((g) => g.members));
  });

  it('nests exactly nestedGroups groups, each under an earlier group, so there is no cycle', () => {
    const d = generateDirectory({ users: 10, groups: 8, nestedGroups: 5, seed: 3 });
    const index = new Map(d.groups.map((g, i) => [g.id, i]));
    const edges = d.groups.flatMap((g, i) => (g.members ?? []).filter((m) => m.type === 'Group').map((m) => [i, index.get(m.value)!]));
    expect(edges).toHaveLength(5);
    expect(new Set(edges.map(([, child]) => child)).size).toBe(5);
    for (const [parent, child] of edges) expect(child).toBeGreaterThan(parent!);
  });

  it('hands out exactly `roles` distinct role values, each user with one primary role', () => {
    const d = generateDirectory({ users: 50, groups: 2, roles: 4, seed: 5 });
    const values = new Set(d.users.flatMap((u) => u.roles ?? []).map((r) => r.value));
    expect(values.size).toBe(4);
    for (const user of d.users) expect(user.roles?.filter((r) => r.primary)).toHaveLength(1);
    expect(generateDirectory({ users: 5, groups: 1, roles: 0, seed: 5 }).users.every((u) => u.roles === undefined)).toBe(true);
  });

  it('includes the deliberately incomplete users by default, even in a small directory', () => {
    const d = generateDirectory({ users: 12, groups: 2, seed: 11 });
    expect(d.users.some((u) => u.name === undefined)).toBe(true);
    expect(d.users.some((u) => u.emails === undefined)).toBe(true);
    expect(d.users.some((u) => u.active === undefined)).toBe(true);
    expect(d.users.some((u) => u.active === false)).toBe(true);
    const multi = d.users.filter((u) => (u.emails?.length ?? 0) > 1);
    expect(multi.length).toBeGreaterThan(0);
    for (const u of multi) expect(u.emails?.[0]?.primary).toBe(false);
    for (const u of multi) expect(u.emails?.findIndex((e) => e.primary)).toBeGreaterThan(0);
  });

  it('scales quirk counts with their ratios and turns them off at 0', () => {
    const d = generateDirectory({ users: 200, groups: 1, seed: 2, quirks: { missingName: 0.25, missingEmails: 0, enterprise: 0.1 } });
    expect(d.users.filter((u) => u.name === undefined)).toHaveLength(50);
    expect(d.users.filter((u) => u.emails === undefined)).toHaveLength(0);
    expect(d.users.filter((u) => u[ENTERPRISE_SCHEMA] !== undefined)).toHaveLength(20);
  });

  it('gives enterprise users a department, an employee number and an existing manager', () => {
    const d = generateDirectory({ users: 30, groups: 1, seed: 8, quirks: { enterprise: 1 } });
    const ids = new Set(d.users.map((u) => u.id));
    for (const [i, user] of d.users.entries()) {
      const ext = user[ENTERPRISE_SCHEMA];
      expect(user.schemas).toContain(ENTERPRISE_SCHEMA);
      expect(ext?.department).toBeTruthy();
      expect(ext?.employeeNumber).toBe(String(1000 + i));
      if (i > 0) expect(ids.has(ext?.manager?.value ?? '')).toBe(true);
    }
  });

  it('builds meta and $ref from the base URL', () => {
    const d = generateDirectory({ users: 3, groups: 1, seed: 1, baseUrl: 'http://x.test/scim/v2/' });
    const user = d.users[0]!;
    expect(user.meta).toMatchObject({ resourceType: 'User', location: `http://x.test/scim/v2/Users/${user.id}`, version: 'W/"1"' });
    expect(Date.parse(user.meta.lastModified)).toBeGreaterThanOrEqual(Date.parse(user.meta.created));
    expect(d.groups[0]?.members?.[0]?.$ref).toMatch(/^http:\/\/x\.test\/scim\/v2\/Users\//);
  });

  it('rejects bad options, naming the option', () => {
    expect(() => generateDirectory({ users: -1, groups: 1, seed: 1 })).toThrow(/generateDirectory\.users: must be a non-negative integer/);
    expect(() => generateDirectory({ users: 1, groups: 3, nestedGroups: 3, seed: 1 })).toThrow(TestkitConfigError);
    expect(() => generateDirectory({ users: 1, groups: 1, seed: 1, quirks: { inactive: 2 } })).toThrow(/quirks\.inactive/);
    expect(() => generateDirectory({ users: 1, groups: 1, seed: 1, membershipSampling: 'random' as 'draw' })).toThrow(/generateDirectory\.membershipSampling: must be "shuffle" or "draw"/);
  });
});
