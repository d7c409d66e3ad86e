// Streams a finished .c1z to ConductorOne: metadata, then 512 KiB chunks, then the file's SHA-256.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { BatonClient } from './client.js';

export const UPLOAD_CHUNK_BYTES = 512 * 1024;

export async function uploadAsset(client: BatonClient, taskId: string, file: string, signal: AbortSignal): Promise<{ bytes: number }> {
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
  return { bytes };
}
