// Runs the CLI in-process with captured output, and starts a testkit server with a small directory.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { startScimServer, type ScimTestServer } from '@baton-scim/testkit';
import { main } from '../../src/index.js';

export interface Run { code: number; stdout: string; stderr: string }

export const TOKEN = 'tok-cli-test-7f3a9c';
export const CONFIG = new URL('../../../../examples/demo.yaml', import.meta.url).pathname;

function capture(): { stream: Writable; text: () => string } {
  const parts: string[] = [];
  return {
    stream: new Writable({ write(c: Buffer | string, _e, done) { parts.push(String(c)); done(); } }),
    text: () => parts.join(''),
  };
}

export interface CliOptions {
  env?: Record<string, string>;
  cwd?: string;
  /** stderr is a terminal this many columns wide: the progress bar and console logs share it. */
  terminalColumns?: number;
}

export async function cli(argv: string[], options: CliOptions = {}): Promise<Run> {
  const out = capture();
  const err = capture();
  if (options.terminalColumns !== undefined) Object.assign(err.stream, { isTTY: true, columns: options.terminalColumns });
  const code = await main(argv, {
    stdout: out.stream, stderr: err.stream, env: options.env ?? {}, cwd: options.cwd ?? tempDir(),
    interactive: options.terminalColumns !== undefined, signal: new AbortController().signal,
  });
  return { code, stdout: out.text(), stderr: err.text() };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'baton-cli-'));
}

export function startServer(): Promise<ScimTestServer> {
  return startScimServer({
    generate: { users: 30, groups: 6, nestedGroups: 2, membershipsPerUser: 2, roles: 3, seed: 7 },
    auth: { bearer: TOKEN },
  });
}

export function syncArgs(server: ScimTestServer, file: string): string[] {
  return ['--scim-config', CONFIG, '--api-endpoint', server.url, '--token', TOKEN, '-f', file];
}

/** A started test server and a first sync of it into a fresh file. */
export async function startSyncedServer(): Promise<{ server: ScimTestServer; file: string }> {
  const server = await startServer();
  const file = join(tempDir(), 'sync.c1z');
  const run = await cli(syncArgs(server, file));
  if (run.code !== 0) throw new Error(run.stderr);
  return { server, file };
}
