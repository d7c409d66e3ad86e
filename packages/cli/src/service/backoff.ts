// Waiting between attempts: exponential backoff with jitter, and a sleep that ends early on abort.

export interface Backoff {
  readonly initialMs: number;
  readonly maxMs: number;
}

/** Startup Hello: 1 s doubling up to 5 min. */
export const HELLO_BACKOFF: Backoff = { initialMs: 1_000, maxMs: 300_000 };
/** Polling errors: 1 s doubling up to 60 s, so an outage is noticed to be over within a minute. */
export const POLL_BACKOFF: Backoff = { initialMs: 1_000, maxMs: 60_000 };

/** Delay before attempt `failures + 1`; jitter keeps many connector processes from retrying in step. */
export function backoffMs(backoff: Backoff, failures: number, random: () => number = Math.random): number {
  const base = Math.min(backoff.maxMs, backoff.initialMs * 2 ** Math.max(0, failures - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

/** Resolves after `ms`, or as soon as `signal` aborts (without throwing: callers check the signal). */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted || ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
