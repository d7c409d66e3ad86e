// Reads the numeric BATON_* environment variables the Go SDK honours, refusing values it would misread.
import { BatonError } from '../errors.js';

/** A positive integer from `name`, or `fallback` when unset or empty. */
export function positiveIntFromEnv(name: string, fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw.trim());
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new BatonError(
      'invalid-argument',
      `environment variable ${name}=${JSON.stringify(raw)} is not a positive integer; ` +
        `unset it or set e.g. ${name}=${fallback}`,
    );
  }
  return value;
}

export const KEEP_SYNC_COUNT_ENV = 'BATON_KEEP_SYNC_COUNT';
export const MAX_DECODED_SIZE_ENV = 'BATON_DECODER_MAX_DECODED_SIZE_MB';

/** Finished syncs a file keeps (Go's default is 2). */
export function keepSyncCountFromEnv(env?: NodeJS.ProcessEnv): number {
  return positiveIntFromEnv(KEEP_SYNC_COUNT_ENV, 2, env);
}

/** Largest decoded database accepted, in bytes (Go v0.2.61 and v0.7.27 default: 3 GiB). */
export function maxDecodedBytesFromEnv(env?: NodeJS.ProcessEnv): number {
  return positiveIntFromEnv(MAX_DECODED_SIZE_ENV, 3 * 1024, env) * 1024 * 1024;
}
