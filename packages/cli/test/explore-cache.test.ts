// The explorer's cache of decompressed copies, on real files: a second open reads the copy without
// decompressing, a replaced or damaged file or copy is rebuilt, the copies are private, the size stays bounded.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, symlinkSync, openSync, readdirSync, renameSync, statSync, truncateSync, writeFileSync, writeSync, closeSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pb, readC1z, writeC1z } from '@baton-scim/core';
import type { CacheEvent, ExploreCacheOptions } from '../src/explore/cache.js';
import { ExploreModel } from '../src/explore/model.js';
import { startExplorer } from '../src/explore/server.js';
import { BIN } from './support/bin.js';
import { cli, startServer, syncArgs, tempDir } from './support/run.js';

const FIXTURES = new URL('../../core/test/c1z/fixtures/', import.meta.url).pathname;
const EXPANDED = `${FIXTURES}go-expansion.expanded.c1z`;
/** The fixture less the grants of its most-granted entitlement: another file, with other counts. */
let OTHER: string;
/** The fixture with its entitlements' copies of their resource unnamed: their labels need the resources' names. */
let UNNAMED: string;

/** The fixture, changed by `edit` in SQLite, written as a new .c1z. */
async function variant(name: string, edit: (conn: DatabaseConstructor.Database) => void): Promise<string> {
  const dir = tempDir();
  const db = join(dir, `${name}.db`);
  await readC1z(EXPANDED, db);
  const conn = new DatabaseConstructor(db);
  edit(conn);
  conn.pragma('wal_checkpoint(TRUNCATE)');
  conn.close();
  const out = join(dir, `${name}.c1z`);
  await writeC1z(db, out);
  return out;
}

beforeAll(async () => {
  OTHER = await variant('other', (conn) => {
    const top = conn.prepare<[], { id: string }>('select entitlement_id as id from v1_grants group by 1 order by count(*) desc limit 1').get();
    conn.prepare('delete from v1_grants where entitlement_id = ?').run(top?.id);
  });
  UNNAMED = await variant('unnamed', (conn) => {
    const update = conn.prepare('update v1_entitlements set data = ? where id = ?');
    for (const row of conn.prepare<[], { id: number; data: Buffer }>('select id, data from v1_entitlements').all()) {
      const e = pb.Entitlement.decode(row.data);
      if (e.resource) e.resource.displayName = '';
      update.run(Buffer.from(pb.Entitlement.encode(e).finish()), row.id);
    }
  });
});

const open: ExploreModel[] = [];
afterEach(() => { for (const m of open.splice(0)) m.close(); });

/** A copy of a fixture in a fresh directory, and a cache directory beside it whose events are recorded. */
function setup(fixture = EXPANDED, maxBytes = 1 << 30): { file: string; cache: ExploreCacheOptions; events: CacheEvent[]; dir: string } {
  const dir = tempDir();
  const file = join(dir, 'sync.c1z');
  copyFileSync(fixture, file);
  const events: CacheEvent[] = [];
  return { file, dir, events, cache: { dir: join(dir, 'cache', 'explore'), maxBytes, onEvent: (e) => events.push(e) } };
}

async function explore(file: string, cache: ExploreCacheOptions | undefined): Promise<ExploreModel> {
  const model = await ExploreModel.open({ file, output: 'console', cache });
  open.push(model);
  return model;
}

async function openAndClose(file: string, cache: ExploreCacheOptions): Promise<{ counts: ReturnType<ExploreModel['counts']>; hits: number }> {
  const model = await explore(file, cache);
  await model.indexed;
  const counts = model.counts();
  const hits = model.search('a', 0, 1000).items.length;
  model.close();
  open.splice(open.indexOf(model), 1);
  return { counts, hits };
}

const decodes = (events: CacheEvent[]) => events.filter((e) => e.type === 'decode');

/** The counts and search hits of `fixture` read without any cache: what a rebuilt copy must show. */
async function uncached(fixture: string): Promise<{ counts: ReturnType<ExploreModel['counts']>; hits: number }> {
  const model = await explore(fixture, undefined);
  await model.indexed;
  return { counts: model.counts(), hits: model.search('a', 0, 1000).items.length };
}

