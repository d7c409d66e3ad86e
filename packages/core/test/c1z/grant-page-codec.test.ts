// The page encoder gives every grant exactly the bytes of its own full encoding.
import { describe, expect, it } from 'vitest';
import { encodeGrantPage } from '../../src/c1z/grant-page-codec.js';
import { packAnnotation } from '../../src/model/annotations.js';
import { pb, type Grant, type Resource } from '../../src/model/pb.js';

const group = (id: string): Resource => ({
  id: { resourceType: 'group', resource: id },
  displayName: `Group ${id}`,
  annotations: [packAnnotation('GroupTrait', { profile: { fields: { group_id: { stringValue: id } } } })],
});

describe('encodeGrantPage', () => {
  it('encodes each grant byte for byte as pb.Grant.encode does, shared entitlements or not', () => {
    const eng = group('eng');
    const ops = group('ops');
    const grants: Grant[] = [
      { id: 'g1', entitlement: { id: 'group:eng:member', resource: eng }, principal: { id: { resourceType: 'user', resource: 'ann' } } },
      { id: 'g2', entitlement: { id: 'group:eng:member', resource: eng }, principal: { id: { resourceType: 'user', resource: 'bob' } } },
      // Same resource object, another entitlement id: must not reuse the first one's bytes.
      { id: 'g3', entitlement: { id: 'group:eng:admin', resource: eng }, principal: { id: { resourceType: 'user', resource: 'bob' } } },
      // An entitlement with more than id and resource is encoded in full.
      { id: 'g4', entitlement: { id: 'group:ops:member', resource: ops, displayName: 'Ops member' }, principal: { id: { resourceType: 'group', resource: 'eng' } }, annotations: [packAnnotation('GrantExpandable', { entitlementIds: ['group:eng:member'] })] },
      { id: 'g5', entitlement: { id: 'group:ops:member', resource: ops }, principal: { id: { resourceType: 'user', resource: 'cy' } }, sources: { sources: { x: {} } } },
      { id: 'g6', principal: { id: { resourceType: 'user', resource: 'dee' } } },
      // Same entitlement id, another resource object (renamed group): keyed by the object, never by the id alone.
      { id: 'g8', entitlement: { id: 'group:eng:member', resource: { ...eng, displayName: 'Engineering' } }, principal: { id: { resourceType: 'user', resource: 'fay' } } },
      pb.Grant.decode(pb.Grant.encode({ id: 'g7', entitlement: { id: 'group:eng:member', resource: eng }, principal: { id: { resourceType: 'user', resource: 'eve' } } }).finish()),
    ];
    const rows = encodeGrantPage(grants);
    expect(rows).toHaveLength(grants.length);
    rows.forEach((row, i) => expect(Buffer.from(row).toString('hex'), `grant ${i}`).toBe(Buffer.from(pb.Grant.encode(grants[i]!).finish()).toString('hex')));
  });
});
