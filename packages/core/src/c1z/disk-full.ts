// Recognises a full disk, whichever layer hit it (fs ENOSPC/EDQUOT, SQLite SQLITE_FULL), and says so naming the user's file.
import { dirname } from 'node:path';
import { BatonError } from '../errors.js';

const FULL_CODES = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL']);

export function isDiskFull(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 8; e = e.cause, depth += 1) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && FULL_CODES.has(code)) return true;
    if (/database or disk is full|no space left on device/i.test(e.message)) return true;
  }
  return false;
}

/**
 * Free space a sync needs, as a multiple of the database it starts from (the previous sync, uncompressed):
 * the new file keeps the previous sync beside the new one, and writing, indexing and compressing it takes
 * room on top. Measured: 197 MiB for a second sync of 5,000 users whose first sync was a 44.5 MB database
 * (a 2.6 MB .c1z); 4.4 times, rounded up.
 */
const NEEDED_PER_BASE_BYTE = 5;
/** The same measurement for a first sync: 114 MiB for a 2.6 MB .c1z, about 45 times the finished file. */
const FIRST_SYNC_PER_FILE_BYTE = 45;

const mib = (bytes: number): string => `${Math.ceil(bytes / (1024 * 1024))} MiB`;

/**
 * The error to show for a full disk: names the output file and where the working files live, how much
 * free space the sync needs there, and that the previous file is unchanged. `baseBytes` is the size of the
 * database the sync started from, when known.
 */
export function diskFullError(outPath: string, workDir: string, cause: unknown, baseBytes?: number): BatonError {
  const where = workDir === dirname(outPath) ? dirname(outPath) : `${workDir} (working files) and ${dirname(outPath)}`;
  const need = baseBytes !== undefined && baseBytes >= 1024 * 1024
    ? `this sync needs about ${mib(baseBytes * NEEDED_PER_BASE_BYTE)} free there, ${NEEDED_PER_BASE_BYTE} times the ${mib(baseBytes)} database of the previous sync`
    : `a sync needs about ${FIRST_SYNC_PER_FILE_BYTE} times the size of the finished .c1z free there while it writes`;
  return new BatonError(
    'failed-precondition',
    `the disk is full: cannot write ${outPath}. Free space on ${where} (${need}), or pass --c1z-temp-dir on ` +
      `another disk, and run again; ${outPath} was not changed`,
    { cause },
  );
}
