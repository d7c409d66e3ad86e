// Grant expansion over small hand-made graphs: every grant and every source is checked.
import { describe, expect, it } from 'vitest';
import { hasAnnotation } from '../../src/model/annotations.js';
import type { Grant, Resource } from '../../src/model/pb.js';
import { expandGrants } from '../../src/sync/expand-grants.js';
import { grantTriples } from '../support/c1z-contents.js';
import { MemorySyncWriter } from '../support/memory-writer.js';
import { type ExpandableSpec, grant, group, member, user } from '../support/objects.js';

const [g0, g1, g2, g3, g4] = ['g0', 'g1', 'g2', 'g3', 'g4'].map((id) => group(id)) as [Resource, Resource, Resource, Resource, Resource];
const [u1, u2, u3] = ['u1', 'u2', 'u3'].map((id) => user(id)) as [Resource, Resource, Resource];

/** `[entitlement owner, principal, expandable?]`: principal holds owner's member entitlement. */
type Membership = [Resource, Resource, ExpandableSpec?];

function writerWith(memberships: Membership[], extraGroups: Resource[] = []): MemorySyncWriter {
  const resources = new Map<string, Resource>();
  for (const [owner, principal] of memberships) {
    resources.set(JSON.stringify(owner.id), owner);
    resources.set(JSON.stringify(principal.id), principal);
  }
  for (const g of extraGroups) resources.set(JSON.stringify(g.id), g);
  const writer = new MemorySyncWriter();
  writer.commit(
    {
      resources: [...resources.values()],
      entitlements: [...resources.values()].filter((r) => r.id?.resourceType === 'group').map(member),
      grants: memberships.map(([owner, principal, spec]) => grant(member(owner), principal, spec)),
    },
    '',
  );
  return writer;
}

const nested: ExpandableSpec = {};

/** "group:gX:member|type|id" → sources, for every grant. */
async function expanded(memberships: Membership[], extraGroups: Resource[] = []): Promise<Record<string, string[]>> {
  const writer = writerWith(memberships, extraGroups);
  await expandGrants(writer);
  return Object.fromEntries(grantTriples(writer));
}

describe('grant expansion', () => {
  it('follows a chain, group principals included', async () => {
    const result = await expanded([
      [g1, u1],
      [g2, g1, nested],
      [g3, g2, nested],
    ]);
    expect(result).toEqual({
      'group:g1:member|user|u1': [],
      'group:g2:member|group|g1': [],
      'group:g3:member|group|g2': [],
      'group:g2:member|user|u1': ['group:g1:member'],
      'group:g3:member|group|g1': ['group:g2:member'],
      'group:g3:member|user|u1': ['group:g2:member'],
    });
  });

  it('gives a diamond descendant both sources, and marks an existing direct grant with itself', async () => {
    const result = await expanded([
      [g1, u1],
      [g1, u2],
      [g4, u2],
      [g2, g1, nested],
      [g3, g1, nested],
      [g4, g2, nested],
      [g4, g3, nested],
    ]);
    expect(result['group:g4:member|user|u1']).toEqual(['group:g2:member', 'group:g3:member']);
    expect(result['group:g4:member|user|u2']).toEqual(['group:g2:member', 'group:g3:member', 'group:g4:member']);
    expect(result['group:g4:member|group|g1']).toEqual(['group:g2:member', 'group:g3:member']);
    // 7 direct grants; u1 and u2 reach g2 and g3; g1 and u1 are new on g4 (u2 was already there).
    expect(Object.keys(result)).toHaveLength(7 + 4 + 2);
    expect(result['group:g2:member|user|u2']).toEqual(['group:g1:member']);
  });

  it('merges a cycle into one node: it expands outward but not among its members', async () => {
    const result = await expanded([
      [g1, u1],
      [g2, u2],
      [g2, g1, nested],
      [g1, g2, nested],
      [g3, g2, nested],
      [g3, g1, nested],
      [g4, g3, nested],
    ]);
    expect(result['group:g2:member|user|u1']).toBeUndefined();
    expect(result['group:g1:member|user|u2']).toBeUndefined();
    expect(result['group:g3:member|user|u1']).toEqual(['group:g1:member']);
    expect(result['group:g3:member|user|u2']).toEqual(['group:g2:member']);
    expect(result['group:g4:member|user|u1']).toEqual(['group:g3:member']);
    expect(result['group:g4:member|user|u2']).toEqual(['group:g3:member']);
    expect(result['group:g3:member|group|g1']).toEqual(['group:g2:member', 'group:g3:member']);
    expect(result['group:g3:member|group|g2']).toEqual(['group:g1:member', 'group:g3:member']);
  });

  it('passes only direct grants over a shallow edge', async () => {
    const result = await expanded([
      [g1, u1],
      [g1, u3],
      [g2, u2],
      [g2, u3],
      [g2, g1, nested],
      [g3, g2, { shallow: true }],
    ]);
    expect(result['group:g2:member|user|u1']).toEqual(['group:g1:member']);
    expect(result['group:g3:member|user|u1']).toBeUndefined();
    expect(result['group:g3:member|user|u2']).toEqual(['group:g2:member']);
    expect(result['group:g2:member|user|u3']).toEqual(['group:g1:member', 'group:g2:member']);
    expect(result['group:g3:member|user|u3']).toEqual(['group:g2:member']);
    expect(result['group:g3:member|group|g1']).toEqual(['group:g2:member']);
  });

  it('passes only the listed principal types over a filtered edge', async () => {
    const result = await expanded([
      [g0, u2],
      [g1, u1],
      [g1, g0, nested],
      [g2, g1, { types: ['user'] }],
    ]);
    expect(result['group:g1:member|user|u2']).toEqual(['group:g0:member']);
    expect(result['group:g2:member|user|u1']).toEqual(['group:g1:member']);
    expect(result['group:g2:member|user|u2']).toEqual(['group:g1:member']);
    expect(result['group:g2:member|group|g0']).toBeUndefined();
  });

  it('synthesizes grants exactly as Go: full stored entitlement, source principal, GrantImmutable', async () => {
    const writer = writerWith([
      [g1, u1],
      [g2, g1, nested],
    ]);
    const result = await expandGrants(writer);
    expect(result.grantsCreated).toBe(1);
    const made = writer.getGrant('group:g2:member:user:u1') as Grant;
    expect(made.entitlement).toEqual(writer.getEntitlement('group:g2:member'));
    expect(made.principal).toEqual(writer.getGrant('group:g1:member:user:u1')?.principal);
    expect(made.annotations).toHaveLength(1);
    expect(hasAnnotation(made.annotations, 'GrantImmutable')).toBe(true);
    expect(Object.keys(made.sources?.sources ?? {})).toEqual(['group:g1:member']);
  });
});
