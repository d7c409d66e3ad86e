// Exit codes for the signals the CLI handles, as shells report them (128 + signal number).

/** How long a stop may take after SIGINT/SIGTERM before the process leaves without waiting further. */
export const STOP_GRACE_MS = 1500;

export function exitCodeForSignal(signal: NodeJS.Signals): number {
  return signal === 'SIGTERM' ? 143 : 130;
}