describe('explore cache', () => {
  it('decompresses a file once: the second open reads the cached copy and its finished search table', async () => {
    const { file, cache, events } = setup();
    const first = await openAndClose(file, cache);
    expect(events).toEqual([expect.objectContaining({ type: 'decode', reason: 'new' })]);
    events.length = 0;
    const model = await explore(file, cache);
    expect(events).toEqual([expect.objectContaining({ type: 'hit' })]);
    // The search table the first run built is read as it is: nothing left to index.
    expect(model.progress.complete).toBe(true);
    expect(model.counts()).toEqual(first.counts);
    expect(model.search('a', 0, 1000).items.length).toBe(first.hits);
    expect(first.counts).toEqual((await uncached(EXPANDED)).counts);
  });

  it('carries on the search table a run stopped early left in the copy, and ends with the table a full build makes', async () => {
    const { file, cache, events } = setup(UNNAMED);
    const first = await ExploreModel.open({ file, output: 'console', cache }, { indexChunk: 100 });
    // Stopped between chunks, part way through the entitlements (groups, roles and projects come first).
    while (first.progress.done < 300) await new Promise((resolve) => setImmediate(resolve));
    expect(first.progress.complete).toBe(false);
    const kept = first.progress.done;
    first.close();
    events.length = 0;
    const again = await ExploreModel.open({ file, output: 'console', cache }, { indexChunk: 100 });
    open.push(again);
    expect(events.map((e) => e.type)).toEqual(['hit']);
    // Before its first chunk, the build already counts the rows the stopped run wrote.
    expect(again.progress.done).toBe(kept);
    await again.indexed;
    expect(again.progress.complete).toBe(true);
    const fresh = await explore(UNNAMED, undefined);
    await fresh.indexed;
    const every = (m: ExploreModel) => m.search('', 0, 1_000_000).items;
    expect(every(again)).toEqual(every(fresh));
    expect(every(again).length).toBe(again.progress.total);
  });

  it('rebuilds the copy when the file is replaced, and shows the new content', async () => {
    const { file, dir, cache, events } = setup();
    const before = await openAndClose(file, cache);
    // A new file renamed over the old one, as a sync writes it.
    const next = join(dir, 'next.c1z');
    copyFileSync(OTHER, next);
    renameSync(next, file);
    events.length = 0;
    const after = await openAndClose(file, cache);
    expect(decodes(events)).toEqual([expect.objectContaining({ reason: 'stale' })]);
    expect(after).toEqual(await uncached(OTHER));
    expect(after.counts.grants).not.toBe(before.counts.grants);
  });

  it('rebuilds the copy when the file is rewritten in place with its old times put back', async () => {
    const { file, dir, cache, events } = setup();
    await openAndClose(file, cache);
    const times = join(dir, 'times');
    execFileSync('touch', ['-r', file, times]);
    copyFileSync(OTHER, file);
    // Same inode and modification time to the nanosecond; only the size, the change time and the bytes tell.
    execFileSync('touch', ['-r', times, file]);
    events.length = 0;
    const after = await openAndClose(file, cache);
    expect(decodes(events)).toEqual([expect.objectContaining({ reason: 'stale' })]);
    expect(after).toEqual(await uncached(OTHER));
    expect(readdirSync(dir)).toContain('sync.c1z');
  });

  it('keeps the directory 0700 and every file in it 0600, tightening a directory that was left open', async () => {
    const { file, cache } = setup();
    mkdirSync(cache.dir, { recursive: true, mode: 0o755 });
    chmodSync(cache.dir, 0o755);
    const model = await explore(file, cache);
    await model.indexed;
    expect(statSync(cache.dir).mode & 0o777).toBe(0o700);
    const names = readdirSync(cache.dir);
    expect(names.some((n) => n.endsWith('.db'))).toBe(true);
    expect(names.some((n) => n.endsWith('.json'))).toBe(true);
    expect(names.some((n) => n.endsWith('.lock'))).toBe(true);
    for (const name of names) expect({ name, mode: statSync(join(cache.dir, name)).mode & 0o777 }).toEqual({ name, mode: 0o600 });
  });

  it('refuses a cache directory that is a symlink, naming it', async () => {
    const { file, dir, cache } = setup();
    const elsewhere = join(dir, 'elsewhere');
    mkdirSync(elsewhere, { mode: 0o700 });
    mkdirSync(join(cache.dir, '..'), { recursive: true });
    symlinkSync(elsewhere, cache.dir);
    await expect(explore(file, cache)).rejects.toThrow(`explore cache ${cache.dir}: not a directory of this user's`);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('rebuilds a copy that was cut short, one with a damaged header, and one whose metadata is unreadable', async () => {
    const { file, cache, events } = setup();
    const good = await openAndClose(file, cache);
    const db = join(cache.dir, readdirSync(cache.dir).find((n) => n.endsWith('.db')) ?? '');
    const meta = db.replace(/\.db$/, '.json');
    const damage: [string, () => void][] = [
      // The last page only: the tables SQLite reads on opening are all still there.
      ['cut short', () => truncateSync(db, statSync(db).size - 4096)],
      ['header', () => { const fd = openSync(db, 'r+'); writeSync(fd, Buffer.alloc(100, 0x41), 0, 100, 0); closeSync(fd); }],
      ['metadata', () => writeFileSync(meta, '{"format":')],
    ];
    for (const [what, hurt] of damage) {
      hurt();
      events.length = 0;
      const again = await openAndClose(file, cache);
      expect({ what, events: decodes(events) }).toEqual({ what, events: [expect.objectContaining({ reason: 'corrupt' })] });
      expect(again).toEqual(good);
    }
  });

  it('marks a copy whose page a query finds damaged, and rebuilds it on the next start', async () => {
    const { file, cache, events } = setup();
    const good = await openAndClose(file, cache);
    const db = join(cache.dir, readdirSync(cache.dir).find((n) => n.endsWith('.db')) ?? '');
    // The first page of the holder ranking, which opening does not read and the first screen does.
    const conn = new DatabaseConstructor(db, { readonly: true });
    const root = conn.prepare<[], { rootpage: number }>("select rootpage from sqlite_master where name = 'explore_holders_rank'").get()?.rootpage ?? 0;
    const pageSize = Number(conn.pragma('page_size', { simple: true }));
    conn.close();
    const fd = openSync(db, 'r+');
    writeSync(fd, Buffer.alloc(pageSize, 0xee), 0, pageSize, (root - 1) * pageSize);
    closeSync(fd);
    events.length = 0;
    const explorer = await startExplorer({ file, output: 'console', port: 0, cache });
    try {
      expect(events.map((e) => e.type)).toEqual(['hit']);
      const res = await fetch(explorer.url);
      expect(res.status).toBe(500);
      expect(await res.text()).toContain('the cached copy of the file is damaged; it is rebuilt when explore starts again');
    } finally {
      await explorer.close();
    }
    events.length = 0;
    const again = await openAndClose(file, cache);
    expect(decodes(events)).toEqual([expect.objectContaining({ reason: 'corrupt' })]);
    expect(again).toEqual(good);
  });

  it('removes the least recently used copy beyond the size limit, and keeps no copy larger than the limit', async () => {
    const a = setup();
    const b = join(a.dir, 'other.c1z');
    copyFileSync(OTHER, b);
    await openAndClose(a.file, a.cache);
    const sizeA = readdirSync(a.cache.dir).filter((n) => n.endsWith('.db')).map((n) => statSync(join(a.cache.dir, n)).size)[0] ?? 0;
    // Room for the larger copy alone: opening the second file pushes the first out.
    const tight = { ...a.cache, maxBytes: sizeA + 1024 };
    a.events.length = 0;
    await openAndClose(b, tight);
    expect(a.events.map((e) => e.type)).toEqual(['decode', 'evict']);
    expect(readdirSync(a.cache.dir).filter((n) => n.endsWith('.db'))).toHaveLength(1);
    // A copy larger than the whole cache is read once and removed, and evicts nothing to make room.
    const kept = readdirSync(a.cache.dir).filter((n) => n.endsWith('.db') || n.endsWith('.json')).sort();
    a.events.length = 0;
    const small = { ...a.cache, maxBytes: 1024 };
    const model = await explore(a.file, small);
    expect(a.events.map((e) => e.type)).toEqual(['decode', 'bypass']);
    model.close();
    open.splice(open.indexOf(model), 1);
    expect(readdirSync(a.cache.dir).filter((n) => n.endsWith('.db') || n.endsWith('.json')).sort()).toEqual(kept);
  });

  it('lets a second explore of the same file run on its own copy while the first holds the cached one', async () => {
    const { file, cache, events } = setup();
    const first = await explore(file, cache);
    const second = await explore(file, cache);
    expect(events.map((e) => e.type)).toEqual(['decode', 'bypass']);
    await Promise.all([first.indexed, second.indexed]);
    expect(second.counts()).toEqual(first.counts());
  });
});

describe('explore command and its cache', () => {
  /** Runs the built command until it prints its URL, then stops it; resolves with its stderr. */
  function run(args: string[], env: Record<string, string>): Promise<string> {
    return new Promise((resolve, reject) => {
      const proc = spawn(process.execPath, [BIN, 'explore', '--no-open', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '', ...env } });
      let out = '';
      let err = '';
      proc.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (/explore: http:\S+/.test(out)) proc.kill('SIGTERM');
      });
      proc.stderr.on('data', (d: Buffer) => { err += d.toString(); });
      proc.on('exit', (code) => (/explore: http/.test(out) ? resolve(err) : reject(new Error(`explore exited ${code}: ${err}`))));
    });
  }

  it('caches under XDG_CACHE_HOME, says when it decompresses, and --no-cache leaves no copy', async () => {
    const { file, dir } = setup();
    const xdg = join(dir, 'xdg');
    const home = join(dir, 'home');
    const env = { XDG_CACHE_HOME: xdg, HOME: home };
    expect(await run(['-f', file], env)).toContain('Decompressing into the explore cache (first open of this file)');
    const cached = join(xdg, 'baton-scim', 'explore');
    expect(readdirSync(cached).filter((n) => n.endsWith('.db'))).toHaveLength(1);
    expect(await run(['-f', file], env)).not.toContain('Decompressing');
    const bare = { XDG_CACHE_HOME: join(dir, 'xdg2'), HOME: home };
    expect(await run(['-f', file, '--no-cache'], bare)).not.toContain('Decompressing');
    expect(readdirSync(dir)).not.toContain('xdg2');
  });
});

