// Names, emails and profile values longer than 1024 characters are cut with a warning; ids never are.
import { describe, expect, it } from 'vitest';
import { mapGroup } from '../../src/mapping/groups.js';
import { mapUser } from '../../src/mapping/users.js';
import { MappingWarnings } from '../../src/mapping/warnings.js';
import { configWith } from './config-fixture.js';
import { profileOf, userTrait } from './decode.js';

const huge = (c: string): string => c.repeat(50_000);

describe('field length caps', () => {
  it('cuts a user display name, userName, names, emails and profile values to 1024 characters and warns', () => {
    const config = configWith({ user: { displayName: 'displayName', profile: { title: 'title' } } });
    const warnings = new MappingWarnings();
    const user = mapUser(
      {
        id: 'u1',
        userName: huge('n'),
        displayName: huge('d'),
        name: { givenName: huge('g'), familyName: 'Short' },
        emails: [{ value: `${huge('e')}@example.com`, primary: true }],
        title: huge('t'),
      },
      config,
      warnings,
    );
    expect(user?.displayName).toBe('d'.repeat(1024));
    const trait = userTrait(user ?? {});
    expect(trait.login).toBe('n'.repeat(1024));
    expect(trait.emails?.[0]?.address).toHaveLength(1024);
    const profile = profileOf(trait.profile);
    expect(profile.first_name).toHaveLength(1024);
    expect(profile.last_name).toBe('Short');
    expect(profile.title).toHaveLength(1024);
    expect(warnings.summary().find((w) => w.kind === 'value-truncated')).toMatchObject({ count: 5, examples: ['u1'] });
  });

  it('never cuts inside a surrogate pair, and cuts a group name too', () => {
    const config = configWith();
    const warnings = new MappingWarnings();
    const name = `${'a'.repeat(1023)}${'\u{1F600}'.repeat(10)}`;
    const group = mapGroup({ id: 'g1', displayName: name }, config, warnings);
    expect(group?.displayName).toBe('a'.repeat(1023));
    expect(warnings.count('value-truncated')).toBe(1);
  });

  it('leaves values at the limit alone', () => {
    const warnings = new MappingWarnings();
    const group = mapGroup({ id: 'g1', displayName: 'x'.repeat(1024) }, configWith(), warnings);
    expect(group?.displayName).toHaveLength(1024);
    expect(warnings.summary()).toEqual([]);
  });
});
