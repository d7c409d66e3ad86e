// Provisioning: routing grant/revoke to the right syncer, and one-shot lookups from a synced .c1z.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector, ResourceSyncer } from '../../src/connector/contract.js';
import { BatonError } from '../../src/errors.js';
import type { Entitlement, Grant, Resource } from '../../src/model/pb.js';
import { grantEntitlement, revokeGrant } from '../../src/provision/dispatch.js';
import { lookupGrant, lookupGrantTarget } from '../../src/provision/lookup.js';
import { runSync } from '../../src/sync/run-sync.js';
import { sampleDirectory, TestConnector } from '../support/test-connector.js';
import { tempDir } from '../support/temp.js';

const signal = new AbortController().signal;

/** The test connector with provisioning on groups only; every call is recorded. */
function provisioning(failWith?: Error): { connector: Connector; log: string[] } {
  const base = new TestConnector(sampleDirectory);
  const log: string[] = [];
  const syncers = base.resourceSyncers().map((s): ResourceSyncer => {
    if (s.resourceType.id !== 'group') return s;
    return {
      ...s,
      grant: (principal: Resource, entitlement: Entitlement) => {
        log.push(`grant ${entitlement.id} ${principal.id?.resourceType}:${principal.id?.resource}`);
        return failWith === undefined ? Promise.resolve({ grants: [{ id: 'made' }], outcome: 'written' as const }) : Promise.reject(failWith);
      },
      revoke: (grant: Grant) => {
        log.push(`revoke ${grant.id}`);
        return Promise.resolve('already-in-place' as const);
      },
    };
  });
  return { connector: { metadata: () => base.metadata(), validate: () => Promise.resolve(), resourceSyncers: () => syncers }, log };
}

describe('provisioning lookups from a .c1z', () => {
  const dir = tempDir('provision');
  const file = join(dir.path, 'sync.c1z');
  beforeAll(async () => {
    await runSync({ file, connector: new TestConnector(sampleDirectory) });
  });
  afterAll(() => dir.remove());

  it('finds the stored entitlement and principal, keeping the principal parent id', async () => {
    const target = await lookupGrantTarget(file, 'group:eng:member', 'team', 'web');
    expect(target.entitlement).toMatchObject({
      id: 'group:eng:member',
      displayName: 'Group eng member',
      resource: { displayName: 'Group eng' },
    });
    expect(target.principal).toMatchObject({
      id: { resourceType: 'team', resource: 'web' },
      parentResourceId: { resourceType: 'group', resource: 'eng' },
    });
  });

  it('finds a grant with its stored entitlement and principal, without sources', async () => {
    const grant = await lookupGrant(file, 'group:eng:member:user:bob');
    expect(grant.id).toBe('group:eng:member:user:bob');
    expect(grant.entitlement).toMatchObject({ id: 'group:eng:member', slug: 'member', displayName: 'Group eng member' });
    expect(grant.principal).toMatchObject({ displayName: 'User bob', creationSource: 1 });
    expect(grant.principal?.annotations).toHaveLength(1);
    expect(grant.sources).toBeUndefined();
  });

  it('names the missing id and the file, and suggests a fresh sync', async () => {
    await expect(lookupGrantTarget(file, 'group:nope:member', 'user', 'bob')).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringMatching(
        /^entitlement "group:nope:member" is not in the latest finished sync \(\w+\) of .*sync\.c1z; .*run a fresh sync/,
      ) as unknown,
    });
    await expect(lookupGrantTarget(file, 'group:eng:member', 'user', 'zed')).rejects.toThrow(
      /^principal user:zed is not in the latest finished sync/,
    );
    await expect(lookupGrant(file, 'group:eng:member:user:zed')).rejects.toThrow(/^grant "group:eng:member:user:zed" is not in/);
  });

  it('refuses a file without a finished sync', async () => {
    await expect(lookupGrant(join(dir.path, 'missing.c1z'), 'x')).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringContaining('missing.c1z holds no finished sync; run a sync into it first') as unknown,
    });
  });
});

describe('provisioning dispatch', () => {
  const group = { id: { resourceType: 'group', resource: 'eng' } };
  const entitlement: Entitlement = { id: 'group:eng:member', resource: group };
  const principal: Resource = { id: { resourceType: 'user', resource: 'bob' } };

  it('routes a grant by the entitlement resource type and a revoke by the grant entitlement type', async () => {
    const { connector, log } = provisioning();
    await expect(grantEntitlement(connector, entitlement, principal, signal)).resolves.toEqual({ grants: [{ id: 'made' }], outcome: 'written' });
    // What the syncer says it did reaches the caller as it is.
    await expect(revokeGrant(connector, { id: 'group:eng:member:user:bob', entitlement, principal }, signal)).resolves.toBe('already-in-place');
    expect(log).toEqual(['grant group:eng:member user:bob', 'revoke group:eng:member:user:bob']);
  });

  it('answers unimplemented for a type without provisioner or an unknown type', async () => {
    const { connector, log } = provisioning();
    const roleEntitlement = { id: 'role:admin:member', resource: { id: { resourceType: 'role', resource: 'admin' } } };
    await expect(grantEntitlement(connector, roleEntitlement, principal, signal)).rejects.toMatchObject({
      code: 'unimplemented',
      message: expect.stringContaining('resource type "role" of connector "Test directory" has no provisioner (it cannot grant)') as unknown,
    });
    const vpn = { id: 'g', entitlement: { id: 'vpn:x:use', resource: { id: { resourceType: 'vpn', resource: 'x' } } } };
    await expect(revokeGrant(connector, vpn, signal)).rejects.toMatchObject({
      code: 'unimplemented',
      message: 'revoke of grant "g": connector "Test directory" has no resource type "vpn"',
    });
    expect(log).toEqual([]);
  });

  it('keeps the code of a connector failure and says what failed', async () => {
    const { connector } = provisioning(new BatonError('permission-denied', 'HTTP 403'));
    await expect(grantEntitlement(connector, entitlement, principal, signal)).rejects.toMatchObject({
      code: 'permission-denied',
      message: 'grant of entitlement "group:eng:member" to user:bob failed: HTTP 403',
    });
  });
});
