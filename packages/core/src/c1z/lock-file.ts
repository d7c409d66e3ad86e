// An exclusive `<file>.lock` holding the writer's pid, so two syncs never write the same .c1z at once.
import { randomBytes } from 'node:crypto';
import { linkSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { BatonError } from '../errors.js';
import type { Logger } from '../logger.js';

export interface FileLock {
  readonly path: string;
  release(): void;
}

/**
 * Creates `lockPath` atomically. A lock left by a process that no longer exists is taken over; a lock held by
 * a live process (this one included) is refused. Two processes taking over the same stale lock at the same
 * instant could both succeed; the re-read before the unlink narrows that window to microseconds.
 */
export function acquireLock(lockPath: string, target: string, logger: Logger): FileLock {
  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(lockPath)) return makeLock(lockPath);
    const holder = readHolder(lockPath);
    if (holder === undefined) continue; // released between our open and read: try again
    if (isAlive(holder)) {
      throw new BatonError(
        'failed-precondition',
        `another sync is writing ${target} (pid ${holder} holds ${lockPath}); wait for it to finish, ` +
          `or delete ${lockPath} if that process is not a baton-scim sync`,
      );
    }
    if (readHolder(lockPath) !== holder) continue; // someone else took it over first
    logger.warn({ lockPath, pid: holder }, 'taking over the lock of a sync process that no longer exists');
    rmSync(lockPath, { force: true });
  }
  throw new BatonError('unavailable', `could not acquire ${lockPath}: other processes keep replacing it; retry`);
}

/**
 * Writes the pid to a private file and hard-links it into place: link(2) fails if the lock exists, and a lock
 * is never seen empty.
 */
function tryCreate(lockPath: string): boolean {
  const tmp = `${lockPath}.${process.pid}.${randomBytes(4).toString('hex')}`;
  try {
    writeFileSync(tmp, `${process.pid}\n`, { flag: 'wx', mode: 0o600 });
    linkSync(tmp, lockPath);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new BatonError('unavailable', `cannot create lock file ${lockPath}: ${(err as Error).message}`, {
      cause: err,
    });
  } finally {
    rmSync(tmp, { force: true });
  }
}

function readHolder(lockPath: string): number | undefined {
  let text: string;
  try {
    text = readFileSync(lockPath, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  const pid = Number(text.trim());
  if (!Number.isSafeInteger(pid) || pid <= 0) {
    throw new BatonError(
      'failed-precondition',
      `lock file ${lockPath} does not hold a process id (${JSON.stringify(text.slice(0, 40))}); ` +
        `delete it if no sync is running`,
    );
  }
  return pid;
}

/** True when `lockPath` exists and names a live process. */
export function holderIsAlive(lockPath: string): boolean {
  try {
    const holder = readHolder(lockPath);
    return holder !== undefined && isAlive(holder);
  } catch {
    // A lock whose content cannot be read is treated as held: nothing is removed on its account.
    return true;
  }
}

/** Signal 0 checks existence only; EPERM means the process exists under another user. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function makeLock(lockPath: string): FileLock {
  let held = true;
  return {
    path: lockPath,
    release(): void {
      if (!held) return;
      held = false;
      try {
        unlinkSync(lockPath);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      }
    },
  };
}
