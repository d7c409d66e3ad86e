// A private cache of decompressed .c1z files for `explore`: the first open of a file decompresses it once into
// the cache, later opens of the unchanged file read that copy (and the search table built in it) directly.
// The copies hold access data: the directory is 0700, every file 0600, and nothing here is shared between users.
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, closeSync, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, utimesSync, writeFileSync, type BigIntStats } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import { acquireLock, BatonError, C1zReader, holderIsAlive, readC1z, silentLogger, type FileLock } from '@baton-scim/core';
import { UsageError } from '../options/usage-error.js';

export interface ExploreCacheOptions {
  /** The cache directory; created 0700 if missing. */
  readonly dir: string;
  /** Total bytes the cached copies may take; the least recently used ones are removed beyond it. */
  readonly maxBytes: number;
  /** Told what the cache did (tests count decompressions through it). */
  readonly onEvent?: ((event: CacheEvent) => void) | undefined;
}

export type CacheEvent =
  /** The unchanged file's copy was read; nothing was decompressed. */
  | { readonly type: 'hit'; readonly entry: string }
  /** The file was decompressed into the cache: never seen, changed since (stale) or its copy damaged (corrupt). */
  | { readonly type: 'decode'; readonly entry: string; readonly reason: 'new' | 'stale' | 'corrupt' }
  /** A sync's finished working database was kept as the copy of the file it wrote. */
  | { readonly type: 'kept'; readonly entry: string }
  /** A least recently used copy was removed to stay within the size limit. */
  | { readonly type: 'evict'; readonly entry: string }
  /** The cache was not used for this run: another explore holds the file's copy, or it exceeds the limit. */
  | { readonly type: 'bypass'; readonly reason: 'busy' | 'too-large' };

export interface CachedC1z {
  readonly c1z: C1zReader;
  /** Closes the reader and lets other runs use the copy. */
  close(): void;
  /** Marks the copy damaged (a query found a bad page): the next open rebuilds it. */
  discard?(): void;
}

/** Room for two copies of a 100k-user file (about 1.5 GB decoded each). */
export const CACHE_MAX_MB = 4096;

/** Bumped when what an entry holds changes meaning; older entries are then rebuilt. */
const FORMAT = 1;
/** Bytes hashed at each end of the .c1z, with its size: a change that keeps size, inode and times still shows. */
const PROBE_BYTES = 1 << 20;

interface Meta {
  readonly format: number;
  readonly file: string;
  readonly dev: string;
  readonly ino: string;
  readonly size: string;
  readonly mtimeNs: string;
  readonly ctimeNs: string;
  readonly probe: string;
}

/** `$XDG_CACHE_HOME/baton-scim/explore`, else `~/.cache/baton-scim/explore`. */
export function defaultCacheDir(env: NodeJS.ProcessEnv): string {
  const base = env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.startsWith('/') ? env.XDG_CACHE_HOME : join(homedir(), '.cache');
  return join(base, 'baton-scim', 'explore');
}

/**
 * Opens `file` on `syncId` through the cache: its copy when the file is unchanged since the copy was made and
 * the copy is whole, else a fresh decompression into the cache. Another explore of the same file running at
 * the same time keeps its copy; this run then decompresses into a private temp directory as without a cache.
 */
export async function openCached(file: string, options: { syncId?: string | undefined; tmpDir?: string | undefined }, cache: ExploreCacheOptions): Promise<CachedC1z> {
  const path = resolve(file);
  const readerOptions = options.syncId === undefined ? {} : { syncId: options.syncId };
  const uncached = async (): Promise<CachedC1z> => {
    const c1z = await C1zReader.open(path, { ...readerOptions, ...(options.tmpDir ? { tmpDir: options.tmpDir } : {}) });
    return { c1z, close: () => c1z.close() };
  };
  // An empty file holds no sync: nothing worth keeping, and the reader says so.
  if (statSync(path).size === 0) return uncached();
  const dir = privateDir(cache.dir);
  const entry = entryName(path);
  const files = entryFiles(dir, entry);
  const lock = tryLock(files.lock, path);
  if (!lock) {
    cache.onEvent?.({ type: 'bypass', reason: 'busy' });
    return uncached();
  }
  try {
    const now = identify(path);
    const reason = check(files, now);
    if (reason === undefined) {
      try {
        const c1z = C1zReader.openDecoded(path, files.db, readerOptions);
        if (probeInside(files.db) === now.probe) {
          touch(files.meta);
          cache.onEvent?.({ type: 'hit', entry });
          return held(c1z, lock, files);
        }
        c1z.close();
      } catch (err) {
        // A copy SQLite cannot read is rebuilt below; a sync id the file lacks is the caller's error.
        if (err instanceof BatonError && err.code === 'not-found') throw err;
      }
    }
    removeEntry(files);
    cache.onEvent?.({ type: 'decode', entry, reason: reason ?? 'corrupt' });
    await build(path, files, now);
    const keep = evict(dir, entry, cache);
    const c1z = C1zReader.openDecoded(path, files.db, readerOptions);
    if (!keep) {
      // Larger than the whole cache: read once, kept by no one.
      cache.onEvent?.({ type: 'bypass', reason: 'too-large' });
      return held(c1z, lock, files, true);
    }
    return held(c1z, lock, files);
  } catch (err) {
    lock.release();
    throw err;
  }
}

