// Items per second of each progress line, measured from when this process entered the phase.
import type { SyncProgressEvent } from '@baton-scim/core';

type Progress = Extract<SyncProgressEvent, { type: 'progress' }>;

interface Base { readonly ms: number; readonly done: number }

export class RateMeter {
  private resumed = false;
  private phasesEntered = 0;
  private readonly phaseStart = new Map<string, Base | undefined>();
  private readonly base = new Map<string, Base>();

  observe(e: SyncProgressEvent): void {
    if (e.type === 'sync-start') this.resumed = e.resumed;
    if (e.type !== 'phase-start') return;
    this.phasesEntered += 1;
    // A resumed sync re-enters its unfinished phase with items done by an earlier process: the first
    // progress line becomes the baseline instead.
    this.phaseStart.set(e.phase, this.resumed && this.phasesEntered === 1 ? undefined : { ms: e.elapsedMs, done: 0 });
  }

  /** Items per second, one decimal; undefined until a baseline exists. */
  rate(e: Progress, key: string): number | undefined {
    let base = this.base.get(key);
    if (!base) {
      base = this.phaseStart.get(e.phase) ?? { ms: e.elapsedMs, done: e.done };
      this.base.set(key, base);
    }
    if (e.done === base.done) return e.elapsedMs > base.ms ? 0 : undefined;
    return Math.round(((e.done - base.done) * 10_000) / Math.max(e.elapsedMs - base.ms, 1)) / 10;
  }
}
