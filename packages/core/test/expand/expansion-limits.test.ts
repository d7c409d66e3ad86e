// Grant expansion: resume after a crash at any commit, the depth limit, and malformed expandable grants.
import { afterEach, describe, expect, it } from 'vitest';
import { BatonError } from '../../src/errors.js';
import type { Resource } from '../../src/model/pb.js';
import { EXPANDABLE_GRANTS_KIND, EXPANDABLE_GRANTS_RECORDED_KIND } from '../../src/expand/state.js';
import { expandGrants } from '../../src/sync/expand-grants.js';
import { grantTriples } from '../support/c1z-contents.js';
import { MemorySyncWriter } from '../support/memory-writer.js';
import { grant, group, member, user } from '../support/objects.js';

const groups = Array.from({ length: 6 }, (_, i) => group(`g${i}`));
const users = Array.from({ length: 9 }, (_, i) => user(`u${i}`));
const g = (i: number): Resource => groups[i]!;

/**
 * A chain g0→g1→g2, a diamond into g4, a cycle g2⇄g3, nine users spread over the groups. `recorded`: the ids of
 * the expandable grants are saved with them, as the grants phase of a sync saves them.
 */
function sampleWriter(recorded = false): MemorySyncWriter {
  const writer = new MemorySyncWriter();
  const grants = [
    ...users.map((u, i) => grant(member(g(i % 4)), u)),
    grant(member(g(1)), g(0), {}),
    grant(member(g(2)), g(1), {}),
    grant(member(g(3)), g(2), {}),
    grant(member(g(2)), g(3), {}),
    grant(member(g(4)), g(1), {}),
    grant(member(g(4)), g(3), {}),
    grant(member(g(5)), g(4), { shallow: true }),
  ];
  const ids = grants.filter((x) => x.annotations?.length).map((x) => ({ kind: EXPANDABLE_GRANTS_KIND, key: x.id ?? '', value: '' }));
  const saved = recorded ? [{ kind: EXPANDABLE_GRANTS_RECORDED_KIND, key: 'from-start', value: '' }, ...ids] : [];
  writer.commit({ resources: [...groups, ...users], entitlements: groups.map(member), grants, saved }, '');
  return writer;
}

/** Counts the reads that scan the grants for an annotation's name. */
function countScans(writer: MemorySyncWriter): { scans: number } {
  const counter = { scans: 0 };
  const list = writer.listGrants.bind(writer);
  writer.listGrants = (filter, after, limit) => {
    if (filter.mentions !== undefined) counter.scans++;
    return list(filter, after, limit);
  };
  return counter;
}

function chainWriter(length: number): MemorySyncWriter {
  const chain = Array.from({ length: length + 1 }, (_, i) => group(`c${i}`));
  const writer = new MemorySyncWriter();
  const grants = [grant(member(chain[0]!), user('u')), ...chain.slice(1).map((c, i) => grant(member(c), chain[i]!, {}))];
  writer.commit({ resources: [...chain, user('u')], entitlements: chain.map(member), grants }, '');
  return writer;
}

afterEach(() => {
  delete process.env.BATON_GRAPH_EXPAND_MAX_DEPTH;
});

