// Typed progress events for progress bars and JSON logs, plus the sync's human progress log lines.
import type { Logger } from '../logger.js';
import type { SyncSummary } from './summary.js';

export type SyncPhase = 'resource-types' | 'resources' | 'entitlements' | 'grants' | 'grant-expansion';

export type SyncProgressEvent =
  | { readonly type: 'sync-start'; readonly syncId: string; readonly resumed: boolean; readonly elapsedMs: number }
  | { readonly type: 'phase-start'; readonly phase: SyncPhase; readonly elapsedMs: number }
  | {
      readonly type: 'progress';
      readonly phase: SyncPhase;
      readonly resourceTypeId?: string;
      readonly done: number;
      readonly total?: number;
      /** Items per second since this process entered the phase. */
      readonly ratePerSecond: number;
      readonly elapsedMs: number;
    }
  | { readonly type: 'phase-end'; readonly phase: SyncPhase; readonly done: number; readonly elapsedMs: number }
  | { readonly type: 'summary'; readonly summary: SyncSummary };

export interface ProgressUpdate {
  readonly resourceTypeId?: string;
  readonly done: number;
  readonly total?: number;
}

const STARTED: Record<SyncPhase, string> = {
  'resource-types': 'Syncing resource types...',
  resources: 'Syncing resources...',
  entitlements: 'Syncing entitlements...',
  grants: 'Syncing grants...',
  'grant-expansion': 'Expanding grants...',
};

const THROTTLED: Partial<Record<SyncPhase, string>> = {
  entitlements: 'Syncing entitlements',
  grants: 'Syncing grants',
};

/** Periodic log lines are spaced at least this far apart, as the Go syncer does. */
const LOG_EVERY_MS = 10_000;

export class ProgressTracker {
  private phase: SyncPhase | undefined;
  private phaseStartMs = 0;
  private readonly baseline = new Map<string, number>();
  private readonly lastLogMs = new Map<string, number>();

  constructor(
    private readonly logger: Logger,
    private readonly nowMs: () => number,
    private readonly startMs: number,
    private readonly listener: ((event: SyncProgressEvent) => void) | undefined,
  ) {}

  get current(): SyncPhase | undefined {
    return this.phase;
  }

  emit(event: SyncProgressEvent): void {
    this.listener?.(event);
  }

  elapsedMs(): number {
    return this.nowMs() - this.startMs;
  }

  /** Enters `phase`; the caller ends the previous one first. */
  start(phase: SyncPhase): void {
    this.phase = phase;
    this.phaseStartMs = this.nowMs();
    this.baseline.clear();
    this.logger.info({}, STARTED[phase]);
    this.emit({ type: 'phase-start', phase, elapsedMs: this.elapsedMs() });
  }

  end(done: number): void {
    if (!this.phase) return;
    this.emit({ type: 'phase-end', phase: this.phase, done, elapsedMs: this.elapsedMs() });
    this.phase = undefined;
  }

  report(update: ProgressUpdate): void {
    const phase = this.phase;
    if (!phase) return;
    const key = update.resourceTypeId ?? '';
    if (!this.baseline.has(key)) this.baseline.set(key, update.done);
    const seconds = Math.max((this.nowMs() - this.phaseStartMs) / 1000, 0.001);
    const ratePerSecond = (update.done - (this.baseline.get(key) ?? 0)) / seconds;
    this.emit({ type: 'progress', phase, ...update, ratePerSecond, elapsedMs: this.elapsedMs() });
    const message = THROTTLED[phase];
    if (message && update.total !== undefined && this.due(`${phase}:${key}`)) {
      const percent = update.total === 0 ? 100 : Math.floor((update.done / update.total) * 100);
      this.logger.info(
        { resource_type_id: key, synced: update.done, total: update.total, percent_complete: percent },
        message,
      );
    }
  }

  /** True at most once per LOG_EVERY_MS for `key` (the first call only starts the clock). */
  due(key: string): boolean {
    const now = this.nowMs();
    const last = this.lastLogMs.get(key);
    if (last === undefined) {
      this.lastLogMs.set(key, now);
      return false;
    }
    if (now - last < LOG_EVERY_MS) return false;
    this.lastLogMs.set(key, now);
    return true;
  }
}
