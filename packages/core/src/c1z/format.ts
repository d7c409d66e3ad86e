// The .c1z v1 envelope: the `C1ZF\0` magic, then one zstd frame holding a SQLite database file.
import { open } from 'node:fs/promises';
import { BatonError } from '../errors.js';
import { assertRegularOrAbsent } from './regular-file.js';

export const C1Z_MAGIC = Buffer.from('C1ZF\0', 'latin1');
/** The newest Go SDK's Pebble format, which the `baton` CLI cannot read either. */
const C1Z_V3_MAGIC = Buffer.from('C1Z3\0', 'latin1');

/**
 * zstd settings matching Go's klauspost streaming encoder: level 3, an 8 MiB window (descriptor 0x68)
 * and an XXH64 checksum. Streaming leaves the content size out, so the frame is never single-segment,
 * which keeps Go's 128 MiB decoder memory cap from rejecting large databases.
 */
export const COMPRESS_PARAMETERS = {
  compressionLevel: 3,
  windowLog: 23,
  checksumFlag: true,
  contentSizeFlag: false,
  dictIDFlag: false,
} as const;

/** Go's decoder accepts windows up to its 128 MiB memory limit. */
export const DECOMPRESS_WINDOW_LOG_MAX = 27;

/**
 * Checks the 5-byte magic of `path`. Returns false when the file is missing or empty, which Go treats as
 * "no previous data"; throws when the file exists but is not a v1 .c1z.
 */
export async function hasC1zData(path: string): Promise<boolean> {
  assertRegularOrAbsent(path, 'read');
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw new BatonError('unavailable', `cannot open ${path}: ${(err as Error).message}`, { cause: err });
  }
  try {
    const { size } = await handle.stat();
    if (size === 0) return false;
    const header = Buffer.alloc(C1Z_MAGIC.length);
    const { bytesRead } = await handle.read(header, 0, header.length, 0);
    checkMagic(path, header.subarray(0, bytesRead));
    return true;
  } finally {
    await handle.close();
  }
}

function checkMagic(path: string, header: Buffer): void {
  if (header.equals(C1Z_MAGIC)) return;
  if (header.equals(C1Z_V3_MAGIC)) {
    throw new BatonError(
      'invalid-data',
      `not a .c1z v1 file: ${path} is a v3 (Pebble) .c1z; re-run the Go sync with --storage-engine sqlite to get v1`,
    );
  }
  throw new BatonError(
    'invalid-data',
    `not a .c1z file: ${path} does not start with the C1ZF header; ` +
      'point --file at a .c1z written by baton or remove it',
  );
}
