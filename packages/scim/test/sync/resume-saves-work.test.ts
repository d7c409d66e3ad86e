// A resumed sync reloads what the interrupted one saved in the working file instead of asking the server again.
import { BatonError, type ResourceSyncer, type SavedEntry, type SyncSummary } from '@baton-scim/core';
import Database from 'better-sqlite3';
import { startScimServer, type ScimTestServer } from '@baton-scim/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScimConnector } from '../../src/connector/connector.js';
import { connectorFor, fingerprint, readSync, scimConfig, sync, tempDir, TOKEN, type TempDir } from './support.js';

// Three pages of users and of groups (100 per page), nested groups, roles, and users without names or emails.
const GENERATE = { users: 250, groups: 250, seed: 11, roles: 4 };
// One page at a time: a page fetched ahead and never committed would be asked for again, rightly.
const CONFIG = { pagination: { concurrency: 1 } };

let server: ScimTestServer;
let tmp: TempDir;
let full: Outcome;

interface Outcome {
  readonly summary: SyncSummary;
  readonly warnings: string[];
  readonly dropped: number;
  readonly listings: string;
  readonly contents: ReturnType<typeof fingerprint>;
}

async function outcome(connector: ScimConnector, file: string, summary: SyncSummary): Promise<Outcome> {
  return {
    summary,
    warnings: connector.mappingWarnings().map((w) => `${w.message} (${w.examples.join(', ')})`),
    dropped: connector.droppedGrants().count,
    listings: JSON.stringify([...connector.listingEnds()].sort()),
    contents: fingerprint(await readSync(file)),
  };
}

const requestKeys = (): string[] => server.requests.map((r) => `${r.method} ${r.path}?${new URLSearchParams(r.query as Record<string, string>).toString()}`);

/** The connector, except that `type`'s `method` fails on its `call`-th call, before asking the server anything. */
function failingAt(connector: ScimConnector, type: string, method: 'listResources' | 'listGrants', call: number): ScimConnector {
  let calls = 0;
  const fail = (syncer: ResourceSyncer): ResourceSyncer => ({
    ...syncer,
    [method]: (...args: unknown[]) => {
      if (++calls === call) return Promise.reject(new BatonError('internal', 'simulated interruption'));
      return (syncer[method] as (...a: unknown[]) => Promise<unknown>)(...args);
    },
  });
  return { ...connector, resourceSyncers: () => connector.resourceSyncers().map((s) => (s.resourceType.id === type ? fail(s) : s)) };
}

/** The connector, noting each kind of saved entry its restore actually read. */
function readingKinds(connector: ScimConnector, read: Set<string>): ScimConnector {
  function* noted(kind: string, entries: Iterable<SavedEntry>): Iterable<SavedEntry> {
    for (const entry of entries) {
      read.add(kind);
      yield entry;
    }
  }
  return {
    ...connector,
    restore: (saved) => connector.restore?.({ reader: saved.reader, entries: (kind) => noted(kind, saved.entries(kind)) }),
  };
}

/** Resumes the sync of `file` with a new connector: the connector, the saved kinds its restore read, the summary. */
async function resume(file: string): Promise<{ second: ScimConnector; read: Set<string>; summary: SyncSummary }> {
  server.resetLog();
  const second = connectorFor({ config: scimConfig(server.url, CONFIG) });
  const read = new Set<string>();
  const summary = await sync(readingKinds(second, read), file);
  await second.close();
  expect(summary.resumed).toBe(true);
  return { second, read, summary };
}

beforeAll(async () => {
  server = await startScimServer({ generate: GENERATE, auth: { bearer: TOKEN } });
  tmp = await tempDir();
  const connector = connectorFor({ config: scimConfig(server.url, CONFIG) });
  const file = tmp.file('uninterrupted.c1z');
  const summary = await sync(connector, file);
  await connector.close();
  full = await outcome(connector, file, summary);
});

afterAll(async () => {
  await server.close();
  await tmp.remove();
});

describe('a resumed sync', () => {
  it.each([
    ['the user listing, after two of its three pages', 'user', 'listResources', 3],
    ['the group listing, after two of its three pages', 'group', 'listResources', 3],
    ['the group grants, after 120 of 250 groups', 'group', 'listGrants', 121],
    ['the role listing, after every user and group page', 'role', 'listResources', 1],
  ] as const)('interrupted in %s asks only for what the first run had not, and ends as an uninterrupted sync', async (_what, type, method, call) => {
    const file = tmp.file(`resumed-${type}-${method}.c1z`);
    const first = connectorFor({ config: scimConfig(server.url, CONFIG) });
    server.resetLog();
    await expect(sync(failingAt(first, type, method, call), file)).rejects.toThrow(/simulated interruption/);
    await first.close();
    const firstRun = new Set(requestKeys());

    const { second, read, summary } = await resume(file);
    // The member lists stay in the working file: the resume reads their saved sizes, not the lists.
    expect(read.has('members')).toBe(false);
    if (type !== 'user') expect(read.has('member-sizes')).toBe(true);
    // Only the connection check is asked again: every page the first run read was committed with what it needs.
    const repeated = requestKeys().filter((k) => firstRun.has(k));
    expect(repeated.length).toBe(second.requestStats().validate);
    expect(second.requestStats()).toMatchObject({ userIndexPages: 0, groupIndexPages: 0, groupMemberReads: 0 });

    const resumed = await outcome(second, file, summary);
    expect(resumed.summary.counts).toEqual(full.summary.counts);
    expect(resumed.summary.warnings).toEqual(full.summary.warnings);
    expect(resumed.warnings).toEqual(full.warnings);
    expect(resumed.warnings.length).toBeGreaterThan(0);
    expect(resumed.dropped).toBe(full.dropped);
    expect(resumed.listings).toBe(full.listings);
    expect(resumed.contents).toEqual(full.contents);
  });
});

it('resumes a sync whose working file holds member lists without their sizes (an earlier release began it)', async () => {
  const file = tmp.file('resumed-without-sizes.c1z');
  const first = connectorFor({ config: scimConfig(server.url, CONFIG) });
  await expect(sync(failingAt(first, 'group', 'listGrants', 121), file)).rejects.toThrow(/simulated interruption/);
  await first.close();
  const db = new Database(`${file}.partial`);
  const removed = db.prepare("delete from baton_working_saved where kind = 'member-sizes'").run().changes;
  db.close();
  expect(removed).toBeGreaterThan(0);

  const { second, read, summary } = await resume(file);
  // Every list is read once for its size, so no group is taken for unlisted and read from the server.
  expect(read.has('members')).toBe(true);
  expect(second.requestStats()).toMatchObject({ groupMemberReads: 0 });
  expect((await outcome(second, file, summary)).contents).toEqual(full.contents);
});
