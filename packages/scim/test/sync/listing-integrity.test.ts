// A listing is complete or the sync fails: servers whose paging lies or overlaps give every user, or a clear error.
import { BatonError, C1zReader } from '@baton-scim/core';
import { existsSync } from 'node:fs';
import { startScimServer, type FaultPatch, type ScimTestServer } from '@baton-scim/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScimConnector } from '../../src/index.js';
import { connectorFor, readSync, resourceIds, scimConfig, sync, tempDir, TOKEN, type TempDir } from './support.js';

let server: ScimTestServer;
let tmp: TempDir;
let allUsers: string[];
let allGroups: string[];

const config = () => scimConfig(server.url, { pagination: { pageSize: 10 } });

beforeAll(async () => {
  server = await startScimServer({ generate: { users: 50, groups: 20, seed: 11, roles: 3 }, auth: { bearer: TOKEN } });
  tmp = await tempDir();
  allUsers = [...server.directory.users.keys()].sort();
  allGroups = [...server.directory.groups.keys()].sort();
});

afterAll(async () => {
  await server.close();
  await tmp.remove();
});

let lastEnds: ReturnType<ScimConnector['listingEnds']> = new Map();

async function syncWith(faults: FaultPatch, name: string): Promise<string> {
  server.setFaults(faults);
  const connector = connectorFor({ config: config() });
  try {
    const file = tmp.file(name);
    await sync(connector, file);
    lastEnds = connector.listingEnds();
    return file;
  } finally {
    await connector.close();
    server.clearFaults();
  }
}

async function notesOf(file: string): Promise<{ topic: string; text: string }[]> {
  const reader = await C1zReader.open(file);
  try {
    return reader.notes();
  } finally {
    reader.close();
  }
}

describe('listing integrity', () => {
  it('keeps every user when pages overlap and the server caps the page (pageCap 10, duplicateAcrossPages 3)', async () => {
    const file = await syncWith({ pageCap: 10, duplicateAcrossPages: 3 }, 'overlap.c1z');
    const contents = await readSync(file);
    expect(resourceIds(contents.resources, 'user')).toEqual(allUsers);
    expect(resourceIds(contents.resources, 'group')).toEqual(allGroups);
    expect(lastEnds.get('users')).toMatchObject({ listed: 50, totalResults: 50, how: 'empty-page' });
    expect(lastEnds.get('users')?.repeated).toBeGreaterThan(0);
  });

  it.each([0, 10, 15])('keeps every user when the server reports totalResults %i while it holds 50', async (reported) => {
    const file = await syncWith({ totalResults: reported }, `total-${reported}.c1z`);
    const contents = await readSync(file);
    expect(resourceIds(contents.resources, 'user')).toEqual(allUsers);
    expect(lastEnds.get('users')).toEqual({ how: 'empty-page', pages: 6, listed: 50, repeated: 0, totalResults: reported, totalWrong: true });
    expect(resourceIds(contents.resources, 'group')).toEqual(allGroups);
  });

  it('heals overlapping pages by reading the listing again with the page size the server serves (startIndex read as a page number, pageCap 7)', async () => {
    const file = await syncWith({ pageCap: 7, startIndexAsPageNumber: true }, 'page-number.c1z');
    const contents = await readSync(file);
    // Stored exactly once: readSync lists every row, so a user stored by both passes would show twice.
    expect(resourceIds(contents.resources, 'user')).toEqual(allUsers);
    expect(resourceIds(contents.resources, 'group')).toEqual(allGroups);
    expect(lastEnds.get('users')).toMatchObject({ listed: 50, totalResults: 50, totalWrong: false, rereadCount: 7 });
    expect(lastEnds.get('groups')).toMatchObject({ listed: 20, totalResults: 20, rereadCount: 7 });
    expect(await notesOf(file)).toContainEqual({
      topic: 'users listing',
      text: expect.stringMatching(/^users: 50 resources listed in \d+ pages; \d+ repeated resources dropped; read again from the start with count 7 to make it whole(; ended on a page of only resources already listed)?$/) as unknown,
    });
  });

  it('resumes a sync interrupted during the re-read and still stores every user once', async () => {
    const file = tmp.file('reread-resumed.c1z');
    server.setFaults({ pageCap: 7, startIndexAsPageNumber: true });
    try {
      const first = connectorFor({ config: config() });
      let rereadPages = 0;
      // Fails the second page of the re-read, after the first one was committed with its checkpoint.
      const interrupted: ScimConnector = {
        ...first,
        resourceSyncers: () =>
          first.resourceSyncers().map((syncer) =>
            syncer.resourceType.id !== 'user'
              ? syncer
              : {
                  ...syncer,
                  listResources: (parent, request) =>
                    request.pageToken.includes('"h":') && ++rereadPages === 2
                      ? Promise.reject(new BatonError('internal', 'simulated failure'))
                      : syncer.listResources(parent, request),
                },
          ),
      };
      await expect(sync(interrupted, file)).rejects.toThrow(/simulated failure/);
      await first.close();
      expect(rereadPages).toBe(2);
      const second = connectorFor({ config: config() });
      const summary = await sync(second, file);
      await second.close();
      expect(summary.resumed).toBe(true);
      const contents = await readSync(file);
      expect(resourceIds(contents.resources, 'user')).toEqual(allUsers);
      expect(second.listingEnds().get('users')).toMatchObject({ listed: 50, totalResults: 50, rereadCount: 7 });
    } finally {
      server.clearFaults();
    }
  });

  it('fails naming the re-read when a listing with repeats is still short after it, and writes no file', async () => {
    const name = 'short-after-reread.c1z';
    const err = await syncWith({ pageCap: 10, duplicateAcrossPages: 3, totalResults: 60 }, name).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BatonError);
    expect((err as BatonError).message).toMatch(/GET \/Users: the listing cannot be made whole: the server reported totalResults 60/);
    expect((err as BatonError).message).toMatch(/even after reading the listing again from the start with count 5/);
    expect((err as BatonError).message).toMatch(/pagination\.pageSize/);
    expect(existsSync(tmp.file(name))).toBe(false);
  });

  it('fails with an error naming the behaviour and the setting when pages skip resources, and writes no file', async () => {
    const name = 'skip.c1z';
    const err = await syncWith({ pageCap: 10, skipAcrossPages: 2 }, name).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BatonError);
    expect((err as BatonError).message).toMatch(/GET \/Users: the listing cannot be made whole: the server reported totalResults 50/);
    expect((err as BatonError).message).toMatch(/pagination\.pageSize/);
    expect(existsSync(tmp.file(name))).toBe(false);
  });
});
