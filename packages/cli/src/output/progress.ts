// Shows sync progress: a live bar on a terminal, JSON progress log lines (at most every 5 s) elsewhere.
import cliProgress from 'cli-progress';
import type { Logger, SyncProgressEvent } from '@baton-scim/core';
import { RateMeter } from './rate.js';
import type { Screen } from './screen.js';

export interface ProgressReporter {
  onProgress(event: SyncProgressEvent): void;
  stop(): void;
}

const LOG_EVERY_MS = 5_000;

/** A bar on `screen` when there is one (a terminal), progress log lines otherwise. */
export function createProgressReporter(screen: Screen | undefined, sink: NodeJS.WritableStream, logger: Logger): ProgressReporter {
  return screen ? terminalReporter(screen, sink) : logReporter(logger);
}

type Progress = Extract<SyncProgressEvent, { type: 'progress' }>;

function label(e: Progress): string {
  return e.resourceTypeId ? `${e.phase} (${e.resourceTypeId})` : e.phase;
}

function terminalReporter(screen: Screen, sink: NodeJS.WritableStream): ProgressReporter {
  const bar = new cliProgress.SingleBar({
    format: '{phase} |{bar}| {value}{totalText} · {rate}/s',
    stream: sink,
    hideCursor: true,
    clearOnComplete: false,
    // A log line clears the bar's line; the bar must draw again even when its numbers did not change.
    forceRedraw: true,
  }, cliProgress.Presets.shades_classic);
  const rates = new RateMeter();
  let current = '';
  let started = false;
  const stopBar = (): void => {
    if (!started) return;
    screen.release();
    bar.stop();
    started = false;
  };
  return {
    onProgress(e) {
      rates.observe(e);
      if (e.type !== 'progress') return;
      const phase = label(e);
      const payload = { phase: phase.padEnd(28), totalText: e.total ? `/${e.total}` : '', rate: rates.rate(e, phase) ?? '-' };
      if (!started || phase !== current) {
        stopBar();
        bar.start(e.total ?? Math.max(e.done, 1), e.done, payload);
        screen.hold({ redraw: () => bar.render() });
        started = true;
        current = phase;
        return;
      }
      if (!e.total && e.done > bar.getTotal()) bar.setTotal(e.done);
      bar.update(e.done, payload);
    },
    stop: stopBar,
  };
}

function logReporter(logger: Logger): ProgressReporter {
  const last = new Map<string, number>();
  const rates = new RateMeter();
  return {
    onProgress(e) {
      rates.observe(e);
      if (e.type === 'phase-end') {
        logger.info({ phase: e.phase, done: e.done, elapsed_ms: Math.round(e.elapsedMs) }, 'phase complete');
        return;
      }
      if (e.type !== 'progress') return;
      const key = label(e);
      const rate = rates.rate(e, key);
      const now = Date.now();
      if (now - (last.get(key) ?? 0) < LOG_EVERY_MS) return;
      last.set(key, now);
      logger.info({ phase: e.phase, resource_type_id: e.resourceTypeId, done: e.done, total: e.total, rate_per_second: rate }, 'sync progress');
    },
    stop() { /* nothing buffered */ },
  };
}
