// Shared plumbing of the c1z tests: temp dirs, a recording logger, fixed clocks and full listings.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '../../src/logger.js';
import type { Row } from '../../src/store/types.js';

export const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;

export function tempDir(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'c1z-test-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export function recordingLogger(): Logger & { messages: string[] } {
  const messages: string[] = [];
  const push = (_: Record<string, unknown>, msg: string): void => {
    messages.push(msg);
  };
  return { messages, debug: push, info: push, warn: push, error: push };
}

/** A clock that returns `start`, then advances one second per call, so every timestamp differs. */
export function steppingClock(start: string): () => Date {
  let t = Date.parse(start);
  return () => new Date((t += 1000));
}

/** Reads every page of a rowid-paged listing, with a small page size to exercise paging. */
export function listAll<T>(list: (after: number, limit: number) => Row<T>[], pageSize = 7): T[] {
  const out: T[] = [];
  for (let after = 0; ; ) {
    const page = list(after, pageSize);
    out.push(...page.map((r) => r.value));
    const last = page.at(-1);
    if (!last || page.length < pageSize) return out;
    after = last.rowId;
  }
}
