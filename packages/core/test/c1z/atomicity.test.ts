// The previous .c1z survives failed, abandoned and killed syncs byte for byte; a rerun resumes; the lock holds.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { C1zReader } from '../../src/c1z/reader.js';
import { SyncFile } from '../../src/c1z/sync-file.js';
import { BatonError } from '../../src/errors.js';
import { recordingLogger, tempDir } from './helpers.js';
import { sampleSync, user, userType } from './sample-data.js';

const DIST = new URL('../../dist/index.js', import.meta.url);

/** Begins a sync on argv[2], commits argv[3] pages of 10 users, reports, then waits to be killed. */
const CHILD = `
import { SyncFile } from ${JSON.stringify(DIST.href)};
const [file, pages] = process.argv.slice(2);
const sync = await SyncFile.begin(file);
const say = (o) => process.stdout.write(JSON.stringify(o) + '\\n');
say({ syncId: sync.writer.syncId, resumed: sync.writer.resumed });
for (let p = 0; p < Number(pages); p++) {
  const resources = Array.from({ length: 10 }, (_, i) => ({
    id: { resourceType: 'user', resource: 'crash-' + (p * 10 + i) }, displayName: 'Crash ' + (p * 10 + i) }));
  const resourceTypes = p === 0 ? [{ id: 'user', displayName: 'User', traits: [1] }] : [];
  sync.writer.commit({ resourceTypes, resources }, 'page-' + (p + 1));
}
say({ committed: Number(pages) });
setInterval(() => {}, 1000);
`;

const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

async function writePrevious(file: string): Promise<string> {
  const sync = await SyncFile.begin(file);
  sync.writer.commit(sampleSync(), 'done');
  await sync.finish();
  return sha(file);
}

