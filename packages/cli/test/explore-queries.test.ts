// The explorer's queries against the Go SDK's own files: what it shows equals what `inspect` reports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExploreModel } from '../src/explore/model.js';
import { startExplorer, type Explorer } from '../src/explore/server.js';
import { cli } from './support/run.js';

const FIXTURES = new URL('../../core/test/c1z/fixtures/', import.meta.url).pathname;
const EXPANDED = `${FIXTURES}go-expansion.expanded.c1z`;
const UNEXPANDED = `${FIXTURES}go-expansion.unexpanded.c1z`;

interface JsonGrant { id: string; entitlement: { id: string }; principal: { id: { resourceType: string; resource: string } }; sources?: { sources?: Record<string, unknown> } }

async function inspectJson<T>(args: string[]): Promise<T> {
  const run = await cli(['inspect', ...args, '-o', 'json']);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as T;
}

/** Every row of a paged model listing. */
function all<T>(list: (after: number, limit: number) => { items: T[]; next?: number }): T[] {
  const out: T[] = [];
  for (let after = 0; ;) {
    const page = list(after, 97);
    out.push(...page.items);
    if (page.next === undefined) return out;
    after = page.next;
  }
}

let model: ExploreModel;
let grants: JsonGrant[];
const byPrincipal = new Map<string, JsonGrant[]>();
const key = (id: { resourceType?: string | null; resource?: string | null }) => `${id.resourceType ?? ''}:${id.resource ?? ''}`;

beforeAll(async () => {
  model = await ExploreModel.open({ file: EXPANDED, output: 'console' });
  grants = (await inspectJson<{ grants: { grant: JsonGrant }[] }>(['grants', '-f', EXPANDED])).grants.map((g) => g.grant);
  for (const g of grants) {
    const k = key(g.principal.id);
    byPrincipal.set(k, [...(byPrincipal.get(k) ?? []), g]);
  }
});
afterAll(() => model.close());

