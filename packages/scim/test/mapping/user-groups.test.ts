import type { Resource } from '@baton-scim/core';
import { describe, expect, it } from 'vitest';
import { mapGroup } from '../../src/mapping/groups.js';
import { GroupNameIndex, userGroupGrants } from '../../src/mapping/user-groups.js';
import { mapUser } from '../../src/mapping/users.js';
import { MappingWarnings } from '../../src/mapping/warnings.js';
import { configWith } from './config-fixture.js';

const withIds = configWith({
  user: { hasGroupsOnUser: true, userGroup: { path: 'groups', name: 'display', id: 'value' } },
  group: { members: undefined },
});
const namesOnly = configWith({ user: { hasGroupsOnUser: true, userGroup: { path: 'groups', name: 'display' } } });

function indexOf(groups: { id: string; displayName: string }[]): GroupNameIndex {
  const index = new GroupNameIndex();
  for (const json of groups) index.add(mapGroup(json, withIds, new MappingWarnings()) ?? {});
  return index;
}

function user(json: unknown): Resource {
  const resource = mapUser(json, withIds, new MappingWarnings());
  if (!resource) throw new Error('expected a user');
  return resource;
}

const index = indexOf([
  { id: 'g1', displayName: 'Sales' },
  { id: 'g2', displayName: 'Support' },
  { id: 'g3', displayName: 'Ops' },
  { id: 'g4', displayName: 'Ops' },
]);

describe('userGroupGrants (hasGroupsOnUser)', () => {
  it('grants the groups listed on the user by id, with the listed group as entitlement resource', () => {
    const json = { id: 'u1', userName: 'a', groups: [{ value: 'g1', display: 'Sales' }, { value: 'g9' }] };
    const grants = userGroupGrants(user(json), json, withIds, index, new MappingWarnings());
    expect(grants.map((g) => g.id)).toEqual(['group:g1:member:user:u1', 'group:g9:member:user:u1']);
    expect(grants.map((g) => g.principal?.id)).toEqual([
      { resourceType: 'user', resource: 'u1' },
      { resourceType: 'user', resource: 'u1' },
    ]);
    expect(grants[0]?.entitlement?.resource?.displayName).toBe('Sales');
    expect(grants[1]?.entitlement?.resource).toEqual({ id: { resourceType: 'group', resource: 'g9' } });
  });

  it('resolves groups given only by name through the group listing, case-insensitively', () => {
    const json = { id: 'u2', userName: 'b', groups: [{ display: 'Support' }, { display: 'sales' }, { display: 'Support' }] };
    const grants = userGroupGrants(user(json), json, namesOnly, index, new MappingWarnings());
    expect(grants.map((g) => g.id)).toEqual(['group:g2:member:user:u2', 'group:g1:member:user:u2']);
  });

  it('skips unknown and ambiguous names with a warning, never guessing', () => {
    const warnings = new MappingWarnings();
    const json = { id: 'u3', userName: 'c', groups: [{ display: 'Ops' }, { display: 'Marketing' }, {}] };
    expect(userGroupGrants(user(json), json, namesOnly, index, warnings)).toEqual([]);
    expect(warnings.summary().map((s) => [s.kind, s.count, s.examples])).toEqual([
      ['user-group-ambiguous-name', 1, ['Ops']],
      ['user-group-unknown-name', 1, ['Marketing']],
      ['user-group-without-id', 1, ['u3']],
    ]);
    expect(index.resolve('Ops')).toEqual({ kind: 'ambiguous', ids: ['g3', 'g4'] });
  });

  it('reads nothing from the user unless hasGroupsOnUser is set', () => {
    const json = { id: 'u4', userName: 'd', groups: [{ value: 'g1' }] };
    expect(userGroupGrants(user(json), json, configWith(), index, new MappingWarnings())).toEqual([]);
  });
});