/** Runs CHILD until it has committed, then SIGKILLs it. Returns what it reported. */
async function crashAfterCommits(file: string, pages: number, dir: string): Promise<{ syncId: string; pid: number }> {
  if (!existsSync(DIST)) throw new Error('build @baton-scim/core first (pnpm --filter @baton-scim/core build)');
  const script = join(dir, 'child.mjs');
  writeFileSync(script, CHILD);
  const child = spawn(process.execPath, [script, file, String(pages)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  let syncId = '';
  for await (const line of createInterface({ input: child.stdout })) {
    const msg = JSON.parse(line) as { syncId?: string; committed?: number };
    if (msg.syncId) syncId = msg.syncId;
    if (msg.committed === pages) break;
  }
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
  return { syncId, pid: child.pid ?? -1 };
}

describe('atomic replacement and resume', () => {
  let dir: ReturnType<typeof tempDir>;
  let file: string;
  beforeEach(() => {
    dir = tempDir();
    file = join(dir.path, 'sync.c1z');
  });
  afterEach(() => dir.remove());

  it('leaves the previous file untouched when a sync is abandoned, and resumes it later', async () => {
    const before = await writePrevious(file);
    const first = await SyncFile.begin(file);
    expect(first.writer.resumed).toBe(false);
    first.writer.commit({ resourceTypes: [userType], resources: [user(1)] }, 'cp-1');
    await first.abandon();
    expect(sha(file)).toBe(before);
    expect(existsSync(`${file}.partial`)).toBe(true);
    expect(existsSync(`${file}.lock`)).toBe(false);

    const again = await SyncFile.begin(file);
    expect(again.writer.resumed).toBe(true);
    expect(again.writer.syncId).toBe(first.writer.syncId);
    expect(again.writer.checkpoint).toBe('cp-1');
    expect(again.writer.count('resources')).toBe(1);
    expect(sha(file)).toBe(before);
    again.writer.commit({ resources: [user(2)] }, 'cp-2');
    const run = await again.finish();
    expect(run.syncId).toBe(first.writer.syncId);
    expect(existsSync(`${file}.partial`)).toBe(false);
    const c1z = await C1zReader.open(file);
    try {
      expect(c1z.selectedSync?.syncId).toBe(first.writer.syncId);
      expect(c1z.reader.count('resources')).toBe(2);
      expect(c1z.syncRuns()).toHaveLength(2);
    } finally {
      c1z.close();
    }
  });

  it('rejects a commit with an invalid object as a whole and keeps the previous file', async () => {
    const before = await writePrevious(file);
    const sync = await SyncFile.begin(file);
    sync.writer.commit({ resources: [user(1)] }, 'cp-1');
    const g1 = { id: { resourceType: 'group', resource: 'g1' } };
    const broken = { id: 'group:g1:member:user:u1', entitlement: { id: 'group:g1:member', resource: g1 } };
    expect(() => sync.writer.commit({ resources: [user(2)], grants: [broken] }, 'cp-2')).toThrow(
      /grant "group:g1:member:user:u1" has no principal\.id/,
    );
    expect(sync.writer.count('resources')).toBe(1);
    expect(sync.writer.checkpoint).toBe('cp-1');
    await sync.abandon();
    expect(sha(file)).toBe(before);
  });

  it('survives SIGKILL mid-sync: previous file intact, then the same sync resumes from its checkpoint', async () => {
    const before = await writePrevious(file);
    const { syncId, pid } = await crashAfterCommits(file, 3, dir.path);
    expect(syncId).toMatch(/^[0-9A-Za-z]{27}$/);
    expect(sha(file)).toBe(before);
    expect(pid).toBeGreaterThan(0);
    // The killed writer's lock file is still there, and holds nothing: the kernel dropped its lock.
    expect(existsSync(`${file}.lock`)).toBe(true);

    const resumed = await SyncFile.begin(file);
    expect(resumed.writer).toMatchObject({ resumed: true, syncId, checkpoint: 'page-3' });
    expect(resumed.writer.count('resources')).toBe(30);
    resumed.writer.commit({ resources: [user(99)] }, 'page-4');
    await resumed.finish();
    expect(existsSync(`${file}.lock`)).toBe(false);

    const c1z = await C1zReader.open(file);
    try {
      expect(c1z.selectedSync?.syncId).toBe(syncId);
      expect(c1z.reader.count('resources')).toBe(31);
      expect(c1z.reader.getResource({ resourceType: 'user', resource: 'crash-29' })?.displayName).toBe('Crash 29');
    } finally {
      c1z.close();
    }
  });

  it('removes temp files a killed finish or begin left, and nothing else', async () => {
    const leftovers = ['sync.c1z.tmp-0123456789ab', 'sync.c1z.partial.new-0123456789ab', 'sync.c1z.partial.new-0123456789ab-wal'];
    const unrelated = ['sync.c1z.tmp-mine', 'other.c1z.tmp-0123456789ab'];
    for (const name of [...leftovers, ...unrelated]) writeFileSync(join(dir.path, name), 'x');
    const logger = recordingLogger();
    const sync = await SyncFile.begin(file, { logger });
    expect(logger.messages).toContain('removed temp files of an interrupted sync');
    for (const name of leftovers) expect(existsSync(join(dir.path, name)), name).toBe(false);
    for (const name of unrelated) expect(existsSync(join(dir.path, name)), name).toBe(true);
    await sync.finish();
  });

  it('refuses to write or finish once the sync is finished or abandoned', async () => {
    const sync = await SyncFile.begin(file);
    const finishing = sync.finish();
    await expect(sync.finish()).rejects.toThrow(`cannot finish the sync of ${file}: it is finishing`);
    await finishing;
    expect(() => sync.writer.commit({ resources: [user(1)] }, 'late')).toThrow(/is no longer open/);
    expect(() => sync.writer.count('resources')).toThrow(/is no longer open/);
    await expect(sync.finish()).rejects.toThrow(`cannot finish the sync of ${file}: it is finished`);
    const other = await SyncFile.begin(file);
    await other.abandon();
    expect(() => other.writer.commit({}, 'late')).toThrow(/is no longer open/);
  });

  it('starts over when the unfinished sync is older than resumeMaxAgeMs', async () => {
    const first = await SyncFile.begin(file, { now: () => new Date('2026-01-01T00:00:00Z') });
    first.writer.commit({ resources: [user(1)] }, 'cp-1');
    await first.abandon();
    const logger = recordingLogger();
    const later = await SyncFile.begin(file, { now: () => new Date('2026-01-09T00:00:00Z'), logger });
    expect(later.writer.resumed).toBe(false);
    expect(later.writer.syncId).not.toBe(first.writer.syncId);
    expect(later.writer.checkpoint).toBe('');
    expect(later.writer.count('resources')).toBe(0);
    expect(logger.messages).toContain('discarding a working database with no resumable sync (finished, too old, or empty)');
    await later.abandon();
  });
});

/** Runs CHILD (holding the lock, no pages), optionally as pid 1 of a new PID namespace, until it reports. */
async function holdLock(file: string, dir: string, namespace: boolean): Promise<{ kill: () => Promise<void> }> {
  const script = join(dir, 'holder.mjs');
  writeFileSync(script, CHILD);
  const child = namespace
    ? spawn('unshare', ['--pid', '--fork', '--kill-child', process.execPath, script, file, '0'], { stdio: ['ignore', 'pipe', 'inherit'] })
    : spawn(process.execPath, [script, file, '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  for await (const line of createInterface({ input: child.stdout })) {
    if ((JSON.parse(line) as { committed?: number }).committed === 0) break;
  }
  // In a namespace, the holder is unshare's child: killing it is what ends unshare, so once unshare has
  // exited the holder is gone too (killing unshare first would leave the holder dying on its own time).
  const holderPid = namespace ? Number(readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(' ')[0]) : child.pid ?? 0;
  return { kill: async () => { process.kill(holderPid, 'SIGKILL'); await exited; } };
}

const canUnshare = process.geteuid?.() === 0 && spawnSync('unshare', ['--pid', '--fork', 'true']).status === 0;

describe('the lock file', () => {
  let dir: ReturnType<typeof tempDir>;
  let file: string;
  beforeEach(() => {
    dir = tempDir();
    file = join(dir.path, 'sync.c1z');
  });
  afterEach(() => dir.remove());

  it('refuses a second writer while the first is live, and frees the file on finish', async () => {
    const first = await SyncFile.begin(file);
    const err = await SyncFile.begin(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BatonError);
    expect((err as BatonError).code).toBe('failed-precondition');
    expect((err as BatonError).message).toContain(`another sync is writing ${file} (it holds ${file}.lock)`);
    await first.finish();
    expect(existsSync(`${file}.lock`)).toBe(false);
    const second = await SyncFile.begin(file);
    await second.abandon();
  });

  it('refuses a lock another process holds, and is free once that process is killed', async () => {
    const holder = await holdLock(file, dir.path, false);
    await expect(SyncFile.begin(file)).rejects.toThrow(/another sync is writing/);
    await holder.kill();
    const sync = await SyncFile.begin(file);
    await sync.abandon();
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it.runIf(canUnshare)('holds across PID namespaces: a live holder that is pid 1 of its own namespace is refused', async () => {
    const holder = await holdLock(file, dir.path, true);
    try {
      await expect(SyncFile.begin(file)).rejects.toThrow(/another sync is writing/);
    } finally {
      await holder.kill();
    }
  });

  it.runIf(canUnshare)('a holder killed in another PID namespace leaves nothing that blocks the next run', async () => {
    const holder = await holdLock(file, dir.path, true);
    await holder.kill();
    expect(existsSync(`${file}.lock`)).toBe(true);
    const sync = await SyncFile.begin(file);
    await sync.abandon();
  });

  it('refuses a lock file it did not write and says how to recover', async () => {
    writeFileSync(`${file}.lock`, '4242\n');
    await expect(SyncFile.begin(file)).rejects.toThrow(`${file}.lock is not a lock this version of baton-scim writes`);
  });
});
