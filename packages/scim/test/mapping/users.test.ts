import { AccountType, UserStatus } from '@baton-scim/core';
import { describe, expect, it } from 'vitest';
import { mapUser } from '../../src/mapping/users.js';
import { MappingWarnings } from '../../src/mapping/warnings.js';
import { configWith } from './config-fixture.js';
import { profileOf, roundTrip, userTrait } from './decode.js';

const config = configWith();

const barbara = {
  id: '2819c223',
  userName: 'bjensen',
  name: { givenName: 'Barbara', familyName: 'Jensen' },
  emails: [
    { value: 'bjensen@home.example', type: 'home' },
    { value: 'Babs@Work.example', type: 'work', primary: true },
    { value: 'babs@work.example', type: 'other' },
  ],
  active: true,
};

describe('mapUser', () => {
  it('maps a complete user: display name, login, emails, status, profile and structured name', () => {
    const warnings = new MappingWarnings();
    const resource = mapUser(barbara, config, warnings);
    if (!resource) throw new Error('expected a resource');
    expect(roundTrip(resource).id).toEqual({ resourceType: 'user', resource: '2819c223' });
    expect(resource.displayName).toBe('Barbara Jensen');
    const trait = userTrait(resource);
    expect(trait.login).toBe('bjensen');
    expect(trait.status?.status).toBe(UserStatus.STATUS_ENABLED);
    expect(trait.accountType).toBe(AccountType.ACCOUNT_TYPE_HUMAN);
    expect(trait.structuredName).toMatchObject({ givenName: 'Barbara', familyName: 'Jensen' });
    expect(profileOf(trait.profile)).toEqual({
      first_name: 'Barbara',
      last_name: 'Jensen',
      user_id: '2819c223',
      username: 'bjensen',
      login: 'bjensen',
      email: 'Babs@Work.example',
    });
    expect(warnings.summary()).toEqual([]);
  });

  it('keeps every email once, primary first and flagged, even when it is not the first one', () => {
    const trait = userTrait(mapUser(barbara, config, new MappingWarnings()) ?? {});
    expect(trait.emails.map((e) => [e.address, e.isPrimary])).toEqual([
      ['Babs@Work.example', true],
      ['bjensen@home.example', false],
    ]);
  });

  it('falls back to firstEmail when no email is marked primary', () => {
    const user = { ...barbara, emails: [{ value: 'one@x.example' }, { value: 'two@x.example' }] };
    const trait = userTrait(mapUser(user, config, new MappingWarnings()) ?? {});
    expect(trait.emails.map((e) => [e.address, e.isPrimary])).toEqual([
      ['one@x.example', true],
      ['two@x.example', false],
    ]);
  });

  it('reads a Postman-style primaryEmail of "userName" without a firstEmail', () => {
    const postman = configWith({ user: { primaryEmail: 'userName', firstEmail: undefined } });
    const user = { id: 'p1', userName: 'dev@postman.example', name: { givenName: 'Dev', familyName: 'One' }, active: true };
    const warnings = new MappingWarnings();
    const trait = userTrait(mapUser(user, postman, warnings) ?? {});
    expect(trait.emails.map((e) => [e.address, e.isPrimary])).toEqual([['dev@postman.example', true]]);
    expect(profileOf(trait.profile).email).toBe('dev@postman.example');
    expect(warnings.summary()).toEqual([]);
  });

  it('uses a mapped displayName, and "first last" when the record lacks it', () => {
    const withDisplay = configWith({ user: { displayName: 'displayName' } });
    const warnings = new MappingWarnings();
    expect(mapUser({ ...barbara, displayName: 'Babs J.' }, withDisplay, warnings)?.displayName).toBe('Babs J.');
    expect(mapUser(barbara, withDisplay, warnings)?.displayName).toBe('Barbara Jensen');
    expect(mapUser({ ...barbara, name: { givenName: 'Barbara' } }, withDisplay, warnings)?.displayName).toBe('Barbara');
  });

  it('still syncs a user without name, emails or active, and warns once per missing field with a count', () => {
    const warnings = new MappingWarnings();
    const bare = ['u1', 'u2', 'u3', 'u4'].map((id) => ({ id, userName: `${id}@x.example` }));
    const resources = bare.map((user) => mapUser(user, config, warnings));
    expect(resources.map((r) => r?.displayName)).toEqual(['u1@x.example', 'u2@x.example', 'u3@x.example', 'u4@x.example']);
    const trait = userTrait(resources[0] ?? {});
    expect(trait.status?.status).toBe(UserStatus.STATUS_ENABLED);
    expect(trait.emails).toEqual([]);
    expect(trait.structuredName).toBeNull();
    expect(profileOf(trait.profile)).toEqual({ user_id: 'u1', username: 'u1@x.example', login: 'u1@x.example' });
    expect(warnings.summary()).toEqual([
      { kind: 'user-without-first-name', count: 4, message: '4 users have no first name', examples: ['u1', 'u2', 'u3'] },
      { kind: 'user-without-last-name', count: 4, message: '4 users have no last name', examples: ['u1', 'u2', 'u3'] },
      { kind: 'user-without-email', count: 4, message: '4 users have no email address', examples: ['u1', 'u2', 'u3'] },
      {
        kind: 'user-without-active',
        count: 4,
        message: '4 users have no active flag; they are reported enabled',
        examples: ['u1', 'u2', 'u3'],
      },
    ]);
  });

  it('disables only on false or "false"', () => {
    const status = (active: unknown) => userTrait(mapUser({ ...barbara, active }, config, new MappingWarnings()) ?? {}).status?.status;
    expect(status(false)).toBe(UserStatus.STATUS_DISABLED);
    expect(status('false')).toBe(UserStatus.STATUS_DISABLED);
    expect(status('False')).toBe(UserStatus.STATUS_DISABLED);
    expect(status(true)).toBe(UserStatus.STATUS_ENABLED);
    expect(status('true')).toBe(UserStatus.STATUS_ENABLED);
    expect(status(null)).toBe(UserStatus.STATUS_ENABLED);
    const warnings = new MappingWarnings();
    mapUser({ ...barbara, active: 'suspended' }, config, warnings);
    expect(warnings.count('user-unrecognised-active')).toBe(1);
  });

  it('skips a record without an id, counting it, and never throws', () => {
    const warnings = new MappingWarnings();
    expect(mapUser({ userName: 'ghost' }, config, warnings)).toBeUndefined();
    expect(mapUser({ id: '', userName: 'blank' }, config, warnings)).toBeUndefined();
    expect(mapUser({ id: 'x'.repeat(1025) }, config, warnings)).toBeUndefined();
    expect(mapUser(null, config, warnings)).toBeUndefined();
    expect(warnings.summary().map((s) => [s.kind, s.count, s.examples])).toEqual([
      ['user-without-id', 3, ['ghost', 'blank', '(no userName either)']],
      ['user-bad-id', 1, ['x'.repeat(64)]],
    ]);
  });

  it('copies the enterprise extension into the profile, and custom profile paths over it', () => {
    const withProfile = configWith({ user: { profile: { department: 'title', title: 'title' } } });
    const user = {
      ...barbara,
      title: 'Tour Guide',
      'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {
        employeeNumber: 701984,
        costCenter: '4130',
        organization: 'Universal Studios',
        division: 'Theme Park',
        department: 'Tour Operations',
        manager: { value: '26118915', displayName: 'John Smith' },
      },
    };
    const trait = userTrait(mapUser(user, withProfile, new MappingWarnings()) ?? {});
    expect(profileOf(trait.profile)).toMatchObject({
      employee_number: '701984',
      cost_center: '4130',
      organization: 'Universal Studios',
      division: 'Theme Park',
      department: 'Tour Guide',
      title: 'Tour Guide',
      manager_id: '26118915',
      manager_name: 'John Smith',
    });
    expect(trait.employeeIds).toEqual(['701984']);
    const off = configWith({ user: { enterprise: false } });
    expect(profileOf(userTrait(mapUser(user, off, new MappingWarnings()) ?? {}).profile)).not.toHaveProperty('department');
  });

  it('leaves list or object profile values out, with a warning', () => {
    const withProfile = configWith({ user: { profile: { addresses: 'addresses' } } });
    const warnings = new MappingWarnings();
    const trait = userTrait(mapUser({ ...barbara, addresses: [{ locality: 'Hollywood' }] }, withProfile, warnings) ?? {});
    expect(profileOf(trait.profile)).not.toHaveProperty('addresses');
    expect(warnings.summary().map((s) => [s.kind, s.examples])).toEqual([['user-profile-not-scalar', ['2819c223: addresses']]]);
  });
});
