// An exclusive `<file>.lock` held by an open SQLite connection, so two syncs never write the same .c1z at once.
// The kernel holds the lock for the open file (SQLite's POSIX advisory locks) and drops it when the holder
// exits, however it exits: no process id is recorded or checked, so PID namespaces (containers sharing a
// volume) and stale pids cannot fool it.
import { hostname } from 'node:os';
import { statSync, unlinkSync } from 'node:fs';
import Database, { type Database as Db } from 'better-sqlite3';
import { BatonError } from '../errors.js';
import type { Logger } from '../logger.js';

export interface FileLock {
  readonly path: string;
  release(): void;
}

const sqliteCode = (err: unknown): string | undefined => (err as { code?: unknown }).code as string | undefined;

function heldError(lockPath: string, target: string): BatonError {
  return new BatonError(
    'failed-precondition',
    `another sync is writing ${target} (it holds ${lockPath}); wait for it to finish. The lock ends with the ` +
      'process that holds it, so a lock left by a run that was killed never blocks',
  );
}

function foreignError(lockPath: string): BatonError {
  return new BatonError(
    'failed-precondition',
    `${lockPath} is not a lock this version of baton-scim writes (an older version or another program left it); ` +
      'delete it if no sync is running',
  );
}

/** The inode `path` names now, or undefined when it is gone. */
function inodeOf(path: string): number | undefined {
  try {
    return statSync(path).ino;
  } catch {
    return undefined;
  }
}

/**
 * Opens (creating if needed) `lockPath` and takes SQLite's exclusive lock on it, kept until release. A lock
 * held by any live process, this one included, is refused at once. When the holder released it and removed
 * the file between our open and our lock, the file we locked is no longer the one at `lockPath`: try again.
 */
export function acquireLock(lockPath: string, target: string, logger: Logger): FileLock {
  for (let attempt = 0; attempt < 3; attempt++) {
    let db: Db;
    try {
      db = new Database(lockPath, { timeout: 0 });
    } catch (err) {
      throw new BatonError('unavailable', `cannot create lock file ${lockPath}: ${(err as Error).message}`, { cause: err });
    }
    const opened = inodeOf(lockPath);
    try {
      db.pragma('locking_mode = EXCLUSIVE');
      db.pragma('journal_mode = MEMORY');
      db.exec('BEGIN EXCLUSIVE');
      db.exec('CREATE TABLE IF NOT EXISTS holder (pid INTEGER, host TEXT, started TEXT)');
      db.exec('DELETE FROM holder');
      db.prepare('INSERT INTO holder VALUES (?, ?, ?)').run(process.pid, hostname(), new Date().toISOString());
      db.exec('COMMIT');
    } catch (err) {
      db.close();
      const code = sqliteCode(err);
      if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') throw heldError(lockPath, target);
      if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') throw foreignError(lockPath);
      // A full disk: nothing was written; an empty file left here is no lock and would only be debris.
      removeIfEmpty(lockPath);
      throw err;
    }
    if (opened !== undefined && inodeOf(lockPath) === opened) return makeLock(lockPath, db);
    db.close();
    logger.debug({ lockPath }, 'the lock file was replaced while it was being taken; taking it again');
  }
  throw new BatonError('unavailable', `could not acquire ${lockPath}: other processes keep replacing it; retry`);
}

function removeIfEmpty(path: string): void {
  try {
    if (statSync(path).size === 0) unlinkSync(path);
  } catch {
    // Gone already, or not ours to judge: the error being reported is the one that matters.
  }
}

/** True when some live process holds the lock on `lockPath`; a file that is no lock of ours counts as held. */
export function holderIsAlive(lockPath: string): boolean {
  let db: Db;
  try {
    db = new Database(lockPath, { timeout: 0, fileMustExist: true });
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'SQLITE_CANTOPEN';
  }
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return false;
  } catch {
    return true;
  } finally {
    db.close();
  }
}

/** Removes the file first, while still holding it, so a waiting opener finds its inode gone and retries. */
function makeLock(lockPath: string, db: Db): FileLock {
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
      } finally {
        db.close();
      }
    },
  };
}
