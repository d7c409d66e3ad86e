// What a person sees on a terminal: log lines and the progress bar never draw over each other. The bytes the
// CLI writes are replayed through a terminal emulator and the resulting screen is read back.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScimServer, type ScimTestServer } from '@baton-scim/testkit';
import { BIN } from './support/bin.js';
import { cli, startServer, syncArgs, tempDir, TOKEN } from './support/run.js';
import { replay } from './support/terminal.js';
import { progressLine } from '../src/output/progress.js';

let server: ScimTestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server.close());

const COLUMNS = 120;
const GREEN = '\x1b[32m';
const RESET = '\x1b[39m';
// eslint-disable-next-line no-control-regex
const stripColour = (text: string): string => text.replace(/\x1b\[\d+(?:;\d+)*m/g, '');
const BAR = /\|[█░ ]{30}\|/;
/** The message of each console log line: `[hh:mm:ss.mmm] LEVEL: message`. */
const LOG = /^\[\d\d:\d\d:\d\d\.\d{3}\] (?:INFO|WARN|ERROR|DEBUG): (.*)$/;

describe('the progress line', () => {
  it('fills the bar only in proportion to a known total, and shows the count against it', () => {
    expect(progressLine('resources (user)', 120, undefined, 40)).toBe(`${'resources (user)'.padEnd(28)} |${' '.repeat(30)}| 120 · 40/s`);
    expect(progressLine('grants (group)', 120, 300, undefined)).toBe(`${'grants (group)'.padEnd(28)} |${'█'.repeat(12)}${'░'.repeat(18)}| 120/300 · -/s`);
    expect(progressLine('grants (group)', 0, 0, 0)).toContain(`|${'█'.repeat(30)}| 0/0 · `);
  });
});

describe('a sync on a terminal with --log-level info', () => {
  let screen: string[];
  let written: string[];
  beforeAll(async () => {
    const file = join(tempDir(), 'sync.c1z');
    const run = await cli([...syncArgs(server, file), '--log-level', 'info'], { terminalColumns: COLUMNS });
    expect(run.code, run.stderr).toBe(0);
    // On a terminal the log is coloured (the level name in green), which the screen shows as attributes.
    expect(run.stderr).toContain(`${GREEN}INFO${RESET}`);
    screen = await replay(run.stderr, { columns: COLUMNS });
    // Every log line the CLI wrote, from the raw bytes without colour.
    written = [...stripColour(run.stderr).matchAll(/\[\d\d:\d\d:\d\d\.\d{3}\] (?:INFO|WARN|ERROR|DEBUG): ([^\r\n]*)/g)].map((m) => m[1] ?? '');
  });

  it('keeps every log line on screen, in the order written, each on its own line', () => {
    const shown = screen.map((row) => LOG.exec(row)?.[1]).filter((m): m is string => m !== undefined);
    expect(written).toContain('Sync complete.');
    expect(written).toContain('sync saved');
    expect(written).toContain('the users listing ended on an empty page');
    expect(shown).toEqual(written);
    // No row holds a bar and a log line drawn over each other.
    expect(screen.filter((row) => BAR.test(row) && row.includes('INFO'))).toEqual([]);
  });

  it('leaves each phase finished on its own line, with its total, and ends with the summary', () => {
    const bars = screen.filter((row) => BAR.test(row));
    const users = [...server.directory.users.values()].length;
    expect(bars.find((row) => row.startsWith('resources (user) '))).toMatch(new RegExp(`\\|█{30}\\| ${users}/${users} · `));
    expect(bars.find((row) => row.startsWith('resource-types '))).toMatch(/\|█{30}\| 3\/3 · /);
    const summary = screen.findIndex((row) => /^Synced \d+ users, /.test(row));
    const lastLog = screen.findLastIndex((row) => LOG.test(row) || BAR.test(row));
    expect(summary).toBeGreaterThan(lastLog);
  });
});

describe('colour', () => {
  const logs = async (terminal: boolean, env: Record<string, string>): Promise<string> => {
    const run = await cli([...syncArgs(server, join(tempDir(), 'sync.c1z')), '--log-level', 'info', '--log-format', 'console'], { env, ...(terminal ? { terminalColumns: COLUMNS } : {}) });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('INFO');
    return run.stderr;
  };
  it('is off with NO_COLOR, on with FORCE_COLOR, and otherwise only on a terminal', async () => {
    expect(await logs(true, { NO_COLOR: '1' })).not.toContain(GREEN);
    expect(await logs(false, {})).not.toContain(GREEN);
    expect(await logs(false, { FORCE_COLOR: '1' })).toContain(`${GREEN}INFO${RESET}`);
    expect(await logs(true, { FORCE_COLOR: '0' })).not.toContain(GREEN);
  });
});

describe('the real executable on a pseudo-terminal (script), stopped with Ctrl-C', () => {
  it('shows "stopping…" and the stop below the progress and log lines, drawing over none of them', async () => {
    const hanging = await startScimServer({
      generate: { users: 30, groups: 6, nestedGroups: 0, membershipsPerUser: 2, roles: 3, seed: 7 },
      auth: { bearer: TOKEN },
      // The group listing never answers, so the sync is mid-phase when Ctrl-C comes.
      faults: { hang: { routes: ['GET /Groups'] } },
    });
    try {
      const file = join(tempDir(), 'sync.c1z');
      const command = [process.execPath, BIN, ...syncArgs(hanging, file), '--log-level', 'info'].map((a) => `'${a}'`).join(' ');
      const child = spawn('script', ['-qfec', `stty cols ${COLUMNS} rows 24; exec ${command}`, '/dev/null'], {
        cwd: tempDir(), env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1' }, stdio: ['pipe', 'pipe', 'pipe'],
      });
      let bytes = '';
      const ended = new Promise<number | null>((resolve) => child.on('close', resolve));
      await new Promise<void>((resolve) => {
        child.stdout.on('data', (d: Buffer) => {
          bytes += d.toString();
          // The users are stored and the group listing has been asked for.
          if (bytes.includes('Synced resources') && hanging.requests.some((r) => r.path.endsWith('/Groups'))) resolve();
        });
      });
      // Ctrl-C typed on the terminal: the pseudo-terminal sends SIGINT to the sync.
      child.stdin.write('\x03');
      expect(await ended).toBe(130);
      const screen = await replay(bytes, { columns: COLUMNS, fromPty: true });
      const at = (pattern: RegExp): number => screen.findIndex((row) => pattern.test(row));
      const usersBar = at(/^resources \(user\) +\|█{30}\| 30\/30 · /);
      const synced = at(/INFO: Synced resources$/);
      const stopping = at(/^stopping after the current page \(SIGINT; send it again to quit at once\)…$/);
      const stopped = at(/^stopped: /);
      expect([usersBar, synced, stopping, stopped].every((i) => i >= 0), screen.join('\n')).toBe(true);
      expect(synced).toBeLessThan(stopping);
      expect(stopping).toBeLessThan(stopped);
    } finally {
      await hanging.close();
    }
  });
});
