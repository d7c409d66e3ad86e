import { pb, Trait, type Logger } from '@baton-scim/core';
import { describe, expect, it } from 'vitest';
import { GROUP_RESOURCE_TYPE, ROLE_RESOURCE_TYPE, SCIM_RESOURCE_TYPES, USER_RESOURCE_TYPE } from '../../src/mapping/resource-types.js';
import { MappingWarnings } from '../../src/mapping/warnings.js';

describe('MappingWarnings', () => {
  it('keeps one entry per kind with its count and up to three distinct examples', () => {
    const warnings = new MappingWarnings();
    for (const id of ['a', 'b', 'b', 'c', 'd']) warnings.note('user-without-email', id);
    warnings.note('member-without-id', 'group g1');
    expect(warnings.summary()).toEqual([
      { kind: 'user-without-email', count: 5, message: '5 users have no email address', examples: ['a', 'b', 'c'] },
      { kind: 'member-without-id', count: 1, message: '1 group members without an id were skipped', examples: ['group g1'] },
    ]);
    expect(warnings.count('user-without-email')).toBe(5);
    expect(warnings.count('role-without-value')).toBe(0);
  });

  it('logs one warning line per kind', () => {
    const lines: [Record<string, unknown>, string][] = [];
    const logger: Logger = { debug: () => {}, info: () => {}, error: () => {}, warn: (obj, msg) => void lines.push([obj, msg]) };
    const warnings = new MappingWarnings();
    warnings.note('user-without-active', 'u1');
    warnings.note('user-without-active', 'u2');
    warnings.report(logger);
    expect(lines).toEqual([
      [
        { kind: 'user-without-active', count: 2, examples: ['u1', 'u2'] },
        '2 users have no active flag; they are reported enabled',
      ],
    ]);
  });
});

describe('resource types', () => {
  it('are user, group and role with their traits, as the Go connector declares them; users skip entitlements and grants', () => {
    expect(SCIM_RESOURCE_TYPES.map((t) => pb.ResourceType.toObject(pb.ResourceType.decode(pb.ResourceType.encode(t).finish()), { enums: Number }))).toEqual([
      {
        id: 'user',
        displayName: 'User',
        traits: [Trait.TRAIT_USER],
        annotations: [{ type_url: 'type.googleapis.com/c1.connector.v2.SkipEntitlementsAndGrants' }],
      },
      { id: 'group', displayName: 'Group', traits: [Trait.TRAIT_GROUP] },
      { id: 'role', displayName: 'Role', traits: [Trait.TRAIT_ROLE] },
    ]);
    expect([USER_RESOURCE_TYPE, GROUP_RESOURCE_TYPE, ROLE_RESOURCE_TYPE].every(Object.isFrozen)).toBe(true);
  });
});
