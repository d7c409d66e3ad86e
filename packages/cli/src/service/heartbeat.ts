// Heartbeats for a running sync task: the task stops when ConductorOne cancels it or stops answering.
import { BatonError, type Logger } from '@baton-scim/core';
import type { BatonClient } from './client.js';
import { durationMs } from './pb.js';
import { asBatonError } from './status-codes.js';

const DEFAULT_INTERVAL_MS = 30_000;
const MIN_INTERVAL_MS = 1_000;
const MAX_INTERVAL_MS = 300_000;
/** Ten missed beats in a row: the server has most likely given the task to someone else. */
export const MAX_HEARTBEAT_FAILURES = 10;

/** 0 or missing means the default; anything else is kept between 1 s and 5 min. */
export function heartbeatIntervalMs(ms: number | undefined): number {
  if (ms === undefined || ms <= 0) return DEFAULT_INTERVAL_MS;
  return Math.min(MAX_INTERVAL_MS, Math.max(MIN_INTERVAL_MS, ms));
}

export class Heartbeat {
  private readonly controller = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  private failures = 0;
  private stopped = false;
  /** A failed beat gets no answer, so the next one keeps the last interval the server asked for. */
  private intervalMs: number | undefined;

  private constructor(
    private readonly client: BatonClient,
    private readonly taskId: string,
    private readonly logger: Logger,
    private readonly parent: AbortSignal,
  ) {}

  /** Aborted, with a BatonError as reason, when the task must stop. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The first beat is awaited: a task the server no longer wants is not started at all. */
  static async start(client: BatonClient, taskId: string, intervalMs: number | undefined, logger: Logger, signal: AbortSignal): Promise<Heartbeat> {
    const hb = new Heartbeat(client, taskId, logger, signal);
    let next: number | undefined;
    try {
      next = await hb.beatOnce();
    } catch (err) {
      throw asBatonError(err, 'first heartbeat');
    }
    if (hb.signal.aborted) throw hb.signal.reason as BatonError;
    hb.schedule(next ?? intervalMs);
    return hb;
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private schedule(ms: number | undefined): void {
    if (this.stopped || this.parent.aborted) return;
    this.intervalMs = heartbeatIntervalMs(ms);
    this.timer = setTimeout(() => void this.beat(), this.intervalMs);
  }

  private async beat(): Promise<void> {
    let next = this.intervalMs;
    try {
      next = await this.beatOnce();
      this.failures = 0;
    } catch (err) {
      this.failures++;
      this.logger.warn({ failures: this.failures, error: (err as Error).message }, 'heartbeat failed');
      if (this.failures >= MAX_HEARTBEAT_FAILURES) {
        this.cancel(new BatonError('unavailable', `task abandoned after ${this.failures} failed heartbeats in a row`));
        return;
      }
    }
    if (!this.controller.signal.aborted) this.schedule(next);
  }

  /** Returns the interval the server asks for next. */
  private async beatOnce(): Promise<number | undefined> {
    const res = await this.client.heartbeat(this.taskId, { signal: this.parent });
    if (res.cancelled) this.cancel(new BatonError('cancelled', 'ConductorOne cancelled the task'));
    return durationMs(res.nextHeartbeat);
  }

  private cancel(reason: BatonError): void {
    if (this.controller.signal.aborted) return;
    this.logger.warn({ reason: reason.message }, 'stopping the task');
    this.stop();
    this.controller.abort(reason);
  }
}
