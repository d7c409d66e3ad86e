// Reads the .c1z files the Go baton-sdk wrote (fixtures/NOTICE.md) and gets exactly their documented counts.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { C1zReader } from '../../src/c1z/reader.js';
import { hasAnnotation } from '../../src/model/annotations.js';
import { FIXTURES, listAll } from './helpers.js';

interface Expected {
  readonly file: string;
  readonly syncId: string;
  readonly startedAt: string;
  readonly finished: boolean;
  readonly resourceTypes: number;
  readonly resources: Record<string, number>;
  readonly entitlements: number;
  readonly grants: number;
  readonly expandable: number;
  readonly immutable: number;
}

const FIXTURE_FACTS: Expected[] = [
  {
    file: 'go-sync-in-progress.c1z',
    syncId: '3ARefY5G8eOytquwYgm41Nq07IZ',
    startedAt: '2026-03-03T09:45:13Z',
    finished: false,
    resourceTypes: 5,
    resources: { group: 31, project: 25, role: 10, scoped_role: 3, user: 10 },
    entitlements: 0,
    grants: 0,
    expandable: 0,
    immutable: 0,
  },
  {
    file: 'go-expansion.unexpanded.c1z',
    syncId: '36zfOAoWMxQdISbixanQCRBiX7E',
    startedAt: '2025-12-17T16:31:25Z',
    finished: false,
    resourceTypes: 4,
    resources: { group: 21, project: 100, role: 100, user: 1000 },
    entitlements: 342,
    grants: 2909,
    expandable: 409,
    immutable: 0,
  },
  {
    file: 'go-expansion.expanded.c1z',
    syncId: '36zfOAoWMxQdISbixanQCRBiX7E',
    startedAt: '2025-12-17T16:31:25Z',
    finished: true,
    resourceTypes: 4,
    resources: { group: 21, project: 100, role: 100, user: 1000 },
    entitlements: 342,
    grants: 14981,
    expandable: 409,
    immutable: 12072,
  },
];

describe.each(FIXTURE_FACTS)('Go fixture $file', (fact) => {
  let c1z: C1zReader;

  beforeAll(async () => {
    // The day after the sync started, so that Go's "unfinished within 7 days" rule picks unfinished syncs.
    const now = () => new Date(Date.parse(fact.startedAt) + 86_400_000);
    c1z = await C1zReader.open(join(FIXTURES, fact.file), { now });
  });
  afterAll(() => c1z.close());

  it('selects its single sync and sees whether it finished', () => {
    expect(c1z.syncRuns()).toHaveLength(1);
    expect(c1z.selectedSync?.syncId).toBe(fact.syncId);
    expect(c1z.selectedSync?.endedAt !== undefined).toBe(fact.finished);
    expect(c1z.selectedSync?.syncType).toBe('full');
  });

  it('counts what NOTICE.md documents', () => {
    const stats = c1z.stats();
    expect(stats.resourceTypes).toBe(fact.resourceTypes);
    expect(stats.resources).toEqual(fact.resources);
    expect(stats.entitlements).toBe(fact.entitlements);
    expect(stats.grants).toBe(fact.grants);
  });

  it('decodes every object, including unknown fields and Any types of newer SDKs', () => {
    const r = c1z.reader;
    const types = listAll((a, n) => r.listResourceTypes(a, n), 100);
    const resources = listAll((a, n) => r.listResources({}, a, n), 500);
    const entitlements = listAll((a, n) => r.listEntitlements({}, a, n), 500);
    const grants = listAll((a, n) => r.listGrants({}, a, n), 5000);
    expect(types).toHaveLength(fact.resourceTypes);
    expect(resources).toHaveLength(Object.values(fact.resources).reduce((a, b) => a + b, 0));
    expect(resources.every((x) => x.id?.resource)).toBe(true);
    expect(entitlements).toHaveLength(fact.entitlements);
    expect(grants.every((g) => g.id && g.entitlement?.id && g.principal?.id?.resource)).toBe(true);
    expect(grants.filter((g) => hasAnnotation(g.annotations, 'GrantExpandable'))).toHaveLength(fact.expandable);
    expect(grants.filter((g) => hasAnnotation(g.annotations, 'GrantImmutable'))).toHaveLength(fact.immutable);
  });
});

describe('Go fixture lookups', () => {
  it('finds objects by id in the expanded file and misses unknown ids', async () => {
    const c1z = await C1zReader.open(join(FIXTURES, 'go-expansion.expanded.c1z'));
    try {
      const r = c1z.reader;
      expect(r.getResource({ resourceType: 'user', resource: 'user-0000000' })?.displayName).toBe('User 0000000');
      expect(r.getResourceType('project')?.id).toBe('project');
      expect(r.getEntitlement('project:project-0000099:access')?.resource?.id?.resource).toBe('project-0000099');
      const grant = r.getGrant('project:project-0000099:owner:user:user-0000099');
      expect(grant?.principal?.id).toMatchObject({ resourceType: 'user', resource: 'user-0000099' });
      expect(r.getGrant('no-such-grant')).toBeUndefined();
      const owners = listAll((a, n) => r.listGrants({ entitlementId: 'project:project-0000099:owner' }, a, n));
      expect(owners.length).toBeGreaterThan(0);
      expect(owners.every((g) => g.entitlement?.id === 'project:project-0000099:owner')).toBe(true);
    } finally {
      c1z.close();
    }
  });
});
