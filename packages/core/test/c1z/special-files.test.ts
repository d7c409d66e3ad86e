// What `-f` may name: a regular file or nothing. A FIFO would block the open beyond any signal, a device
// would be replaced by the rename, and root must not follow a link someone else planted in /tmp.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, lchownSync, lstatSync, mkdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { C1zReader } from '../../src/c1z/reader.js';
import { SyncFile } from '../../src/c1z/sync-file.js';
import { tempDir } from './helpers.js';

const isRoot = process.geteuid?.() === 0;
let dir: ReturnType<typeof tempDir>;
beforeEach(() => { dir = tempDir(); });
afterEach(() => dir.remove());

describe('-f that is not a regular file', () => {
  it('refuses a FIFO before opening it, for a sync and for a read, and leaves it a FIFO', async () => {
    const fifo = join(dir.path, 'sync.c1z');
    execFileSync('mkfifo', [fifo]);
    await expect(SyncFile.begin(fifo)).rejects.toThrow(`cannot write ${fifo}: it is a named pipe (FIFO); a sync replaces only regular files`);
    await expect(C1zReader.open(fifo)).rejects.toThrow(`cannot read ${fifo}: it is a named pipe (FIFO)`);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(existsSync(`${fifo}.lock`)).toBe(false);
  });

  it.runIf(isRoot)('refuses a character device, which stays a device', async () => {
    const device = join(dir.path, 'null');
    execFileSync('mknod', [device, 'c', '1', '3']);
    await expect(SyncFile.begin(device)).rejects.toThrow(/it is a character device; a sync replaces only regular files/);
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
  });

  it('writes the finished .c1z owner-only (0600)', async () => {
    const file = join(dir.path, 'sync.c1z');
    const sync = await SyncFile.begin(file);
    await sync.finish();
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('keeps the working files owner-only (0600) while a sync runs, from scratch and from a previous file', async () => {
    const file = join(dir.path, 'sync.c1z');
    for (let round = 0; round < 2; round++) {
      const sync = await SyncFile.begin(file);
      const work = ['.partial', '.partial-wal', '.partial-shm'].map((s) => `${file}${s}`).filter((p) => existsSync(p));
      expect(work).toContain(`${file}.partial`);
      expect(work.map((p) => [p, statSync(p).mode & 0o777])).toEqual(work.map((p) => [p, 0o600]));
      await sync.finish();
    }
  });
});

describe.runIf(isRoot)('a link in a shared sticky directory, as root', () => {
  function shared(): { link: string; target: string } {
    const sticky = join(dir.path, 'tmp');
    mkdirSync(sticky);
    chmodSync(sticky, 0o1777);
    const target = join(dir.path, 'precious');
    writeFileSync(target, 'keep me');
    const link = join(sticky, 'sync.c1z');
    symlinkSync(target, link);
    return { link, target };
  }

  it('is refused when someone else owns it, and its target is untouched', async () => {
    const { link, target } = shared();
    lchownSync(link, 4242, 4242);
    await expect(SyncFile.begin(link)).rejects.toThrow(/symbolic link owned by uid 4242 in the shared directory/);
    expect(statSync(target).size).toBe('keep me'.length);
  });

  it('is followed when root owns it', async () => {
    const { link, target } = shared();
    execFileSync('rm', [target]);
    const sync = await SyncFile.begin(link);
    await sync.finish();
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(statSync(target).isFile()).toBe(true);
  });
});
