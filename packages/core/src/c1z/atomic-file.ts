// Replaces a file so that readers and crashes only ever see the old bytes or the complete new ones.
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

/** `<path>.tmp-<random>` in the same directory, so the final rename never crosses file systems. */
export function siblingTempPath(path: string, tag = 'tmp'): string {
  return join(dirname(path), `${basename(path)}.${tag}-${randomBytes(6).toString('hex')}`);
}

/**
 * Removes temp siblings (`siblingTempPath(path, tag)`, plus any SQLite -wal/-shm/-journal of them) that a
 * killed process left behind. Only call it while holding the lock on `path`. Returns the removed names.
 */
export async function removeStaleTemps(path: string, tag: string): Promise<string[]> {
  const pattern = new RegExp(`^${escapeRegExp(basename(path))}\\.${tag}-[0-9a-f]{12}(-wal|-shm|-journal)?$`);
  const stale = (await readdir(dirname(path))).filter((name) => pattern.test(name));
  await Promise.all(stale.map((name) => rm(join(dirname(path), name), { force: true })));
  return stale;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Streams new content into a sibling temp file, fsyncs it, renames it over `path` and fsyncs the directory.
 * On any failure the temp file is removed and `path` is left exactly as it was.
 */
export async function replaceFile(path: string, write: (out: Writable) => Promise<void>): Promise<void> {
  const tmp = siblingTempPath(path);
  // Owner-only: a .c1z lists every identity and grant of the system it describes.
  const handle = await open(tmp, 'wx', 0o600);
  try {
    const out = createWriteStream('', { fd: handle.fd, autoClose: false });
    await write(out);
    if (!out.writableFinished) {
      out.end();
      await finished(out);
    }
    await handle.sync();
    await handle.close();
    await rename(tmp, path);
  } catch (err) {
    // The write's error is the one to report; a second failure while closing adds nothing.
    await handle.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw err;
  }
  await syncDirectory(dirname(path));
}

/** Makes a rename durable: the directory entry itself must reach the disk. */
export async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
