// What a sync and inspect print through the real executable: the summary, logs behind --log-level,
// rates, and a reader that closes the pipe early (the terminal screen is in screen.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScimServer, type ScimTestServer } from '@baton-scim/testkit';
import { bin, BIN, spawnRun } from './support/bin.js';
import { cli, startServer, syncArgs, tempDir, TOKEN } from './support/run.js';

let server: ScimTestServer;
beforeAll(async () => { server = await startServer(); });
afterAll(async () => server.close());

const LOG_LINE = /\[\d\d:\d\d:\d\d\.\d{3}\] (?:DEBUG|INFO|WARN|ERROR)/g;

describe('a sync read by a person (console logs)', () => {
  it('prints only a short summary by default: counts, requests, time and file', async () => {
    const file = join(tempDir(), 'out.c1z');
    const run = await bin([...syncArgs(server, file), '--log-format', 'console'], { cwd: tempDir() });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr.match(LOG_LINE)).toBeNull();
    const lines = run.stderr.trimEnd().split('\n');
    const stats = await cli(['inspect', 'stats', '-o', 'json', '-f', file]);
    const counts = (JSON.parse(stats.stdout) as { counts: Record<string, number> }).counts;
    expect(lines[0]).toBe(`Synced 30 users, 6 groups, 3 roles, ${counts.entitlements} entitlements and ${counts.grants} grants`);
    expect(lines[1]).toMatch(new RegExp(`^\\d+ SCIM requests in \\d+\\.\\d s, written to ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    expect(lines[2]).toBe('Listings of users and groups ended cleanly');
    expect(run.stdout).toBe('');
    const notes = (JSON.parse(stats.stdout) as { notes: { topic: string; text: string }[] }).notes;
    expect(notes).toEqual([
      // One page each, and the empty page past it that proves the listing ended.
      { topic: 'users listing', text: 'users: 30 resources listed in 1 page, the end confirmed by an empty page' },
      { topic: 'groups listing', text: 'groups: 6 resources listed in 1 page, the end confirmed by an empty page' },
    ]);
  });

  it('says how each listing the server\'s paging needed correcting ended', async () => {
    const file = join(tempDir(), 'out.c1z');
    server.setFaults({ totalResults: 4, duplicateAcrossPages: 2 });
    try {
      const run = await bin([...syncArgs(server, file), '--log-format', 'console'], { cwd: tempDir() });
      expect(run.code, run.stderr).toBe(0);
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines[2]).toBe("Listings corrected for the server's paging:");
      expect(lines[3]).toMatch(/^ {2}users: 30 resources listed in \d+ pages; the server's totalResults \(4\) was wrong; 2 repeated resources dropped; ended on a page of only resources already listed$/);
      expect(lines[4]).toMatch(/^ {2}groups: 6 resources listed in \d+ pages?; the server's totalResults \(4\) was wrong; 2 repeated resources dropped/);
      // The same words are stored in the file, so inspect stats says it later, in text and in JSON.
      const text = await cli(['inspect', 'stats', '-f', file]);
      expect(text.code, text.stderr).toBe(0);
      expect(text.stdout).toContain(`\n\n${lines[3]?.trim()}\n${lines[4]?.trim()}\n`);
      const json = await cli(['inspect', 'stats', '-o', 'json', '-f', file]);
      const notes = (JSON.parse(json.stdout) as { notes: { topic: string; text: string }[] }).notes;
      expect(notes.map((n) => n.topic)).toEqual(['users listing', 'groups listing']);
    } finally {
      server.clearFaults();
    }
  });

  it('shows the log with --log-level, still ending with the summary', async () => {
    const file = join(tempDir(), 'out.c1z');
    const run = await bin([...syncArgs(server, file), '--log-format', 'console', '--log-level', 'info'], { cwd: tempDir() });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/INFO: Syncing resources/);
    const lastLog = Math.max(...[...run.stderr.matchAll(LOG_LINE)].map((m) => m.index));
    expect(run.stderr.indexOf('\nSynced 30 users')).toBeGreaterThan(lastLog);
    expect(run.stderr).toContain(`written to ${file}`);
  });
});

describe('a sync read by a machine (JSON logs)', () => {
  it('logs JSON lines at info by default, with a progress rate above zero once items are done', async () => {
    const file = join(tempDir(), 'out.c1z');
    const run = await bin(syncArgs(server, file), { cwd: tempDir() });
    expect(run.code, run.stderr).toBe(0);
    const records = run.stderr.trimEnd().split('\n').map((l) => JSON.parse(l) as { msg: string; done?: number; rate_per_second?: number });
    expect(records.some((r) => r.msg === 'Sync complete.')).toBe(true);
    const progress = records.filter((r) => r.msg === 'sync progress' && (r.done ?? 0) > 0);
    expect(progress.length).toBeGreaterThan(0);
    for (const p of progress) expect(p.rate_per_second).toBeGreaterThan(0);
  });
});

describe('inspect piped into a reader that stops early', () => {
  it('ends quietly with exit 0 when the pipe closes (EPIPE)', async () => {
    const big = await startScimServer({ generate: { users: 1500, groups: 40, membershipsPerUser: 3, roles: 2, seed: 5 }, auth: { bearer: TOKEN } });
    try {
      const file = join(tempDir(), 'big.c1z');
      expect((await cli(syncArgs(big, file))).code).toBe(0);
      const err = join(tempDir(), 'stderr.txt');
      const script = '"$0" "$1" inspect grants -f "$2" 2>"$3" | head -n 1; echo "exit=${PIPESTATUS[0]}"';
      const run = await spawnRun('bash', ['-c', script, process.execPath, BIN, file, err], { cwd: tempDir() });
      const lines = run.stdout.trimEnd().split('\n');
      expect(lines[0]).toMatch(/^ID\s+/);
      expect(lines.at(-1)).toBe('exit=0');
      expect(readFileSync(err, 'utf8')).toBe('');
      const full = await bin(['inspect', 'grants', '-f', file], { cwd: tempDir() });
      expect(full.stdout.length).toBeGreaterThan(256 * 1024);
    } finally {
      await big.close();
    }
  });
});
