import { findAnnotation, pb, Purpose, type Resource } from '@baton-scim/core';
import { describe, expect, it } from 'vitest';
import { groupEntitlements, groupMemberGrants, groupMembers, mapGroup } from '../../src/mapping/groups.js';
import { MappingWarnings } from '../../src/mapping/warnings.js';
import { configWith } from './config-fixture.js';
import { profileOf, roundTrip, roundTripGrant } from './decode.js';

const config = configWith();

const engineering = {
  id: 'g-eng',
  displayName: 'Engineering',
  members: [
    { value: 'u1', display: 'Ann', type: 'User' },
    { value: 'g-platform', display: 'Platform', type: 'Group' },
    { value: 'u2' },
    { value: 'g-sre', type: 'group' },
    { value: 'u1', display: 'Ann again', type: 'User' },
  ],
};

function group(json: unknown = engineering): Resource {
  const resource = mapGroup(json, config, new MappingWarnings());
  if (!resource) throw new Error('expected a group resource');
  return resource;
}

describe('mapGroup', () => {
  it('maps id, display name and a GroupTrait profile', () => {
    const resource = roundTrip(group());
    expect(resource.id).toEqual({ resourceType: 'group', resource: 'g-eng' });
    expect(resource.displayName).toBe('Engineering');
    const trait = findAnnotation(resource.annotations, 'GroupTrait');
    expect(profileOf(trait?.profile)).toEqual({ group_id: 'g-eng', group_name: 'Engineering' });
  });

  it('uses the id as name when displayName is missing, and skips a group without id', () => {
    const warnings = new MappingWarnings();
    expect(mapGroup({ id: 'g-x' }, config, warnings)?.displayName).toBe('g-x');
    expect(mapGroup({ displayName: 'Orphans' }, config, warnings)).toBeUndefined();
    expect(warnings.summary().map((s) => [s.kind, s.count, s.examples])).toEqual([
      ['group-without-name', 1, ['g-x']],
      ['group-without-id', 1, ['Orphans']],
    ]);
  });
});

describe('groupEntitlements', () => {
  it('offers one member entitlement, grantable to users and to groups', () => {
    const [member, ...rest] = groupEntitlements(group());
    expect(rest).toEqual([]);
    const decoded = pb.Entitlement.decode(pb.Entitlement.encode(member ?? {}).finish());
    expect(decoded.id).toBe('group:g-eng:member');
    expect(decoded.displayName).toBe('Engineering group member');
    expect(decoded.description).toBe('Member of Engineering group');
    expect(decoded.slug).toBe('member');
    expect(decoded.purpose).toBe(Purpose.PURPOSE_VALUE_ASSIGNMENT);
    expect(decoded.grantableTo.map((t) => t.id)).toEqual(['user', 'group']);
    expect(decoded.resource?.id).toEqual({ resourceType: 'group', resource: 'g-eng' });
  });
});

describe('groupMemberGrants', () => {
  it('grants users, and nested groups as expandable group principals, once per member', () => {
    const owner = group();
    const grants = groupMemberGrants(owner, groupMembers(engineering, config), config, new MappingWarnings()).map(roundTripGrant);
    expect(grants.map((g) => g.id)).toEqual([
      'group:g-eng:member:user:u1',
      'group:g-eng:member:group:g-platform',
      'group:g-eng:member:user:u2',
      'group:g-eng:member:group:g-sre',
    ]);
    expect(grants.map((g) => g.principal?.id)).toEqual([
      { resourceType: 'user', resource: 'u1' },
      { resourceType: 'group', resource: 'g-platform' },
      { resourceType: 'user', resource: 'u2' },
      { resourceType: 'group', resource: 'g-sre' },
    ]);
    expect(grants.map((g) => g.entitlement?.id)).toEqual(Array(4).fill('group:g-eng:member'));
    expect(grants[0]?.entitlement?.resource?.id).toEqual({ resourceType: 'group', resource: 'g-eng' });
    expect(grants.map((g) => findAnnotation(g.annotations, 'GrantExpandable')?.entitlementIds ?? null)).toEqual([
      null,
      ['group:g-platform:member'],
      null,
      ['group:g-sre:member'],
    ]);
  });

  it('skips members without an id or of another type, and says how many', () => {
    const warnings = new MappingWarnings();
    const members = [{ display: 'no id' }, { value: 'sp-1', type: 'ServicePrincipal' }, { value: 'u9', type: 'User' }];
    const grants = groupMemberGrants(group(), members, config, warnings);
    expect(grants.map((g) => g.id)).toEqual(['group:g-eng:member:user:u9']);
    expect(warnings.summary().map((s) => [s.kind, s.count, s.examples])).toEqual([
      ['member-without-id', 1, ['group g-eng']],
      ['member-unknown-type', 1, ['sp-1 (ServicePrincipal)']],
    ]);
  });

  it('reads members from a page fetched on its own (excludeMembersInList), with a custom type path', () => {
    const custom = configWith({ group: { members: { path: 'Resources', id: 'id', type: 'kind' }, excludeMembersInList: true } });
    const page = { Resources: [{ id: 'u5', kind: 'user' }, { id: 'g-ops', kind: 'Group' }] };
    const grants = groupMemberGrants(group(), groupMembers(page, custom), custom, new MappingWarnings());
    expect(grants.map((g) => g.id)).toEqual(['group:g-eng:member:user:u5', 'group:g-eng:member:group:g-ops']);
  });

  it('reads no memberships when the config maps no members', () => {
    const noMembers = configWith({ group: { members: undefined } });
    expect(groupMembers(engineering, noMembers)).toEqual([]);
    expect(groupMemberGrants(group(), engineering.members, noMembers, new MappingWarnings())).toEqual([]);
  });
});
