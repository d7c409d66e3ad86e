import { findAnnotation, pb, type Resource } from '@baton-scim/core';
import { describe, expect, it } from 'vitest';
import { RoleRegistry } from '../../src/mapping/role-registry.js';
import { extractRoles, roleEntitlements, userRoleGrants } from '../../src/mapping/roles.js';
import { mapUser } from '../../src/mapping/users.js';
import { MappingWarnings } from '../../src/mapping/warnings.js';
import { configWith } from './config-fixture.js';
import { profileOf, roundTrip, roundTripGrant } from './decode.js';

// Zoom-style: `name`/`display` are relative to each element of `roles`.
const zoom = configWith({ user: { roles: { path: 'roles', name: 'value', display: 'display' } } });

const owner = {
  id: 'z1',
  userName: 'owner@zoom.example',
  roles: [
    { value: '0', display: 'Owner', primary: true },
    { value: '2', display: 'Member' },
    { value: '0', display: 'Owner' },
  ],
};

const ids = (roles: readonly Resource[]) => roles.map((r) => r.id?.resource);

describe('extractRoles', () => {
  it('makes one role resource per distinct value, named by display', () => {
    const roles = extractRoles(owner, zoom, new MappingWarnings()).map(roundTrip);
    expect(ids(roles)).toEqual(['0', '2']);
    expect(roles.map((r) => r.id?.resourceType)).toEqual(['role', 'role']);
    expect(roles.map((r) => r.displayName)).toEqual(['Owner', 'Member']);
    expect(profileOf(findAnnotation(roles[0]?.annotations, 'RoleTrait')?.profile)).toEqual({ role_id: '0', role_name: 'Owner' });
  });

  it('takes the id from the value, never the display name, so a renamed role keeps its id', () => {
    const renamed = { ...owner, roles: [{ value: '0', display: 'Account Owner' }] };
    const [role] = extractRoles(renamed, zoom, new MappingWarnings());
    expect(role?.id).toEqual({ resourceType: 'role', resource: '0' });
    expect(role?.displayName).toBe('Account Owner');
  });

  it('keeps values verbatim, including spaces, colons and case', () => {
    const user = { id: 'u', roles: [{ value: 'Org Admin' }, { value: 'arn:aws:iam::1:role/Dev' }, { value: 'org admin' }] };
    expect(ids(extractRoles(user, zoom, new MappingWarnings()))).toEqual(['Org Admin', 'arn:aws:iam::1:role/Dev', 'org admin']);
  });

  it('shows the value when there is no display name', () => {
    const [role] = extractRoles({ id: 'u', roles: [{ value: 'admin' }] }, zoom, new MappingWarnings());
    expect(role?.displayName).toBe('admin');
  });

  it('accepts roles sent as one object, and roles that are plain strings', () => {
    expect(ids(extractRoles({ id: 'u', roles: { value: 'solo' } }, zoom, new MappingWarnings()))).toEqual(['solo']);
    const strings = configWith({ user: { roles: { path: 'roles', name: '$' } } });
    expect(ids(extractRoles({ id: 'u', roles: ['a', 'b'] }, strings, new MappingWarnings()))).toEqual(['a', 'b']);
  });

  it('supports a filter on the roles path', () => {
    const primaryOnly = configWith({ user: { roles: { path: 'roles[?(@.primary==true)]', name: 'value' } } });
    expect(ids(extractRoles(owner, primaryOnly, new MappingWarnings()))).toEqual(['0']);
  });

  it('skips roles with an empty value and counts them', () => {
    const warnings = new MappingWarnings();
    const user = { id: 'u7', roles: [{ value: '' }, { display: 'No value' }, { value: 'ok' }] };
    expect(ids(extractRoles(user, zoom, warnings))).toEqual(['ok']);
    expect(warnings.summary().map((s) => [s.kind, s.count, s.examples])).toEqual([['role-without-value', 2, ['u7']]]);
  });

  it('reads no roles when the config maps none', () => {
    expect(extractRoles(owner, configWith(), new MappingWarnings())).toEqual([]);
  });
});

describe('roles across a sync', () => {
  it('registers each role once, in a stable order, whichever user listed it first', () => {
    const registry = new RoleRegistry();
    const second = { id: 'z2', roles: [{ value: '2', display: 'Member' }, { value: '1', display: 'Admin' }] };
    for (const user of [owner, second, owner]) registry.add(extractRoles(user, zoom, new MappingWarnings()));
    expect(registry.size).toBe(3);
    expect(ids(registry.resources())).toEqual(['0', '1', '2']);
    expect(registry.resources().map((r) => r.displayName)).toEqual(['Owner', 'Admin', 'Member']);
  });

  it('keeps a display name learnt from a later user when the first listing had none', () => {
    const registry = new RoleRegistry();
    registry.add(extractRoles({ id: 'a', roles: [{ value: '5' }] }, zoom, new MappingWarnings()));
    registry.add(extractRoles({ id: 'b', roles: [{ value: '5', display: 'Billing' }] }, zoom, new MappingWarnings()));
    registry.add(extractRoles({ id: 'c', roles: [{ value: '5', display: 'Other label' }] }, zoom, new MappingWarnings()));
    expect(registry.get('5')?.displayName).toBe('Billing');
  });

  it('offers a role member entitlement grantable to users', () => {
    const [role] = extractRoles(owner, zoom, new MappingWarnings());
    const [member] = roleEntitlements(role ?? {});
    const decoded = pb.Entitlement.decode(pb.Entitlement.encode(member ?? {}).finish());
    expect(decoded.id).toBe('role:0:member');
    expect(decoded.displayName).toBe('Owner role member');
    expect(decoded.description).toBe('Member of Owner role');
    expect(decoded.slug).toBe('member');
    expect(decoded.grantableTo.map((t) => t.id)).toEqual(['user']);
  });

  it('grants each of a user\'s roles to that user', () => {
    const warnings = new MappingWarnings();
    const user = mapUser(owner, zoom, warnings);
    if (!user) throw new Error('expected a user');
    const grants = userRoleGrants(user, extractRoles(owner, zoom, warnings)).map(roundTripGrant);
    expect(grants.map((g) => g.id)).toEqual(['role:0:member:user:z1', 'role:2:member:user:z1']);
    expect(grants.map((g) => g.entitlement?.id)).toEqual(['role:0:member', 'role:2:member']);
    expect(grants[1]?.entitlement?.resource?.displayName).toBe('Member');
    expect(grants.map((g) => g.principal?.id)).toEqual([
      { resourceType: 'user', resource: 'z1' },
      { resourceType: 'user', resource: 'z1' },
    ]);
  });
});
