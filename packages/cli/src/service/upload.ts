// Streams a finished file (a .c1z, a debug log) to ConductorOne: metadata, then 512 KiB chunks, then the
// file's SHA-256. A stream that fails for a reason worth retrying is sent again from the start, up to three
// tries in all as Go's SDK does, so one dropped connection does not throw away a whole sync.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { errorCode, type ErrorCode, type Logger } from '@baton-scim/core';
import { backoffMs, sleep, type Backoff } from './backoff.js';
import type { BatonClient } from './client.js';

export const UPLOAD_CHUNK_BYTES = 512 * 1024;
export const UPLOAD_ATTEMPTS = 3;
/** 1 s, then 2 s between the tries. */
export const UPLOAD_BACKOFF: Backoff = { initialMs: 1_000, maxMs: 2_000 };

/** Failures another try can fix; a refusal of the content itself (invalid argument, checksum) cannot be. */
const RETRYABLE: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['unavailable', 'deadline-exceeded', 'rate-limited', 'internal', 'unauthenticated']);

export interface UploadOptions {
  readonly signal: AbortSignal;
  readonly logger?: Logger;
  /** What is uploaded, for log lines ("sync", "debug log"). */
  readonly what?: string;
  readonly attempts?: number;
  readonly backoff?: Backoff | undefined;
}

export async function uploadAsset(client: BatonClient, taskId: string, file: string, options: UploadOptions): Promise<{ bytes: number; attempts: number }> {
  const attempts = options.attempts ?? UPLOAD_ATTEMPTS;
  for (let attempt = 1; ; attempt++) {
    try {
      const bytes = await uploadOnce(client, taskId, file, options.signal);
      return { bytes, attempts: attempt };
    } catch (err) {
      if (options.signal.aborted || attempt >= attempts || !RETRYABLE.has(errorCode(err))) throw err;
      const wait = backoffMs(options.backoff ?? UPLOAD_BACKOFF, attempt);
      options.logger?.warn(
        { what: options.what ?? 'asset', attempt, of: attempts, retry_in_ms: wait, error: (err as Error).message },
        'upload to ConductorOne failed; sending it again',
      );
      await sleep(wait, options.signal);
    }
  }
}

async function uploadOnce(client: BatonClient, taskId: string, file: string, signal: AbortSignal): Promise<number> {
  const stream = await client.upload({ signal });
  const hash = createHash('sha256');
  let bytes = 0;
  await stream.write({ metadata: { hostId: client.hostId, taskId } });
  for await (const chunk of createReadStream(file, { highWaterMark: UPLOAD_CHUNK_BYTES, signal })) {
    const data = chunk as Buffer;
    hash.update(data);
    bytes += data.length;
    await stream.write({ data: { data } });
  }
  await stream.write({ eof: { sha256Checksum: hash.digest() } });
  await stream.close();
  return bytes;
}
