// Shows sync progress: a live bar on a terminal, JSON progress log lines (at most every 5 s) elsewhere.
import type { Logger, SyncProgressEvent } from '@baton-scim/core';
import { RateMeter } from './rate.js';
import type { Screen } from './screen.js';

export interface ProgressReporter {
  onProgress(event: SyncProgressEvent): void;
  stop(): void;
}

const LOG_EVERY_MS = 5_000;
const BAR_WIDTH = 30;
const REDRAW_MS = 100;

/** A bar on `screen` when there is one (a terminal), progress log lines otherwise. */
export function createProgressReporter(screen: Screen | undefined, logger: Logger): ProgressReporter {
  return screen ? terminalReporter(screen) : logReporter(logger);
}

type Progress = Extract<SyncProgressEvent, { type: 'progress' }>;

function label(e: Progress): string {
  return e.resourceTypeId ? `${e.phase} (${e.resourceTypeId})` : e.phase;
}

/**
 * One status line per phase and resource type: a bar filled in proportion only when the total is known
 * (`120/300`); while it is not, the count alone (`120`), never a bar that looks finished.
 */
export function progressLine(phase: string, done: number, total: number | undefined, rate: number | undefined): string {
  const count = total === undefined ? `${done}` : `${done}/${total}`;
  const filled = total === undefined ? 0 : Math.round(BAR_WIDTH * Math.min(1, total === 0 ? 1 : done / total));
  const bar = total === undefined ? ' '.repeat(BAR_WIDTH) : '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
  return `${phase.padEnd(28)} |${bar}| ${count} · ${rate ?? '-'}/s`;
}

function terminalReporter(screen: Screen): ProgressReporter {
  const rates = new RateMeter();
  let current: string | undefined;
  // Drawn at most every REDRAW_MS (a page can take a millisecond); the latest line is always drawn last.
  let pending: string | undefined;
  let drawnAt = 0;
  const draw = (line: string): void => {
    screen.status(line);
    pending = undefined;
    drawnAt = Date.now();
  };
  const settle = (): void => {
    if (pending !== undefined) draw(pending);
    screen.finish();
  };
  return {
    onProgress(e) {
      rates.observe(e);
      if (e.type !== 'progress') return;
      const phase = label(e);
      const line = progressLine(phase, e.done, e.total, rates.rate(e, phase));
      if (phase !== current) {
        // The finished phase's last line stays on screen above the next one.
        settle();
        current = phase;
        draw(line);
      } else if (Date.now() - drawnAt >= REDRAW_MS) {
        draw(line);
      } else {
        pending = line;
      }
    },
    stop: settle,
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
