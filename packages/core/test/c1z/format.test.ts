// The .c1z envelope: header checks that name the file, streamed decoding with a size cap, no partial outputs.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { writeC1z } from '../../src/c1z/compress.js';
import { readC1z } from '../../src/c1z/decompress.js';
import { C1zReader } from '../../src/c1z/reader.js';
import { SyncFile } from '../../src/c1z/sync-file.js';
import { BatonError } from '../../src/errors.js';
import { FIXTURES, tempDir } from './helpers.js';

const dir = tempDir();
afterAll(() => {
  vi.unstubAllEnvs();
  dir.remove();
});
const path = (name: string): string => join(dir.path, name);

async function failure(promise: Promise<unknown>): Promise<BatonError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(BatonError);
  return err as BatonError;
}

describe('reading the envelope', () => {
  it('reports a missing or empty file as no data and writes nothing', async () => {
    writeFileSync(path('empty.c1z'), '');
    expect(await readC1z(path('empty.c1z'), path('empty.db'))).toBe(false);
    expect(await readC1z(path('absent.c1z'), path('absent.db'))).toBe(false);
    expect(existsSync(path('empty.db')) || existsSync(path('absent.db'))).toBe(false);
  });

  it('rejects a file without the C1ZF header, naming it', async () => {
    writeFileSync(path('notes.c1z'), 'hello world, not a c1z');
    const err = await failure(readC1z(path('notes.c1z'), path('notes.db')));
    expect(err.code).toBe('invalid-data');
    expect(err.message).toContain(`not a .c1z file: ${path('notes.c1z')}`);
    writeFileSync(path('tiny.c1z'), 'C1');
    expect((await failure(readC1z(path('tiny.c1z'), path('tiny.db')))).message).toContain('not a .c1z file');
  });

  it('explains that a v3 (Pebble) file needs the sqlite storage engine', async () => {
    writeFileSync(path('v3.c1z'), Buffer.concat([Buffer.from('C1Z3\0', 'latin1'), Buffer.alloc(16)]));
    expect((await failure(readC1z(path('v3.c1z'), path('v3.db')))).message).toContain('--storage-engine sqlite');
  });

  it('rejects a truncated frame and leaves no partial database', async () => {
    const whole = readFileSync(join(FIXTURES, 'go-sync-in-progress.c1z'));
    writeFileSync(path('cut.c1z'), whole.subarray(0, whole.length - 100));
    const err = await failure(readC1z(path('cut.c1z'), path('cut.db')));
    expect(err.message).toContain(`not a readable .c1z file: ${path('cut.c1z')}`);
    expect(existsSync(path('cut.db'))).toBe(false);
  });

  it('stops at the max decoded size, from the option or BATON_DECODER_MAX_DECODED_SIZE_MB', async () => {
    const file = join(FIXTURES, 'go-expansion.unexpanded.c1z');
    const small = await failure(readC1z(file, path('capped.db'), { maxDecodedBytes: 64 * 1024 }));
    expect(small.message).toContain('raise BATON_DECODER_MAX_DECODED_SIZE_MB');
    expect(existsSync(path('capped.db'))).toBe(false);
    // The database inside is 3,239,936 bytes.
    vi.stubEnv('BATON_DECODER_MAX_DECODED_SIZE_MB', '3');
    expect((await failure(readC1z(file, path('env.db')))).message).toContain('more than 3 MiB');
    vi.stubEnv('BATON_DECODER_MAX_DECODED_SIZE_MB', '4');
    expect(await readC1z(file, path('fits.db'))).toBe(true);
    vi.unstubAllEnvs();
  });
});

describe('writing the envelope', () => {
  it('round-trips a database byte for byte', async () => {
    expect(await readC1z(join(FIXTURES, 'go-sync-in-progress.c1z'), path('orig.db'))).toBe(true);
    await writeC1z(path('orig.db'), path('again.c1z'));
    expect(await readC1z(path('again.c1z'), path('again.db'))).toBe(true);
    expect(readFileSync(path('again.db')).equals(readFileSync(path('orig.db')))).toBe(true);
    expect(readdirSync(dir.path).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('writes the same frame header with and without worker threads', async () => {
    expect(await readC1z(join(FIXTURES, 'go-sync-in-progress.c1z'), path('hdr.db'))).toBe(true);
    for (const workers of [0, 1, 2]) {
      await writeC1z(path('hdr.db'), path(`hdr-${workers}.c1z`), { workers });
      const head = readFileSync(path(`hdr-${workers}.c1z`)).subarray(0, 11);
      // magic, zstd frame magic, descriptor 0x04 (checksum only), window descriptor 0x68 (8 MiB)
      expect(head.toString('hex'), `workers=${workers}`).toBe('43315a460028b52ffd0468');
    }
  });

  it('leaves the previous output untouched when the source cannot be read', async () => {
    writeFileSync(path('keep.c1z'), 'previous bytes');
    const err = await failure(writeC1z(path('no-such.db'), path('keep.c1z')));
    expect(err.message).toContain(`could not write ${path('keep.c1z')}`);
    expect(readFileSync(path('keep.c1z'), 'utf8')).toBe('previous bytes');
    expect(readdirSync(dir.path).filter((f) => f.startsWith('keep.c1z.'))).toEqual([]);
  });

  it('refuses to sync into a file that is not a .c1z, without touching it', async () => {
    writeFileSync(path('config.yaml'), 'not: a c1z\n');
    const err = await failure(SyncFile.begin(path('config.yaml')));
    expect(err.message).toContain(`not a .c1z file: ${path('config.yaml')}`);
    expect(readFileSync(path('config.yaml'), 'utf8')).toBe('not: a c1z\n');
    expect(existsSync(path('config.yaml.lock'))).toBe(false);
    expect(existsSync(path('config.yaml.partial'))).toBe(false);
  });

  it('refuses an output directory that does not exist', async () => {
    const err = await failure(SyncFile.begin(path('nowhere/sync.c1z')));
    expect(err.message).toContain(`directory ${path('nowhere')} does not exist`);
  });
});

describe('the reader temp copy', () => {
  it('lives under tmpDir and is removed by close()', async () => {
    const tmp = path('reader-tmp');
    mkdirSync(tmp);
    const c1z = await C1zReader.open(join(FIXTURES, 'go-sync-in-progress.c1z'), { tmpDir: tmp });
    expect(c1z.dbPath.startsWith(tmp)).toBe(true);
    expect(existsSync(c1z.dbPath)).toBe(true);
    c1z.close();
    expect(readdirSync(tmp)).toEqual([]);
  });
});
