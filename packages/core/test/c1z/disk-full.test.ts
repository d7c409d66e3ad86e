// A real full disk (a small tmpfs): the error says so and names the user's file, temp files go, and the lock and
// clean-up of the next run work even when not one more byte fits. Also: a symlinked -f and a directory as -f.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { C1zReader } from '../../src/c1z/reader.js';
import { BatonError } from '../../src/errors.js';
import { runSync } from '../../src/sync/run-sync.js';
import { readContents } from '../support/c1z-contents.js';
import { memoryLogger } from '../support/temp.js';
import { TestConnector, type Directory } from '../support/test-connector.js';

const users = (n: number): string[] => Array.from({ length: n }, (_, i) => `user-${i}-${'x'.repeat(200)}`);
const small: Directory = { users: users(5), groups: { g1: { members: [] } }, roles: {} };
const large: Directory = { users: users(4000), groups: { g1: { members: users(4000) } }, roles: {} };

let mount: string;
beforeAll(() => {
  // Root may mount a tmpfs; this is the disk that fills up.
  mount = mkdtempSync(join(tmpdir(), 'c1z-full-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mount]);
});
afterAll(() => {
  execFileSync('umount', [mount]);
  rmSync(mount, { recursive: true, force: true });
});

const sync = (directory: Directory, file: string) =>
  runSync({ file, connector: new TestConnector(directory, { pageSize: 200 }), logger: memoryLogger(), sleep: () => Promise.resolve() });

async function failure(p: Promise<unknown>): Promise<BatonError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(BatonError);
  return err as BatonError;
}

describe('a full disk', () => {
  it('fails with an error that says so and names the file, keeps the previous file and leaves no temp files', async () => {
    const file = join(mount, 'sync.c1z');
    await sync(small, file);
    const before = await readContents(file);
    const err = await failure(sync(large, file));
    expect(err.code).toBe('failed-precondition');
    expect(err.message).toMatch(new RegExp(`^the disk is full: cannot write ${file}\\. Free space on ${mount} .*${file} was not changed$`));
    expect(readdirSync(mount).sort()).toEqual(['sync.c1z']);
    expect(await readContents(file)).toEqual(before);
  });

  it('takes the lock and removes the debris of an earlier run even when no byte fits, then reports the full disk', async () => {
    const file = join(mount, 'sync.c1z');
    // Debris of a killed run, filling the disk to the last byte.
    const debris = join(mount, 'sync.c1z.partial.new-0123456789ab-wal');
    try {
      writeFileSync(debris, Buffer.alloc(4 * 1024 * 1024));
    } catch (err) {
      expect((err as NodeJS.ErrnoException).code).toBe('ENOSPC');
    }
    expect(() => writeFileSync(join(mount, 'probe'), 'x')).toThrow(/ENOSPC/);
    rmSync(join(mount, 'probe'), { force: true });
    const logger = memoryLogger();
    const err = await runSync({ file, connector: new TestConnector(large, { pageSize: 200 }), logger, sleep: () => Promise.resolve() }).then(
      () => undefined,
      (e: unknown) => e as BatonError,
    );
    expect(logger.lines.some((l) => l.msg.includes('removed temp files') && JSON.stringify(l.fields).includes('0123456789ab'))).toBe(true);
    expect(err?.message).toMatch(/^the disk is full: cannot write /);
    expect(readdirSync(mount).sort()).toEqual(['sync.c1z']);
  });
});

describe('the space a full disk message asks for', () => {
  /** Runs `fn` on a fresh tmpfs of `kib` KiB holding a copy of `previous` as sync.c1z. */
  async function onDisk<T>(kib: number, previous: string, fn: (file: string) => Promise<T>): Promise<T> {
    const at = mkdtempSync(join(tmpdir(), 'c1z-advice-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${kib}k`, 'tmpfs', at]);
    try {
      copyFileSync(previous, join(at, 'sync.c1z'));
      return await fn(join(at, 'sync.c1z'));
    } finally {
      execFileSync('umount', [at]);
      rmSync(at, { recursive: true, force: true });
    }
  }

  it('is measured: twice the file is far from enough, and the amount it names is', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'c1z-advice-prev-'));
    try {
      const previous = join(dir, 'sync.c1z');
      await sync(large, previous);
      const twice = Math.ceil((2 * statSync(previous).size) / 1024) + 64;
      const err = await onDisk(twice, previous, (file) => failure(sync(large, file)));
      const need = /this sync needs about (\d+) MiB free there/.exec(err.message);
      expect(need, err.message).not.toBeNull();
      const mib = Number(need![1]);
      expect(mib * 1024).toBeGreaterThan(4 * twice);
      await onDisk(mib * 1024, previous, async (file) => {
        await sync(large, file);
        expect((await readContents(file)).resources.size).toBeGreaterThan(4000);
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the output path', () => {
  it('a symlink to a c1z updates the target and stays a symlink', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'c1z-link-'));
    try {
      const target = join(dir, 'real.c1z');
      const link = join(dir, 'link.c1z');
      symlinkSync(target, link);
      await sync(small, link);
      expect(readlinkSync(link)).toBe(target);
      expect((await readContents(target)).resources.size).toBeGreaterThan(0);
      expect(readdirSync(dir).sort()).toEqual(['link.c1z', 'real.c1z']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a directory is refused with a message naming it and what to give instead', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'c1z-dir-'));
    try {
      mkdirSync(join(dir, 'out.c1z'));
      const err = await failure(sync(small, join(dir, 'out.c1z')));
      expect(err.message).toBe(`cannot write ${join(dir, 'out.c1z')}: it is a directory; give a file path such as ${join(dir, 'out.c1z', 'sync.c1z')}`);
      const read = await failure(C1zReader.open(join(dir, 'out.c1z')));
      expect(read.message).toBe(`${join(dir, 'out.c1z')} is a directory; give the path of a .c1z file, e.g. ${join(dir, 'out.c1z', 'sync.c1z')}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
