// Shows sync progress: a live bar on a terminal, JSON progress log lines (at most every 5 s) elsewhere.
import cliProgress from 'cli-progress';
import type { Logger, SyncProgressEvent } from '@baton-scim/core';
import type { CliIo } from '../io.js';

export interface ProgressReporter {
  onProgress(event: SyncProgressEvent): void;
  stop(): void;
}

const LOG_EVERY_MS = 5_000;

export function createProgressReporter(io: CliIo, logger: Logger): ProgressReporter {
  return io.interactive ? terminalReporter(io) : logReporter(logger);
}

type Progress = Extract<SyncProgressEvent, { type: 'progress' }>;

function label(e: Progress): string {
  return e.resourceTypeId ? `${e.phase} (${e.resourceTypeId})` : e.phase;
}

function terminalReporter(io: CliIo): ProgressReporter {
  const bar = new cliProgress.SingleBar({
    format: '{phase} |{bar}| {value}{totalText} · {rate}/s',
    stream: io.stderr,
    hideCursor: true,
    clearOnComplete: false,
  }, cliProgress.Presets.shades_classic);
  let current = '';
  let started = false;
  return {
    onProgress(e) {
      if (e.type !== 'progress') return;
      const phase = label(e);
      const payload = { phase: phase.padEnd(28), totalText: e.total ? `/${e.total}` : '', rate: Math.round(e.ratePerSecond ?? 0) };
      if (!started || phase !== current) {
        if (started) bar.stop();
        bar.start(e.total ?? Math.max(e.done, 1), e.done, payload);
        started = true;
        current = phase;
        return;
      }
      if (!e.total && e.done > bar.getTotal()) bar.setTotal(e.done);
      bar.update(e.done, payload);
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}

function logReporter(logger: Logger): ProgressReporter {
  const last = new Map<string, number>();
  return {
    onProgress(e) {
      if (e.type === 'phase-end') {
        logger.info({ phase: e.phase, done: e.done, elapsed_ms: Math.round(e.elapsedMs) }, 'phase complete');
        return;
      }
      if (e.type !== 'progress') return;
      const key = label(e);
      const now = Date.now();
      if (now - (last.get(key) ?? 0) < LOG_EVERY_MS) return;
      last.set(key, now);
      logger.info({ phase: e.phase, resource_type_id: e.resourceTypeId, done: e.done, total: e.total, rate_per_second: Math.round(e.ratePerSecond) }, 'sync progress');
    },
    stop() { /* nothing buffered */ },
  };
}
