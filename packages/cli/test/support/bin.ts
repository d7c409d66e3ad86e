// Runs the built baton-scim executable as a child process, with only the environment a test gives it.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));
export const REPO = fileURLToPath(new URL('../../../..', import.meta.url));

export interface BinRun { code: number | null; stdout: string; stderr: string }

/** Runs `command args` to completion; stdin is closed, stdout and stderr are pipes. */
export function spawnRun(command: string, args: readonly string[], options: { cwd: string; env?: Record<string, string> }): Promise<BinRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export function bin(args: readonly string[], options: { cwd: string; env?: Record<string, string> }): Promise<BinRun> {
  return spawnRun(process.execPath, [BIN, ...args], options);
}
