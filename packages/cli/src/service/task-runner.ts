// The polling loop: asks for a task whenever a slot is free, runs up to N at once, backs off on errors,
// and on shutdown stops asking and waits for the running tasks to wrap up.
import type { Logger } from '@baton-scim/core';
import { backoffMs, POLL_BACKOFF, sleep } from './backoff.js';
import type { BatonClient } from './client.js';
import { durationMs, type GetTaskResponse } from './pb.js';
import { asBatonError } from './status-codes.js';

export const DEFAULT_TASK_CONCURRENCY = 3;
const MAX_POLL_MS = 300_000;
/** When idle and the server names no interval, poll this often rather than in a tight loop. */
const IDLE_POLL_MS = 1_000;

export interface RunnerOptions {
  readonly client: BatonClient;
  readonly concurrency: number;
  readonly logger: Logger;
  readonly signal: AbortSignal;
  readonly run: (task: NonNullable<GetTaskResponse['task']>, heartbeatMs: number | undefined) => Promise<void>;
}

/** `next_poll` clamped to [0, 5 min]. */
export function nextPollMs(res: GetTaskResponse, gotTask: boolean): number {
  const ms = Math.min(MAX_POLL_MS, Math.max(0, durationMs(res.nextPoll) ?? 0));
  return !gotTask && ms === 0 ? IDLE_POLL_MS : ms;
}

export async function runTasks(options: RunnerOptions): Promise<void> {
  const running = new Set<Promise<void>>();
  const stopped = abortPromise(options.signal);
  let failures = 0;
  while (!options.signal.aborted) {
    if (running.size >= options.concurrency) {
      await Promise.race([...running, stopped]);
      continue;
    }
    let res: GetTaskResponse;
    try {
      res = await options.client.getTask({ signal: options.signal });
      if (failures > 0) options.logger.info({ after_failures: failures }, 'ConductorOne is reachable again');
      failures = 0;
    } catch (err) {
      if (options.signal.aborted) break;
      failures++;
      const wait = backoffMs(POLL_BACKOFF, failures);
      options.logger.warn({ attempt: failures, retry_in_ms: wait, error: asBatonError(err, 'GetTask').message }, 'asking ConductorOne for a task failed; retrying');
      await sleep(wait, options.signal);
      continue;
    }
    const task = res.task;
    const isTask = !!task && task.id !== '' && task.taskType !== 'none';
    if (task && isTask) {
      const p = options.run(task, durationMs(res.nextHeartbeat)).finally(() => running.delete(p));
      running.add(p);
    }
    await sleep(nextPollMs(res, isTask), options.signal);
  }
  await Promise.allSettled(running);
}

function abortPromise(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}
