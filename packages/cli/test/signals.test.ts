// The real executable stops on SIGINT (exit 130) and SIGTERM (exit 143): while it computes, and while a request hangs.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { setImmediate as tick } from 'node:timers/promises';
import { startScimServer, type ScimTestServer } from '@baton-scim/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIG, tempDir, TOKEN } from './support/run.js';

const BIN = new URL('../dist/bin.js', import.meta.url).pathname;
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await tick();
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

let dir: string;
beforeAll(() => {
  dir = tempDir();
});

describe('signals', () => {
  it('SIGTERM while validate-config is reading a large YAML exits 143 without parsing it', async () => {
    const base = readFileSync(CONFIG, 'utf8');
    const profile = Array.from({ length: 40_000 }, (_, i) => `    key${i}: attr${i}`).join('\n');
    const yaml = base.replace('  active: active\n', `  active: active\n  profile:\n${profile}\n`);
    // A FIFO the test controls: the CLI has installed its handlers and is reading when the signal is sent,
    // and the rest of the YAML is handed over only once the CLI has said it is stopping.
    const file = join(dir, 'large.yaml');
    execFileSync('mkfifo', [file]);
    const child = spawn(process.execPath, [BIN, 'validate-config', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const done = exited(child);
    const writer = await open(file, 'w');
    await writer.write(yaml.slice(0, yaml.length / 2));
    child.kill('SIGTERM');
    await until(() => stderr.includes('stopping after the current page (SIGTERM'));
    await writer.write(yaml.slice(yaml.length / 2));
    await writer.close();
    const result = await done;
    expect(result.signal).toBeNull();
    expect(result.code).toBe(143);
    expect(result.stdout).not.toContain('valid');
  });

  it('SIGTERM in the grants phase, which makes no request, stops the sync there with exit 143 and a resumable checkpoint', async () => {
    const server = await startScimServer({ generate: { users: 20_000, groups: 2_000, membershipsPerUser: 5, seed: 3 }, auth: { bearer: TOKEN } });
    try {
      const file = join(dir, 'grants-phase.c1z');
      // JSON logs (stderr is not a terminal): the child says itself when the entitlements phase ended, so the
      // signal lands while it computes grants from what it already listed.
      const child = spawn(process.execPath, [BIN, '--scim-config', CONFIG, '--api-endpoint', server.url, '--token', TOKEN, '-f', file], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      const done = exited(child);
      await until(() => /"phase":"entitlements"[^\n]*"phase complete"|"phase complete"[^\n]*"phase":"entitlements"/.test(stderr) || child.exitCode !== null);
      const requests = server.requests.length;
      child.kill('SIGTERM');
      const result = await done;
      expect(result.code, result.stderr).toBe(143);
      expect(server.requests.length).toBe(requests);
      // Stopped before the end: no finished file, and the working file the next run resumes from is there.
      expect(existsSync(file)).toBe(false);
      expect(existsSync(`${file}.partial`)).toBe(true);
    } finally {
      await server.close();
    }
  });

  describe('during a sync whose server never answers', () => {
    let server: ScimTestServer;
    beforeAll(async () => {
      server = await startScimServer({ generate: { users: 3, groups: 1, seed: 2 }, auth: { bearer: TOKEN }, faults: { hang: { routes: ['GET /Users'] } } });
    });
    afterAll(async () => server.close());

    it.each([
      ['SIGINT', 130],
      ['SIGTERM', 143],
    ] as const)('%s stops it with exit %i and leaves no file behind', async (signal, code) => {
      server.resetLog();
      const file = join(dir, `${signal}.c1z`);
      const child = spawn(process.execPath, [BIN, '--scim-config', CONFIG, '--api-endpoint', server.url, '--token', TOKEN, '-f', file], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const done = exited(child);
      await until(() => server.requests.some((r) => r.fault === 'hang'));
      child.kill(signal);
      const result = await done;
      expect(result.code, result.stderr).toBe(code);
      expect(result.stderr).toContain(`stopping after the current page (${signal}`);
      expect(existsSync(file)).toBe(false);
    });
  });
});