describe('sync --explore-cache', () => {
  it("leaves the finished working file as the synced file's cached copy, which explore then reads without decompressing", async () => {
    const server = await startServer();
    try {
      const dir = tempDir();
      const file = join(dir, 'sync.c1z');
      const xdg = join(dir, 'xdg');
      const events: CacheEvent[] = [];
      const cache = { dir: join(xdg, 'baton-scim', 'explore'), maxBytes: 1 << 30, onEvent: (e: CacheEvent) => events.push(e) };
      const users: number[] = [];
      // The first round's working file is a new SQLite file; the second's, the first's .c1z decompressed.
      for (let round = 0; round < 2; round++) {
        if (round === 1) {
          // Without the flag, a sync leaves nothing in the cache.
          const elsewhere = join(tempDir(), 'plain.c1z');
          const plain = await cli(syncArgs(server, elsewhere), { env: { XDG_CACHE_HOME: xdg } });
          expect(plain.code, plain.stderr).toBe(0);
          expect(readdirSync(cache.dir).filter((n) => n.endsWith('.db'))).toHaveLength(1);
          // The directory changes, so the copy kept next must be the new file's.
          [...server.directory.users.values()].slice(0, 3).forEach((u) => server.directory.users.delete(u.id));
        }
        const kept = await cli([...syncArgs(server, file), '--explore-cache'], { env: { XDG_CACHE_HOME: xdg } });
        expect(kept.code, kept.stderr).toBe(0);
        // The working file moved into the cache, nothing else is left beside the .c1z.
        expect(readdirSync(dir).sort()).toEqual(['sync.c1z', 'xdg']);
        for (const name of readdirSync(cache.dir)) expect({ name, mode: statSync(join(cache.dir, name)).mode & 0o777 }).toEqual({ name, mode: 0o600 });
        events.length = 0;
        const model = await explore(file, cache);
        expect(events).toEqual([expect.objectContaining({ type: 'hit' })]);
        await model.indexed;
        const fresh = await explore(file, undefined);
        expect(model.counts()).toEqual(fresh.counts());
        users.push(model.counts().byType.find((t) => t.id === 'user')?.count ?? 0);
        for (const m of open.splice(0)) m.close();
      }
      expect(users[1]).toBe((users[0] ?? 0) - 3);
      // The changes between the file's two syncs come from the cached copy too: no temp copy is made (the
      // temp directory does not even exist).
      const model = await ExploreModel.open({ file, output: 'console', cache, tmpDir: join(dir, 'no-such-dir') });
      open.push(model);
      const changes = await model.changeSet();
      if (typeof changes === 'string') throw new Error(changes);
      expect(changes.diff.resources.deleted).toHaveLength(3);
    } finally {
      await server.close();
    }
  });
});