describe('explore queries on the Go expansion fixture', () => {
  it('counts what inspect stats counts', async () => {
    const stats = await inspectJson<{ counts: Record<string, number> }>(['stats', '-f', EXPANDED]);
    const counts = model.counts();
    expect(counts.grants).toBe(stats.counts.grants);
    expect(counts.entitlements).toBe(stats.counts.entitlements);
    for (const t of counts.byType) expect(t.count, t.id).toBe(stats.counts[t.id]);
  });

  it('gives every principal the access inspect lists for it, direct or inherited as the grant records', () => {
    expect(byPrincipal.size).toBeGreaterThan(1000);
    let inherited = 0;
    for (const [principal, theirs] of byPrincipal) {
      const [type = '', ...rest] = principal.split(':');
      const ours = all((a, l) => model.access({ resourceType: type, resource: rest.join(':') }, a, l));
      expect(ours.map((h) => h.holding.grant.entitlement?.id).sort(), principal).toEqual(theirs.map((g) => g.entitlement.id).sort());
      for (const { holding } of ours) {
        const g = theirs.find((t) => t.entitlement.id === holding.grant.entitlement?.id);
        const sources = Object.keys(g?.sources?.sources ?? {});
        expect(holding.direct).toBe(sources.length === 0 || sources.includes(g?.entitlement.id ?? ''));
        if (!holding.direct) inherited++;
      }
    }
    // 12,072 grants were made by expansion; those the principal also held directly count as direct.
    expect(inherited).toBeGreaterThan(10_000);
  });

  it('traces each inherited grant through grants the principal holds, from a direct one, each step a recorded source', () => {
    let checked = 0;
    for (const [principal, theirs] of byPrincipal) {
      const held = new Map(theirs.map((g) => [g.entitlement.id, g]));
      const isDirect = (g: JsonGrant | undefined) => {
        const s = Object.keys(g?.sources?.sources ?? {});
        return g !== undefined && (s.length === 0 || s.includes(g.entitlement.id));
      };
      for (const g of theirs) {
        if (isDirect(g)) continue;
        const h = model.holding(model.reader.getGrant(g.id)!);
        expect(h.direct).toBe(false);
        const chain = [...h.path, g.entitlement.id];
        expect(isDirect(held.get(chain[0]!)), `${principal} ${g.id}: path starts at a direct grant`).toBe(true);
        for (let i = 1; i < chain.length; i++) {
          expect(Object.keys(held.get(chain[i]!)?.sources?.sources ?? {}), `${g.id} step ${i}`).toContain(chain[i - 1]);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it('lists as holders of each entitlement exactly the principals inspect principals -e lists', async () => {
    const byEntitlement = new Map<string, string[]>();
    for (const g of grants) byEntitlement.set(g.entitlement.id, [...(byEntitlement.get(g.entitlement.id) ?? []), key(g.principal.id)]);
    for (const [e, principals] of byEntitlement) {
      const ours = all((a, l) => model.holders(e, a, l)).map((h) => key(h.holding.grant.principal?.id ?? {}));
      expect(ours.sort(), e).toEqual(principals.sort());
      expect(model.holderCount(e)).toBe(principals.length);
    }
    const [someEntitlement] = [...byEntitlement.keys()];
    const viaInspect = await inspectJson<{ resources: { resource: { id: { resourceType: string; resource: string } } }[] }>(['principals', '-e', someEntitlement!, '-f', EXPANDED]);
    expect(viaInspect.resources.map((r) => key(r.resource.id)).sort()).toEqual([...new Set(byEntitlement.get(someEntitlement!))].sort());
  });

  it('ranks entitlements by holders as the grants count them', () => {
    const counts = new Map<string, number>();
    for (const g of grants) counts.set(g.entitlement.id, (counts.get(g.entitlement.id) ?? 0) + 1);
    const top = model.topEntitlements(5);
    const expected = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5).map(([id, holders]) => ({ id, holders }));
    expect(top).toEqual(expected);
  });

  it('finds users, groups and entitlements by name, email and id, case-insensitively, paged', () => {
    expect(model.search('USER 0000042', 0, 10).items.map((r) => `${r.kind}:${r.resource_id}`)).toEqual(['user:user-0000042']);
    expect(model.search('USER-42@example', 0, 10).items.map((r) => r.resource_id)).toEqual(['user-0000042']);
    expect(model.search('project:project-0000032:acc', 0, 10).items.map((r) => r.entitlement_id)).toEqual(['project:project-0000032:access']);
    // A literal % or _ matches only itself.
    expect(model.search('%', 0, 10).items).toEqual([]);
    const everyUser = all((a, l) => model.search('@example.com', a, l));
    expect(everyUser).toHaveLength(1000);
    expect(new Set(everyUser.map((r) => r.rowid)).size).toBe(1000);
  });

  it('lists the holders of entitlements named like owner or admin', () => {
    const ours = all((a, l) => model.privilegedGrants(a, l)).map((p) => p.holding.grant.id).sort();
    const theirs = grants.filter((g) => /admin|owner/i.test(g.entitlement.id) || /admin|owner/i.test(model.entitlementName(g.entitlement.id))).map((g) => g.id).sort();
    expect(theirs.length).toBeGreaterThan(0);
    expect(ours).toEqual(theirs);
  });

  it('changes against --compare: the grants expansion added are the access gained', async () => {
    const other = await ExploreModel.open({ file: EXPANDED, output: 'console', compare: UNEXPANDED });
    try {
      const changes = await other.changeSet();
      if (typeof changes === 'string') throw new Error(changes);
      const before = new Set((await inspectJson<{ grants: { grant: JsonGrant }[] }>(['grants', '-f', UNEXPANDED, '--sync-id', '36zfOAoWMxQdISbixanQCRBiX7E'])).grants.map((g) => g.grant.id));
      const gained = grants.filter((g) => !before.has(g.id)).map((g) => g.id).sort();
      expect(gained).toHaveLength(12_072);
      expect([...changes.diff.grants.created].sort()).toEqual(gained);
      expect(changes.diff.grants.deleted).toEqual([]);
    } finally {
      other.close();
    }
  });
});

describe('explore server', () => {
  let explorer: Explorer;
  beforeAll(async () => { explorer = await startExplorer({ file: EXPANDED, output: 'console', port: 0 }); });
  afterAll(async () => explorer.close());

  it('answers only with the token, only on loopback, only to reads', async () => {
    const url = new URL(explorer.url);
    expect(url.hostname).toBe('127.0.0.1');
    expect((await fetch(explorer.url)).status).toBe(200);
    expect((await fetch(`${url.origin}/`)).status).toBe(403);
    expect((await fetch(`${url.origin}/search?q=user`)).status).toBe(403);
    const wrong = url.pathname.slice(1, -1).replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await fetch(`${url.origin}/${wrong}/`)).status).toBe(403);
    expect((await fetch(`${url.origin}/${url.pathname.slice(2)}`)).status).toBe(403);
    expect((await fetch(explorer.url, { method: 'POST', body: 'x' })).status).toBe(405);
    const page = await fetch(explorer.url);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await page.text()).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
  });

  it('exports a list as CSV with every row, not one page', async () => {
    const res = await fetch(`${explorer.url}csv/holders?e=${encodeURIComponent('group:group-everyone:member')}`);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const lines = (await res.text()).trimEnd().split('\n');
    expect(lines[0]).toBe('Principal,Type,Status,How');
    expect(lines.length - 1).toBe(1000);
    // More rows than the export reads at a time: every one of them, each once.
    const search = (await (await fetch(`${explorer.url}csv/search?q=-0000`)).text()).trimEnd().split('\n').slice(1);
    const expected = all((a, l) => explorer.model.search('-0000', a, l));
    expect(expected.length).toBeGreaterThan(1000);
    expect(search).toHaveLength(expected.length);
    expect(new Set(search).size).toBe(expected.length);
  });
});

describe('explore command', () => {
  it('names the flag when the file, the compare file or the port is wrong', async () => {
    const missing = await cli(['explore', '--no-open', '-f', '/nonexistent/sync.c1z']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('-f /nonexistent/sync.c1z: no such file');
    const compare = await cli(['explore', '--no-open', '-f', EXPANDED, '--compare', '/nonexistent/old.c1z']);
    expect(compare.code).toBe(2);
    expect(compare.stderr).toContain('--compare /nonexistent/old.c1z: no such file');
    const port = await cli(['explore', '--no-open', '-f', EXPANDED, '--port', 'abc']);
    expect(port.code).toBe(2);
    expect(port.stderr).toMatch(/--port.*0 to 65535/);
  });

  it('says which port is taken', async () => {
    const first = await startExplorer({ file: EXPANDED, output: 'console', port: 0 });
    try {
      const busy = Number(new URL(first.url).port);
      await expect(startExplorer({ file: EXPANDED, output: 'console', port: busy })).rejects.toThrow(`--port ${busy}: already in use on 127.0.0.1`);
    } finally {
      await first.close();
    }
  });
});
