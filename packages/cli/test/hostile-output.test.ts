// Server data shown to people: a terminal must not run its escape sequences, a spreadsheet its formulas.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScimTestServer } from '@baton-scim/testkit';
import { cli, startServer, syncArgs, tempDir } from './support/run.js';

const HOSTILE_NAMES = {
  escape: 'Eve\u001b]0;owned\u0007\u001b[2J',
  bidi: 'Mallory\u202egpj.exe',
  nul: 'Nul\u0000Byte',
  formula: '=HYPERLINK("http://evil.example","x")',
  plus: '+1+cmd|calc',
  at: '@SUM(1+1)',
  minus: '-2+3',
};

let server: ScimTestServer;
let file: string;
beforeAll(async () => {
  server = await startServer();
  const users = [...server.directory.users.values()];
  Object.values(HOSTILE_NAMES).forEach((name, i) => {
    users[i]!.displayName = name;
    users[i]!.name = { givenName: name, familyName: name };
  });
  const group = [...server.directory.groups.values()][0]!;
  group.displayName = HOSTILE_NAMES.escape;
  file = join(tempDir(), 'sync.c1z');
  const run = await cli(syncArgs(server, file));
  expect(run.code, run.stderr).toBe(0);
});
afterAll(async () => server.close());

/** Every character a terminal could act on, or that reorders what it shows; line ends of the table itself aside. */
const activeIn = (text: string): number[] =>
  [...text].map((c) => c.codePointAt(0) ?? 0).filter((code) => code !== 0x0a && (code <= 0x1f || (code >= 0x7f && code <= 0x9f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)));

describe('inspect tables', () => {
  it.each([['resources'], ['entitlements'], ['grants']])('inspect %s prints no control, NUL or bidi character raw', async (sub) => {
    const run = await cli(['inspect', sub, '-f', file]);
    expect(run.code, run.stderr).toBe(0);
    expect(activeIn(run.stdout)).toEqual([]);
    if (sub === 'resources') {
      expect(run.stdout).toContain('Eve\\u{1b}]0;owned\\u{7}\\u{1b}[2J');
      expect(run.stdout).toContain('Mallory\\u{202e}gpj.exe');
      expect(run.stdout).toContain('Nul\\u{0}Byte');
    }
  });
});

describe('inspect export csv', () => {
  it('writes no cell that a spreadsheet would run as a formula', async () => {
    const out = join(tempDir(), 'out.csv');
    const run = await cli(['inspect', 'export', 'csv', '-f', file, '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    const text = readFileSync(out, 'utf8');
    // Naive cell split is enough here: the check is on the first character of each cell.
    const cells = text.split('\n').flatMap((line) => line.split(',')).map((c) => c.replace(/^"/, ''));
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example""`);
    expect(text).toContain("'+1+cmd|calc");
    expect(text).toContain("'@SUM(1+1)");
    expect(text).toContain("'-2+3");
  });
});
