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
 * The error to show for a full disk: names the output file and where the working files live, and says
 * that the previous file is unchanged.
 */
export function diskFullError(outPath: string, workDir: string, cause: unknown): BatonError {
  const where = workDir === dirname(outPath) ? dirname(outPath) : `${workDir} (working files) and ${dirname(outPath)}`;
  return new BatonError(
    'failed-precondition',
    `the disk is full: cannot write ${outPath}. Free space on ${where} (the sync needs about twice the size of ` +
      `the file), or pass --c1z-temp-dir on another disk, and run again; ${outPath} was not changed`,
    { cause },
  );
}
