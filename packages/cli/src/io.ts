// The process surroundings a command runs in, passed explicitly so tests can run the CLI in-process.

export interface CliIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /** Whether stderr is an interactive terminal (progress display, console logs). */
  readonly interactive: boolean;
  /** Aborted on SIGINT/SIGTERM. */
  readonly signal: AbortSignal;
  /**
   * Package directories the host adds to provider discovery: the `baton-scim` bundle passes its own
   * directory, the workspace script each provider package.
   */
  readonly providerRoots?: readonly string[];
  /** How the process treats SIGINT/SIGTERM; a command that shuts down on its own terms adjusts it. */
  readonly stop?: StopControl;
  /** Service mode's waits (Hello and upload backoff); tests scale them down. */
  readonly serviceTiming?: ServiceTiming;
}

export interface ServiceTiming {
  readonly helloBackoff?: { readonly initialMs: number; readonly maxMs: number };
  readonly uploadBackoff?: { readonly initialMs: number; readonly maxMs: number };
}

export interface StopControl {
  /** How long the work may take to end after a signal before the process leaves without it. */
  graceMs: number;
  /** Whether a signal makes the exit code 130/143 (a stopped sync), or the command's own code stands. */
  signalSetsExitCode: boolean;
  /** Says that the process is stopping, in the command's own log format; default a plain line on stderr. */
  announce?: (signal: NodeJS.Signals) => void;
}

export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 2,
  cancelled: 130,
} as const;

export function print(stream: NodeJS.WritableStream, text: string): void {
  stream.write(text.endsWith('\n') ? text : text + '\n');
}
