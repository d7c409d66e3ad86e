// Reads a response body under two bounds: a size cap, and a minimum average rate so a trickling server cannot hold a request for hours.
import type { Readable } from 'node:stream';
import { ScimHttpError } from './errors.js';

export interface BodyLimits {
  readonly maxBytes: number;
  /** Average rate the body must keep once it has been arriving for `graceMs`; 0 turns the check off. */
  readonly minBytesPerSecond: number;
  readonly graceMs: number;
  readonly now: () => number;
}

const MIB = 1024 * 1024;
const size = (bytes: number): string => (bytes >= MIB ? `${Math.round((bytes / MIB) * 10) / 10} MiB` : `${bytes} bytes`);

/** Stops reading a body; the stream's own abort error is expected and not reported again. */
export function discard(body: Readable): void {
  body.on('error', () => undefined);
  body.destroy();
}

export function tooLargeError(method: string, path: string, limit: number, declared?: number): ScimHttpError {
  const got = declared === undefined ? `more than ${size(limit)}` : size(declared);
  return new ScimHttpError({
    code: 'invalid-data',
    method,
    path,
    problem: `answered with a body of ${got}, over the limit of ${size(limit)}`,
    advice: 'lower pagination.pageSize so pages are smaller, or raise http.maxResponseBytes if such bodies are expected',
    requestSent: true,
  });
}

function tooSlowError(method: string, path: string, rate: number, limits: BodyLimits): ScimHttpError {
  return new ScimHttpError({
    code: 'deadline-exceeded',
    method,
    path,
    problem: `sent its body at ${Math.round(rate)} bytes/s, below the minimum of ${limits.minBytesPerSecond} bytes/s`,
    advice: 'the server or a proxy is trickling the response; retry later, or lower http.minBytesPerSecond',
    requestSent: true,
  });
}

/** Collects the body as UTF-8 text; destroys the stream and throws a typed error when a bound is crossed. */
export async function readBody(body: Readable, method: string, path: string, limits: BodyLimits): Promise<string> {
  const chunks: Buffer[] = [];
  let received = 0;
  const started = limits.now();
  try {
    for await (const chunk of body) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      received += buf.length;
      if (received > limits.maxBytes) throw tooLargeError(method, path, limits.maxBytes);
      chunks.push(buf);
      const elapsed = limits.now() - started;
      if (limits.minBytesPerSecond > 0 && elapsed > limits.graceMs) {
        const rate = (received * 1000) / elapsed;
        if (rate < limits.minBytesPerSecond) throw tooSlowError(method, path, rate, limits);
      }
    }
  } catch (err) {
    discard(body);
    throw err;
  }
  return Buffer.concat(chunks, received).toString('utf8');
}
