// The sync engine stores exactly what the connector lists, in the documented order, and reports progress.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pb } from '../../src/model/pb.js';
import type { SyncProgressEvent } from '../../src/sync/progress.js';
import { runSync } from '../../src/sync/run-sync.js';
import type { SyncSummary } from '../../src/sync/summary.js';
import { readContents, type SyncContents } from '../support/c1z-contents.js';
import { sampleDirectory, TestConnector } from '../support/test-connector.js';
import { memoryLogger, tempDir } from '../support/temp.js';

describe('sync engine content', () => {
  const dir = tempDir('engine-content');
  const connector = new TestConnector(sampleDirectory);
  const logger = memoryLogger();
  const events: SyncProgressEvent[] = [];
  let summary: SyncSummary;
  let contents: SyncContents;

  beforeAll(async () => {
    const file = join(dir.path, 'sync.c1z');
    summary = await runSync({ file, connector, logger, onProgress: (e) => events.push(e) });
    contents = await readContents(file);
  });
  afterAll(() => dir.remove());

  it('stores every resource type and every listed resource, marked as listed', async () => {
    const expectedTypes = connector.resourceSyncers().map((s) => s.resourceType);
    expect([...contents.resourceTypes.keys()]).toEqual(['user', 'group', 'team', 'role', 'setting']);
    expect([...contents.resourceTypes.values()]).toEqual(expectedTypes.map((t) => toPlain(pb.ResourceType, t)));

    expect(contents.resources).toEqual(await everythingListed());
    expect(contents.resources.size).toBe(5 + 3 + 4 + 2 + 1);
    const team = contents.resources.get('team:web') as Record<string, unknown>;
    expect(team).toMatchObject({ parentResourceId: { resourceType: 'group', resource: 'eng' }, creationSource: 1 });
    expect(contents.resources.get('user:ann')).toMatchObject({ displayName: 'User ann', creationSource: 1 });
  });

  it('lists entitlements and grants per resource, skipping types marked SkipEntitlementsAndGrants', () => {
    expect([...contents.entitlements.keys()].sort()).toEqual(
      ['group:all', 'group:eng', 'group:ops', 'role:admin', 'role:viewer', 'team:api', 'team:oncall', 'team:ops', 'team:web'].map(
        (r) => `${r}:member`,
      ),
    );
    expect(contents.grants.size).toBe(3 + 1 + 5 + 1 + 3);
    expect(contents.grants.get('group:eng:member:user:bob')).toMatchObject({
      entitlement: { id: 'group:eng:member' },
      principal: { id: { resourceType: 'user', resource: 'bob' } },
    });
    expect(connector.calls.filter((c) => c.type === 'setting').map((c) => c.method)).toEqual(['listResources']);
    expect(connector.calls.filter((c) => c.method !== 'listResources' && c.type === 'user')).toHaveLength(10);
  });

  it('lists child resources depth first, right after the page of their parent', () => {
    const listings = connector.calls.filter((c) => c.method === 'listResources').map((c) => `${c.type}(${c.target})${c.token}`);
    expect(listings).toEqual([
      'user()',
      'user()offset:2',
      'user()offset:4',
      'group()',
      'team(group:eng)',
      'team(group:eng)offset:2',
      'team(group:ops)',
      'group()offset:2',
      'team(group:all)',
      'team()',
      'role()',
      'setting()',
    ]);
  });

  it('reports phases in order, progress per resource type, and a summary of the stored counts', () => {
    const phases = events.filter((e) => e.type === 'phase-start').map((e) => e.phase);
    expect(phases).toEqual(['resource-types', 'resources', 'entitlements', 'grants']);
    expect(events[0]).toMatchObject({ type: 'sync-start', resumed: false, syncId: summary.syncId });
    const groupGrants = events.filter((e) => e.type === 'progress' && e.phase === 'grants' && e.resourceTypeId === 'group');
    expect(groupGrants.at(-1)).toMatchObject({ done: 3, total: 3 });
    // A resource listing's total is known when it ends, and only then.
    const users = events.filter((e) => e.type === 'progress' && e.phase === 'resources' && e.resourceTypeId === 'user');
    expect(users.at(-1)).toMatchObject({ done: 5, total: 5 });
    expect(users.slice(0, -1).every((e) => e.type === 'progress' && e.total === undefined)).toBe(true);
    expect(events.at(-1)).toEqual({ type: 'summary', summary });
    expect(summary.counts).toEqual({ resourceTypes: 5, resources: 15, entitlements: 9, grants: 13 });
    expect(summary.resourceTypes.group).toEqual({ resources: 3, entitlements: 3, grants: 9 });
    expect(summary.resourceTypes.setting).toEqual({ resources: 1, entitlements: 0, grants: 0 });
    expect(summary).toMatchObject({ requestsRetried: 0, warningCount: 0, grantsCreatedByExpansion: 0 });
  });

  it('logs the phases as the Go syncer does', () => {
    const info = logger.lines.filter((l) => l.level === 'info').map((l) => l.msg);
    expect(info).toEqual(
      expect.arrayContaining([
        'Syncing resource types...',
        'Synced resource types',
        'Syncing resources...',
        'Syncing entitlements...',
        'Syncing grants...',
        'Sync complete.',
      ]),
    );
    expect(logger.lines.find((l) => l.msg === 'Synced resources' && l.fields.resource_type_id === 'user')?.fields.count).toBe(5);
  });
});

