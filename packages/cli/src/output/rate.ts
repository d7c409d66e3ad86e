// Items per second of each progress line, measured from when this process started that item kind.
import type { SyncProgressEvent } from '@baton-scim/core';

type Progress = Extract<SyncProgressEvent, { type: 'progress' }>;

interface Base { readonly ms: number; readonly done: number }

export class RateMeter {
  private resumed = false;
  private phasesEntered = 0;
  /** Whether the current phase's counts include items an earlier process did (a resumed sync). */
  private carriesOver = false;
  /** When the last event of the current phase happened: resource types within a phase run one after another. */
  private lastMs = 0;
  private readonly base = new Map<string, Base>();

  observe(e: SyncProgressEvent): void {
    if (e.type === 'sync-start') this.resumed = e.resumed;
    if (e.type !== 'phase-start') return;
    this.phasesEntered += 1;
    this.carriesOver = this.resumed && this.phasesEntered === 1;
    this.lastMs = e.elapsedMs;
  }

  /** Items per second, one decimal; undefined while no time has passed. */
  rate(e: Progress, key: string): number | undefined {
    let base = this.base.get(key);
    if (!base) {
      // A kind of item starts where the previous one ended; resumed counts start from their first report.
      base = this.carriesOver ? { ms: e.elapsedMs, done: e.done } : { ms: this.lastMs, done: 0 };
      this.base.set(key, base);
    }
    this.lastMs = e.elapsedMs;
    const ms = e.elapsedMs - base.ms;
    if (ms <= 0) return e.done === base.done ? undefined : Math.round((e.done - base.done) * 10_000) / 10;
    return Math.round(((e.done - base.done) * 10_000) / ms) / 10;
  }
}
