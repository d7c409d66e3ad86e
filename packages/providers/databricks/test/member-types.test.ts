import { describe, expect, it } from 'vitest';
import { memberTypeOf, withMemberTypes } from '../src/hooks.js';

describe('databricks member types', () => {
  it('reads the type from relative and absolute $ref values', () => {
    expect(memberTypeOf('Users/1402836740532919')).toBe('User');
    expect(memberTypeOf('Groups/681537394123551')).toBe('Group');
    expect(memberTypeOf('ServicePrincipals/5523091187465530')).toBe('ServicePrincipal');
    expect(memberTypeOf('https://accounts.cloud.databricks.com/api/2.0/accounts/a/scim/v2/Groups/681537394123551')).toBe('Group');
    expect(memberTypeOf('Workspaces/1')).toBeUndefined();
    expect(memberTypeOf(undefined)).toBeUndefined();
  });

  it('types every member, keeps a type the server sent, and leaves groups without members alone', () => {
    const group = {
      id: '681537394123552',
      members: [
        { value: '1', $ref: 'Users/1' },
        { value: '2', $ref: 'Groups/2' },
        { value: '3', $ref: 'ServicePrincipals/3' },
        { value: '4', $ref: 'Groups/4', type: 'User' },
        { value: '5' },
      ],
    };
    expect(withMemberTypes(group)['members']).toEqual([
      { value: '1', $ref: 'Users/1', type: 'User' },
      { value: '2', $ref: 'Groups/2', type: 'Group' },
      { value: '3', $ref: 'ServicePrincipals/3', type: 'ServicePrincipal' },
      { value: '4', $ref: 'Groups/4', type: 'User' },
      { value: '5' },
    ]);
    expect(withMemberTypes({ id: 'g' })).toEqual({ id: 'g' });
  });
});
