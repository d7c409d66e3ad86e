// A .c1z is a regular file or nothing: a FIFO, device or socket would block the open or be replaced by a rename.
import { statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { BatonError } from '../errors.js';

function kindOf(st: Stats): string {
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * Throws unless `path` (links followed) is absent or a regular file. Checked with stat before any open:
 * opening a FIFO blocks until a writer appears, beyond the reach of a signal.
 */
export function assertRegularOrAbsent(path: string, action: 'read' | 'write'): void {
  let st: Stats;
  try {
    st = statSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new BatonError('unavailable', `cannot ${action} ${path}: ${(err as Error).message}`, { cause: err });
  }
  if (st.isFile()) return;
  if (st.isDirectory()) {
    const example = join(path, 'sync.c1z');
    throw new BatonError('invalid-argument', action === 'write'
      ? `cannot write ${path}: it is a directory; give a file path such as ${example}`
      : `${path} is a directory; give the path of a .c1z file, e.g. ${example}`);
  }
  const replaced = action === 'write' ? '; a sync replaces only regular files' : '';
  throw new BatonError('invalid-argument', `cannot ${action} ${path}: it is ${kindOf(st)}${replaced}; a .c1z must be a regular file, give another path`);
}
