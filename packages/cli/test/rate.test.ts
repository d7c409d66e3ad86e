import { describe, expect, it } from 'vitest';
import { RateMeter } from '../src/output/rate.js';

const progress = (resourceTypeId: string, done: number, elapsedMs: number) =>
  ({ type: 'progress', phase: 'resources', resourceTypeId, done, ratePerSecond: 0, elapsedMs }) as const;

describe('progress rates', () => {
  it('count the first page from the phase start, and each resource type from where the previous one ended', () => {
    const m = new RateMeter();
    m.observe({ type: 'sync-start', syncId: 's', resumed: false, elapsedMs: 0 });
    m.observe({ type: 'phase-start', phase: 'resources', elapsedMs: 1000 });
    expect(m.rate(progress('user', 200, 1500), 'user')).toBe(400);
    expect(m.rate(progress('user', 600, 2000), 'user')).toBe(600);
    expect(m.rate(progress('group', 50, 2100), 'group')).toBe(500);
  });

  it('a resumed sync measures its unfinished phase from the first report of this process', () => {
    const m = new RateMeter();
    m.observe({ type: 'sync-start', syncId: 's', resumed: true, elapsedMs: 0 });
    m.observe({ type: 'phase-start', phase: 'resources', elapsedMs: 10 });
    expect(m.rate(progress('user', 5000, 500), 'user')).toBeUndefined();
    expect(m.rate(progress('user', 5400, 1500), 'user')).toBe(400);
    m.observe({ type: 'phase-start', phase: 'entitlements', elapsedMs: 2000 });
    expect(m.rate({ ...progress('user', 300, 3000), phase: 'entitlements' }, 'entitlements (user)')).toBe(300);
  });
});
