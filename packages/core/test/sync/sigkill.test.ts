// A sync killed with SIGKILL mid-way leaves the previous file intact and resumes to the same content.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContents, withoutSyncId } from '../support/c1z-contents.js';
import { tempDir } from '../support/temp.js';

const DIST = new URL('../../dist/index.js', import.meta.url);

/**
 * The child: a deterministic connector (users and groups over many small pages, nested groups for expansion)
 * synced with the built package. It prints one JSON line per connector call and per commit. Given a commit
 * count, it holds the first page asked for after that many commits and reports it, so the test kills it at a
 * known point: the page is requested but never answered, and nothing after it can be committed.
 */
const CHILD = `
import { runSync, packAnnotation, Trait } from ${JSON.stringify(DIST.href)};
const [file, holdAfter] = process.argv.slice(2);
const out = (o) => process.stdout.write(JSON.stringify(o) + '\\n');
let commits = 0;
const holdForever = () => new Promise(() => setInterval(() => undefined, 60_000));
const users = Array.from({ length: 24 }, (_, i) => 'u' + String(i).padStart(2, '0'));
const groups = ['g0', 'g1', 'g2', 'g3', 'g4', 'g5'];
const userRes = (id) => ({ id: { resourceType: 'user', resource: id }, displayName: 'User ' + id,
  annotations: [packAnnotation('UserTrait', { status: { status: 1 }, profile: { fields: {} } })] });
const groupRes = (id) => ({ id: { resourceType: 'group', resource: id }, displayName: 'Group ' + id,
  annotations: [packAnnotation('GroupTrait', { profile: { fields: {} } })] });
const memberEnt = (r) => ({ id: 'group:' + r.id.resource + ':member', resource: r, slug: 'member' });
const grantsOf = (r) => {
  const i = groups.indexOf(r.id.resource);
  const direct = users.filter((_, u) => u % groups.length === i).map((u) => ({
    id: 'group:' + r.id.resource + ':member:user:' + u, entitlement: memberEnt(r), principal: { id: { resourceType: 'user', resource: u } } }));
  const nested = i + 1 < groups.length ? [{ id: 'group:' + r.id.resource + ':member:group:' + groups[i + 1], entitlement: memberEnt(r),
    principal: { id: { resourceType: 'group', resource: groups[i + 1] } },
    annotations: [packAnnotation('GrantExpandable', { entitlementIds: ['group:' + groups[i + 1] + ':member'] })] }] : [];
  return [...direct, ...nested];
};
const paged = (name, all, size) => async (token) => {
  out({ call: name + '@' + token });
  if (holdAfter !== undefined && commits >= Number(holdAfter)) {
    out({ holding: commits });
    await holdForever();
  }
  const offset = token === '' ? 0 : Number(token);
  const next = offset + size < all.length ? String(offset + size) : '';
  return { items: all.slice(offset, offset + size), nextPageToken: next };
};
const syncer = (type, traits, list, ents, grants) => ({
  resourceType: { id: type, displayName: type, traits },
  listResources: (_parent, req) => paged(type + '.resources', list, 3)(req.pageToken),
  listEntitlements: (r, req) => paged(type + '.entitlements(' + r.id.resource + ')', ents(r), 1)(req.pageToken),
  listGrants: (r, req) => paged(type + '.grants(' + r.id.resource + ')', grants(r), 2)(req.pageToken),
});
const connector = {
  metadata: () => ({ displayName: 'slow' }),
  validate: async () => {},
  resourceSyncers: () => [
    syncer('user', [Trait.TRAIT_USER], users.map(userRes), () => [], () => []),
    syncer('group', [Trait.TRAIT_GROUP], groups.map(groupRes), (r) => [memberEnt(r)], grantsOf),
  ],
};
const summary = await runSync({ file, connector, onProgress: (e) => {
  if (e.type === 'sync-start') out({ syncId: e.syncId, resumed: e.resumed });
  if (e.type === 'progress') out({ committed: ++commits });
} });
out({ summary });
`;

interface ChildRun {
  readonly calls: string[];
  readonly syncId: string;
  readonly resumed: boolean;
  readonly committed: number;
  readonly signal: NodeJS.Signals | null;
  readonly code: number | null;
}

/**
 * Runs the child; with `killAfterCommits` the child holds the next page after that many commits, and is
 * SIGKILLed once it reports holding it.
 */
function runChild(script: string, file: string, killAfterCommits?: number): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const args = killAfterCommits === undefined ? [script, file] : [script, file, String(killAfterCommits)];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    const run = { calls: [] as string[], syncId: '', resumed: false, committed: 0 };
    createInterface({ input: child.stdout }).on('line', (line) => {
      const msg = JSON.parse(line) as { call?: string; syncId?: string; resumed?: boolean; committed?: number; holding?: number };
      if (msg.call !== undefined) run.calls.push(msg.call);
      if (msg.syncId !== undefined) Object.assign(run, { syncId: msg.syncId, resumed: msg.resumed === true });
      if (msg.committed !== undefined) run.committed = msg.committed;
      if (msg.holding !== undefined) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ ...run, code, signal }));
  });
}

describe('SIGKILL during a sync', () => {
  const dir = tempDir('sigkill');
  const script = join(dir.path, 'slow-sync.mjs');

  beforeAll(() => {
    if (!existsSync(DIST) || !readFileSync(DIST, 'utf8').includes('runSync')) {
      throw new Error('packages/core/dist is missing or stale: run `pnpm --filter @baton-scim/core build` first');
    }
    writeFileSync(script, CHILD);
  });
  afterAll(() => dir.remove());

  it('keeps the previous file, resumes the same sync without re-listing committed pages, and matches a clean sync', async () => {
    const clean = join(dir.path, 'clean.c1z');
    const cleanRun = await runChild(script, clean);
    expect(cleanRun.code).toBe(0);

    const file = join(dir.path, 'sync.c1z');
    expect((await runChild(script, file)).code).toBe(0);
    const previous = readFileSync(file);

    const killed = await runChild(script, file, 12);
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.committed).toBe(12);
    expect(readFileSync(file).equals(previous)).toBe(true);

    const resumed = await runChild(script, file);
    expect(resumed.code).toBe(0);
    expect(resumed).toMatchObject({ resumed: true, syncId: killed.syncId });
    // Exactly the page held at the kill is listed again; every committed page is not.
    const again = resumed.calls.filter((c) => killed.calls.includes(c));
    expect(again).toEqual([killed.calls.at(-1)]);
    expect(killed.calls.length + resumed.calls.length - again.length).toBe(cleanRun.calls.length);

    const final = await readContents(file);
    expect(final.syncId).toBe(killed.syncId);
    expect(withoutSyncId(final)).toEqual(withoutSyncId(await readContents(clean)));
    expect(final.grants.get('group:g0:member:user:u05')).toMatchObject({ sources: { sources: { 'group:g1:member': {} } } });
  });
});