/** The open copy, its lock held until close; `once`: removed on close. */
function held(c1z: C1zReader, lock: FileLock, files: EntryFiles, once = false): CachedC1z {
  return {
    c1z,
    close: () => {
      try {
        c1z.close();
        if (once) removeEntry(files);
      } finally {
        lock.release();
      }
    },
    // Unreadable metadata reads as a damaged entry: rebuilt, and said so, on the next open.
    discard: () => writeFileSync(files.meta, '', { mode: 0o600 }),
  };
}

interface EntryFiles { readonly db: string; readonly meta: string; readonly lock: string }

function entryFiles(dir: string, entry: string): EntryFiles {
  return { db: join(dir, `${entry}.db`), meta: join(dir, `${entry}.json`), lock: join(dir, `${entry}.lock`) };
}

/** Creates the directory 0700 (parents too); one owned by someone else, or a symlink, is refused. */
function privateDir(dir: string): string {
  const path = resolve(dir);
  mkdirSync(path, { recursive: true, mode: 0o700 });
  const st = lstatSync(path);
  const uid = process.getuid?.();
  if (!st.isDirectory() || (uid !== undefined && st.uid !== uid)) {
    throw new UsageError([`explore cache ${path}: not a directory of this user's; it would hold access data, so it is not used. Remove it, set XDG_CACHE_HOME to another place, or pass --no-cache`]);
  }
  if ((st.mode & 0o077) !== 0) chmodSync(path, 0o700);
  return path;
}

interface Identity { readonly meta: Meta; readonly probe: string }

/** What makes a copy current: the file's device, inode, size and times, and a hash of its two ends. */
function identify(path: string): Identity {
  const fd = openSync(path, 'r');
  try {
    const st: BigIntStats = fstatSync(fd, { bigint: true });
    const size = Number(st.size);
    const hash = createHash('sha256').update(`${FORMAT}\0${size}\0`);
    const buf = Buffer.alloc(Math.min(PROBE_BYTES, size));
    hash.update(buf.subarray(0, readSync(fd, buf, 0, buf.length, 0)));
    hash.update(buf.subarray(0, readSync(fd, buf, 0, buf.length, Math.max(0, size - buf.length))));
    const probe = hash.digest('hex');
    return {
      probe,
      meta: { format: FORMAT, file: path, dev: String(st.dev), ino: String(st.ino), size: String(st.size), mtimeNs: String(st.mtimeNs), ctimeNs: String(st.ctimeNs), probe },
    };
  } finally {
    closeSync(fd);
  }
}

/** Undefined when the entry matches the file and its copy looks whole; else why it must be rebuilt. */
function check(files: EntryFiles, now: Identity): 'new' | 'stale' | 'corrupt' | undefined {
  let saved: Meta;
  try {
    saved = JSON.parse(readFileSync(files.meta, 'utf8')) as Meta;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'new' : 'corrupt';
  }
  const keys = Object.keys(now.meta) as (keyof Meta)[];
  // A damaged copy shows when SQLite opens it (it checks the header and the page count against the file's
  // size) or when its probe is read: both are done before the copy is used.
  return keys.some((k) => saved[k] !== now.meta[k]) ? 'stale' : undefined;
}

/** The probe written into the copy when it was made: a copy moved under another entry's name does not match. */
function probeInside(db: string): string | undefined {
  const conn = new DatabaseConstructor(db, { readonly: true, fileMustExist: true });
  try {
    return conn.prepare<[], { value: string }>("select value from explore_cache where key = 'probe'").get()?.value;
  } catch {
    return undefined;
  } finally {
    conn.close();
  }
}

/** Decompresses into a part file, then installs it. */
async function build(path: string, files: EntryFiles, now: Identity): Promise<void> {
  const part = `${files.db}.part-${randomBytes(6).toString('hex')}`;
  try {
    await readC1z(path, part);
    install(part, files, now);
  } catch (err) {
    rmSync(part, { force: true });
    throw err;
  }
}

/**
 * Moves the SQLite file `db` in as the entry's copy: marked with the probe, made 0600, renamed into place;
 * the metadata, written last, makes it current. Throws EXDEV when `db` is on another file system.
 */
