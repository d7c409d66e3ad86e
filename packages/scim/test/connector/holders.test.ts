// Role holders are packed a thousand to a string and come back exactly as recorded.
import { expect, it } from 'vitest';
import { Holders } from '../../src/connector/memberships-cache.js';

it('gives back every holder of a role in the order recorded, across packed chunks', () => {
  const holders = new Holders();
  const admins = Array.from({ length: 2_345 }, (_, i) => `user-${i}`);
  const viewers = Array.from({ length: 1_000 }, (_, i) => `v${i}`);
  admins.forEach((id, i) => {
    holders.add('admin', id);
    if (i < viewers.length) holders.add('viewer', viewers[i]!);
  });
  expect(holders.get('admin')).toEqual(admins);
  expect(holders.get('viewer')).toEqual(viewers);
  expect(holders.get('nobody')).toEqual([]);
});

it('keeps ids that hold the packing separator intact', () => {
  const holders = new Holders();
  const ids = Array.from({ length: 1_500 }, (_, i) => (i === 10 ? 'odd\u0000id' : `u${i}`));
  for (const id of ids) holders.add('r', id);
  expect(holders.get('r')).toEqual(ids);
  holders.clear();
  expect(holders.get('r')).toEqual([]);
});
