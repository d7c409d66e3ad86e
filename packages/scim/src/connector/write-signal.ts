// The seam where a stop reaches a provisioning change: a write that went out is read back and, if the server
// changed more than asked, restored, before the stop takes effect, within a bounded time.
import { BatonError } from '@baton-scim/core';

/** How long a change may go on reading back and restoring after a stop; then its requests are aborted too. */
export const VERIFY_AFTER_STOP_MS = 5000;

/**
 * The signals of one change: `stop` is the caller's, checked before anything is sent; `signal`, which every
 * request of the change uses, fires only `graceMs` after `stop` does.
 */
export function changeSignals(stop: AbortSignal, graceMs = VERIFY_AFTER_STOP_MS): { signal: AbortSignal; stop: AbortSignal } {
  const controller = new AbortController();
  const later = (): void => {
    setTimeout(() => controller.abort(stop.reason), graceMs).unref();
  };
  if (stop.aborted) later();
  else stop.addEventListener('abort', later, { once: true });
  return { signal: controller.signal, stop };
}

/** Throws, naming the change, when a stop arrived before anything of it was sent. */
export function throwIfStoppedBeforeWrite(stop: AbortSignal | undefined, path: string, valueId: string): void {
  if (stop?.aborted !== true) return;
  throw new BatonError('cancelled', `${path}: stopped before the change of "${valueId}" was sent; nothing was changed`);
}

/** The error that reports a change stopped after its write: what the read-back showed it left. */
export function stoppedAfterWrite(path: string, direction: 'add' | 'remove', valueId: string, state: string): BatonError {
  return new BatonError('cancelled', `${path}: stopped after the ${direction} of "${valueId}" was sent; the read-back was finished first: ${state}`);
}