function install(db: string, files: EntryFiles, now: Identity): void {
  const conn = new DatabaseConstructor(db, { fileMustExist: true });
  try {
    // A checkpoint would otherwise fsync the whole new file (1.5 GB at 100k users) for a copy that can be
    // made again: after a crash, a copy SQLite finds damaged is rebuilt.
    conn.pragma('synchronous = OFF');
    conn.exec('create table if not exists explore_cache (key text primary key, value text not null)');
    conn.prepare("insert or replace into explore_cache (key, value) values ('probe', ?)").run(now.probe);
  } finally {
    conn.close();
  }
  chmodSync(db, 0o600);
  renameSync(db, files.db);
  const metaPart = `${files.meta}.part-${randomBytes(6).toString('hex')}`;
  writeFileSync(metaPart, JSON.stringify(now.meta), { mode: 0o600, flag: 'wx' });
  renameSync(metaPart, files.meta);
}

/**
 * Takes a sync's finished working database (the bytes `outPath` decodes to) as the cached copy of `outPath`,
 * so its first explore reads it without decompressing. False, taking nothing, when another explore holds
 * the file's copy, when the working file is on another file system than the cache (a move would be a 1.5 GB
 * copy per 100k users: not worth it), or when it is larger than the whole cache.
 */
export function keepSyncedCopy(dbPath: string, outPath: string, cache: ExploreCacheOptions): boolean {
  const path = resolve(outPath);
  const dir = privateDir(cache.dir);
  const entry = entryName(path);
  const files = entryFiles(dir, entry);
  const lock = tryLock(files.lock, path);
  if (!lock) return false;
  try {
    if (statSync(dbPath).size > cache.maxBytes) return false;
    removeEntry(files);
    try {
      install(dbPath, files, identify(path));
    } catch (err) {
      removeEntry(files);
      if ((err as NodeJS.ErrnoException).code === 'EXDEV') return false;
      throw err;
    }
    cache.onEvent?.({ type: 'kept', entry });
    evict(dir, entry, cache);
    return true;
  } finally {
    lock.release();
  }
}

function entryName(path: string): string {
  return createHash('sha256').update(path).digest('hex').slice(0, 32);
}

/** The entry's lock, or undefined when another explore holds it. */
function tryLock(lockPath: string, target: string): FileLock | undefined {
  try {
    const lock = acquireLock(lockPath, target, silentLogger);
    chmodSync(lockPath, 0o600);
    return lock;
  } catch (err) {
    if (err instanceof BatonError && err.code === 'failed-precondition') return undefined;
    throw err;
  }
}

/** The metadata first, so an interrupted removal leaves no entry that claims to be current. */
function removeEntry(files: EntryFiles): void {
  rmSync(files.meta, { force: true });
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(files.db + suffix, { force: true });
}

function touch(path: string): void {
  const t = new Date();
  utimesSync(path, t, t);
}

/**
 * Removes least recently used copies (by their metadata's time, touched on each use) until the cache fits
 * `maxBytes`, skipping copies another explore has open. Part files left by a run that was killed go too.
 * False when `current` alone is larger than the limit.
 */
function evict(dir: string, current: string, cache: ExploreCacheOptions): boolean {
  const entries = new Map<string, { bytes: number; used: number; files: string[] }>();
  for (const name of readdirSync(dir)) {
    const m = /^([0-9a-f]{32})\.(db(?:-wal|-shm|-journal)?|json|db\.part-[0-9a-f]+|json\.part-[0-9a-f]+)$/.exec(name);
    if (!m?.[1] || !m[2]) continue;
    let st;
    try {
      st = statSync(join(dir, name));
    } catch {
      continue;
    }
    const e = entries.get(m[1]) ?? { bytes: 0, used: 0, files: [] };
    // Ours was renamed in already; any other part file of this entry, or of one no run holds, is debris.
    if (m[2].includes('.part-') && (m[1] === current || !holderIsAlive(join(dir, `${m[1]}.lock`)))) {
      rmSync(join(dir, name), { force: true });
      continue;
    }
    e.bytes += st.size;
    if (m[2] === 'json') e.used = st.mtimeMs;
    e.files.push(name);
    entries.set(m[1], e);
  }
  const mine = entries.get(current)?.bytes ?? 0;
  if (mine > cache.maxBytes) return false;
  let total = [...entries.values()].reduce((n, e) => n + e.bytes, 0);
  const others = [...entries.entries()].filter(([id]) => id !== current).sort((a, b) => a[1].used - b[1].used);
  for (const [id, e] of others) {
    if (total <= cache.maxBytes) break;
    if (holderIsAlive(join(dir, `${id}.lock`))) continue;
    removeEntry(entryFiles(dir, id));
    total -= e.bytes;
    cache.onEvent?.({ type: 'evict', entry: id });
  }
  return true;
}