describe('grant expansion resume', () => {
  it.each([
    ['scanned for', false],
    ['recorded with', true],
  ])('resumes from any commit with the same result and without redoing committed pages (graph %s the grants)', async (_, recorded) => {
    const baseline = sampleWriter(recorded);
    await expandGrants(baseline, { pageSize: 2 });
    const steps = baseline.commits - 1;
    const expected = grantTriples(baseline);
    expect(steps).toBeGreaterThan(10);
    // Both ways load the same graph and expand it the same.
    const scanned = sampleWriter();
    await expandGrants(scanned, { pageSize: 2 });
    expect(expected).toEqual(grantTriples(scanned));

    for (let k = 1; k < steps; k++) {
      const first = sampleWriter(recorded);
      first.failAfterCommits = 1 + k;
      await expect(expandGrants(first, { pageSize: 2 })).rejects.toThrow(/simulated crash/);
      const second = first.reopen();
      await expandGrants(second, { pageSize: 2 });
      expect(second.commits, `interrupted after ${k} commits`).toBe(steps - k);
      expect(grantTriples(second), `interrupted after ${k} commits`).toEqual(expected);
    }
  });

  it('resumes a checkpoint an earlier release left inside an action (a rowid, no cursor) by starting that action over', async () => {
    const baseline = sampleWriter();
    await expandGrants(baseline, { pageSize: 2 });
    let resumedInside = 0;
    for (let k = 1; k < baseline.commits - 1; k++) {
      const first = sampleWriter();
      first.failAfterCommits = 1 + k;
      await expect(expandGrants(first, { pageSize: 2 })).rejects.toThrow(/simulated crash/);
      const second = first.reopen();
      const state = JSON.parse(second.checkpoint) as { stack: { expansion?: Record<string, unknown> }[] };
      const expansion = state.stack[state.stack.length - 1]?.expansion;
      if (!expansion || !('cursor' in expansion)) continue;
      delete expansion['cursor'];
      expansion['after'] = 3;
      second.checkpoint = JSON.stringify(state);
      await expandGrants(second, { pageSize: 2 });
      expect(grantTriples(second), `interrupted after ${k} commits`).toEqual(grantTriples(baseline));
      resumedInside++;
    }
    expect(resumedInside).toBeGreaterThan(0);
  });

  it('reads only the recorded expandable grants when every grant was recorded, and scans otherwise', async () => {
    const recorded = sampleWriter(true);
    const reads = countScans(recorded);
    await expandGrants(recorded, { pageSize: 2 });
    expect(reads.scans).toBe(0);

    const scanned = sampleWriter();
    const scans = countScans(scanned);
    await expandGrants(scanned, { pageSize: 2 });
    expect(scans.scans).toBeGreaterThan(0);
    expect(grantTriples(recorded)).toEqual(grantTriples(scanned));

    // A recorded grant stored again without its annotation adds no edge: g1 no longer holds g0's members.
    const restored = sampleWriter(true);
    const plain = grant(member(g(1)), g(0));
    restored.commit({ grants: [plain] }, '');
    await expandGrants(restored, { pageSize: 2 });
    expect(grantTriples(scanned).has(`${member(g(1)).id}|user|u0`)).toBe(true);
    expect(grantTriples(restored).has(`${member(g(1)).id}|user|u0`)).toBe(false);
  });

  it('keeps the entitlement graph in the working file once per round, not in every checkpoint', async () => {
    const writer = sampleWriter();
    writer.failAfterCommits = 1 + 12; // past the 9 load pages (16 grants, 2 per page)
    await expect(expandGrants(writer, { pageSize: 2 })).rejects.toThrow();
    const state = JSON.parse(writer.checkpoint) as { stack: { op: string; expansion: Record<string, unknown> }[] };
    const top = state.stack.at(-1);
    expect(top?.op).toBe('expand-grants');
    expect(top?.expansion).toMatchObject({ stage: 'expand' });
    expect(Object.keys(top?.expansion ?? {})).not.toContain('graph');
    const saved = new Map(writer.savedEntries('baton.grant-expansion').map((e) => [e.key, JSON.parse(e.value) as unknown]));
    expect((saved.get('graph') as { nodes: string[][] }).nodes).toContainEqual(['group:g2:member', 'group:g3:member']);
    const round = saved.get('round') as { depth: number; actions: unknown[] };
    expect(round.depth).toBe(top?.expansion['depth']);
    expect(round.actions).toHaveLength(top?.expansion['roundSize'] as number);
  });
});

describe('grant expansion limits and errors', () => {
  it('aborts past the depth limit and passes at it', async () => {
    const failure = expandGrants(chainWriter(4), { expansionMaxDepth: 3 });
    await expect(failure).rejects.toThrow(/more than 3 rounds.*BATON_GRAPH_EXPAND_MAX_DEPTH/);
    await expect(failure).rejects.toMatchObject({ code: 'invalid-data' });
    const writer = chainWriter(4);
    await expandGrants(writer, { expansionMaxDepth: 4 });
    expect(grantTriples(writer).get('group:c4:member|user|u')).toEqual(['group:c3:member']);
  });

  it('reads the depth limit from BATON_GRAPH_EXPAND_MAX_DEPTH and rejects a bad value', async () => {
    process.env.BATON_GRAPH_EXPAND_MAX_DEPTH = '2';
    await expect(expandGrants(chainWriter(3))).rejects.toThrow(/more than 2 rounds/);
    process.env.BATON_GRAPH_EXPAND_MAX_DEPTH = 'deep';
    await expect(expandGrants(chainWriter(1))).rejects.toMatchObject({
      code: 'invalid-argument',
      message: expect.stringContaining('BATON_GRAPH_EXPAND_MAX_DEPTH must be a whole number') as unknown,
    });
  });

  it('aborts when a source entitlement does not belong to the grant principal', async () => {
    const writer = new MemorySyncWriter();
    writer.commit(
      {
        resources: [g(1), g(2), g(3)],
        entitlements: [member(g(1)), member(g(2)), member(g(3))],
        grants: [grant(member(g(2)), g(1), { from: ['group:g3:member'] })],
      },
      '',
    );
    const failure = expandGrants(writer);
    await expect(failure).rejects.toBeInstanceOf(BatonError);
    await expect(failure).rejects.toThrow(
      'grant "group:g2:member:group:g1" is expandable from entitlement "group:g3:member", which belongs to group:g3 ' +
        "but the grant's principal is group:g1",
    );
  });

  it('warns about and skips a missing source entitlement', async () => {
    const writer = new MemorySyncWriter();
    writer.commit(
      {
        resources: [g(1), g(2), users[0]!],
        entitlements: [member(g(2))],
        grants: [grant(member(g(2)), g(1), {}), grant(member(g(1)), users[0]!)],
      },
      '',
    );
    const result = await expandGrants(writer);
    expect(result.grantsCreated).toBe(0);
    expect(result.warnings).toEqual([
      'grant expansion: source entitlement "group:g1:member" of grant "group:g2:member:group:g1" is not in the sync; skipped',
    ]);
  });
});
