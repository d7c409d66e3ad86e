// Runs the CLI in-process and captures what it prints.
import { Writable } from 'node:stream';
import type { CliMain } from './types.js';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _enc, done) {
      chunks.push(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

export async function runCli(main: CliMain, argv: readonly string[], cwd: string): Promise<CliRun> {
  const out = sink();
  const err = sink();
  const code = await main(argv, {
    stdout: out.stream,
    stderr: err.stream,
    env: { PATH: process.env.PATH ?? '' },
    cwd,
    interactive: false,
    signal: new AbortController().signal,
  });
  return { code, stdout: out.text(), stderr: err.text() };
}
