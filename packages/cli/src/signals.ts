// Exit codes for the signals the CLI handles, as shells report them (128 + signal number).

/** How long a stop may take after SIGINT/SIGTERM before the process leaves without waiting further. */
export const STOP_GRACE_MS = 1500;

export function exitCodeForSignal(signal: NodeJS.Signals): number {
  return signal === 'SIGTERM' ? 143 : 130;
}

/**
 * The exit code once a command has returned `code`: a signal decides it even when the work finished in the
 * same moment (the caller asked to stop), unless the work was saved before the stop could take effect.
 */
export function exitCodeAfter(code: number, signalled: NodeJS.Signals | undefined, stop: { signalSetsExitCode: boolean; saved?: boolean }): number {
  if (signalled === undefined || !stop.signalSetsExitCode || stop.saved === true) return code;
  return exitCodeForSignal(signalled);
}
