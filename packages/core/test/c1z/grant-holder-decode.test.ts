// Expansion reads its source grants' principals and sources without decoding the rest of each grant.
import { expect, it } from 'vitest';
import { decodeGrantHolder } from '../../src/c1z/row-codec.js';
import { packAnnotation } from '../../src/model/annotations.js';
import { pb, type Grant } from '../../src/model/pb.js';

const principal = { id: { resourceType: 'user', resource: 'ann' }, displayName: 'Ann', annotations: [packAnnotation('UserTrait', { status: { status: 1 } })] };
const entitlement = { id: 'group:eng:member', resource: { id: { resourceType: 'group', resource: 'eng' }, displayName: 'Eng' }, displayName: 'Eng member' };

it('gives exactly the principal and sources a full decode gives, whatever other fields surround them', () => {
  const grants: Grant[] = [
    { id: 'g1', entitlement, principal, sources: { sources: { 'group:ops:member': {}, 'group:eng:member': {} } }, annotations: [packAnnotation('GrantImmutable', {})] },
    { id: 'g2', entitlement, principal: { id: { resourceType: 'group', resource: 'ops' } } },
    { id: 'g3', principal },
  ];
  for (const grant of grants) {
    const bytes = Buffer.from(pb.Grant.encode(grant).finish());
    const full = pb.Grant.toObject(pb.Grant.decode(bytes));
    const holder = pb.Grant.toObject(pb.Grant.fromObject(decodeGrantHolder(bytes)));
    expect(holder).toEqual({ ...(full.principal ? { principal: full.principal } : {}), ...(full.sources ? { sources: full.sources } : {}) });
  }
});

it('keeps the last of a repeated field, as the full decoder does', () => {
  const first = pb.Grant.encode({ principal: { id: { resourceType: 'user', resource: 'first' } } }).finish();
  const second = pb.Grant.encode({ id: 'g', principal: { id: { resourceType: 'user', resource: 'second' } } }).finish();
  const bytes = Buffer.concat([first, second]);
  expect(decodeGrantHolder(bytes).principal?.id?.resource).toBe(pb.Grant.decode(bytes).principal?.id?.resource);
  expect(decodeGrantHolder(bytes).principal?.id?.resource).toBe('second');
});