/** What a fresh connector lists (parents: no parent, then every group), each marked CONNECTOR_LIST_RESOURCES. */
async function everythingListed(): Promise<Map<string, unknown>> {
  const fresh = new TestConnector(sampleDirectory, { pageSize: 100 });
  const signal = new AbortController().signal;
  const parents = [undefined, ...Object.keys(sampleDirectory.groups).map((g) => ({ resourceType: 'group', resource: g }))];
  const out = new Map<string, unknown>();
  for (const syncer of fresh.resourceSyncers()) {
    for (const parent of parents) {
      const page = await syncer.listResources(parent, { pageToken: '', signal });
      for (const r of page.items) out.set(`${r.id?.resourceType}:${r.id?.resource}`, toPlain(pb.Resource, { ...r, creationSource: 1 }));
    }
  }
  return out;
}

function toPlain<T>(type: { fromObject(o: T): unknown; toObject(m: never): unknown }, value: T): unknown {
  return JSON.parse(JSON.stringify(type.toObject(type.fromObject(value) as never)));
}

describe('sync engine details', () => {
  it('stores a resource listed twice once, and lists its children once', async () => {
    const dir = tempDir('engine-dedupe');
    try {
      const directory = { ...sampleDirectory, users: ['ann', 'bob', 'ann', 'cy', 'bob'] };
      const connector = new TestConnector(directory, { pageSize: 1 });
      const events: SyncProgressEvent[] = [];
      const summary = await runSync({ file: join(dir.path, 'sync.c1z'), connector, onProgress: (e) => events.push(e) });
      expect(summary.resourceTypes.user?.resources).toBe(3);
      // Repeats on later pages are dropped too, so the listing's own count is the stored one.
      const listed = events.filter((e) => e.type === 'progress' && e.phase === 'resources' && e.resourceTypeId === 'user');
      expect(listed.at(-1)).toMatchObject({ done: 3, total: 3 });
      expect(connector.calls.filter((c) => c.method === 'listGrants' && c.type === 'user')).toHaveLength(3);
    } finally {
      dir.remove();
    }
  });

  it('expands nested groups after the grants phase', async () => {
    const dir = tempDir('engine-expand');
    try {
      const directory = {
        users: ['ann', 'bob'],
        groups: { inner: { members: ['ann'] }, outer: { members: ['bob'], groups: ['inner'] } },
        roles: {},
      };
      const events: SyncProgressEvent[] = [];
      const file = join(dir.path, 'sync.c1z');
      const logger = memoryLogger();
      const summary = await runSync({ file, connector: new TestConnector(directory), logger, onProgress: (e) => events.push(e) });
      expect(summary.grantsCreatedByExpansion).toBe(1);
      // The grants phase recorded the expandable grant, so the graph was loaded without scanning every grant.
      const loaded = logger.lines.find((l) => l.msg === 'Finished loading entitlement graph');
      expect(loaded?.fields).toMatchObject({ edges: 1, from: 'the recorded expandable grants' });
      expect(events.filter((e) => e.type === 'phase-start').map((e) => e.phase)).toContain('grant-expansion');
      const contents = await readContents(file);
      expect(contents.grants.get('group:outer:member:user:ann')).toMatchObject({ sources: { sources: { 'group:inner:member': {} } } });
    } finally {
      dir.remove();
    }
  });
});
