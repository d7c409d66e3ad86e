// Unpacks a .c1z into a SQLite file on disk, streaming, with Go's cap on the decoded size.
import { createReadStream, createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Transform, Writable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DecompressStream } from 'zstd-napi';
import { BatonError } from '../errors.js';
import { MAX_DECODED_SIZE_ENV, maxDecodedBytesFromEnv } from './env.js';
import { C1Z_MAGIC, DECOMPRESS_WINDOW_LOG_MAX, hasC1zData } from './format.js';

export interface ReadC1zOptions {
  /** Decoded-size cap in bytes; default from BATON_DECODER_MAX_DECODED_SIZE_MB, else 3 GiB. */
  maxDecodedBytes?: number;
}

/**
 * Decompresses the .c1z at `path` into the new file `dbOut`. Returns false, writing nothing, when `path` is
 * missing or empty (no previous data). Throws, leaving no `dbOut`, on a bad header, a corrupt frame or a
 * database larger than the cap.
 */
export async function readC1z(path: string, dbOut: string, options: ReadC1zOptions = {}): Promise<boolean> {
  if (!(await hasC1zData(path))) return false;
  const limit = options.maxDecodedBytes ?? maxDecodedBytesFromEnv();
  try {
    await pipeline(
      createReadStream(path, { start: C1Z_MAGIC.length, highWaterMark: 1 << 20 }),
      new DecompressStream({ windowLogMax: DECOMPRESS_WINDOW_LOG_MAX }),
      new SizeLimit(path, limit),
      createWriteStream(dbOut, { flags: 'wx', mode: 0o600 }),
    );
  } catch (err) {
    await rm(dbOut, { force: true });
    if (err instanceof BatonError) throw err;
    throw new BatonError('invalid-data', `not a readable .c1z file: ${path}: ${(err as Error).message}`, {
      cause: err,
    });
  }
  return true;
}

/**
 * The size `path` decodes to, counted without writing it anywhere: what the sync it holds takes on disk.
 * Undefined when the file is missing, empty or unreadable.
 */
export async function decodedSize(path: string): Promise<number | undefined> {
  try {
    if (!(await hasC1zData(path))) return undefined;
    let bytes = 0;
    await pipeline(
      createReadStream(path, { start: C1Z_MAGIC.length, highWaterMark: 1 << 20 }),
      new DecompressStream({ windowLogMax: DECOMPRESS_WINDOW_LOG_MAX }),
      new Writable({ write(chunk: Buffer, _e, done) { bytes += chunk.length; done(); } }),
    );
    return bytes;
  } catch {
    // Only advice depends on it; the error being reported is the full disk, not this.
    return undefined;
  }
}

/** Fails the pipeline once more than `limit` bytes came out of the decoder. */
class SizeLimit extends Transform {
  private seen = 0;

  constructor(
    private readonly path: string,
    private readonly limit: number,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen > this.limit) {
      const mb = Math.floor(this.limit / (1024 * 1024));
      done(
        new BatonError(
          'invalid-data',
          `${this.path} decodes to more than ${mb} MiB (the max decoded size); ` +
            `raise ${MAX_DECODED_SIZE_ENV} if the file is trusted`,
        ),
      );
      return;
    }
    done(null, chunk);
  }
}
