// FinishTask: reports a task's outcome, detached from the task's own cancellation so the report still goes out.
import type { Logger } from '@baton-scim/core';
import type { BatonClient } from './client.js';
import type { AnyMessage } from './pb.js';
import { grpcStatusOf } from './status-codes.js';

const FINISH_TIMEOUT_MS = 30_000;
/** While shutting down, a report that cannot be sent quickly is dropped; the server re-queues the task. */
const FINISH_TIMEOUT_SHUTDOWN_MS = 2_000;

export interface TaskFailure {
  readonly error: unknown;
  readonly nonRetryable: boolean;
}

export async function finishTask(
  client: BatonClient,
  taskId: string,
  outcome: { response?: AnyMessage | undefined } | TaskFailure,
  shuttingDown: boolean,
  logger: Logger,
): Promise<void> {
  const request = 'error' in outcome
    ? {
        hostId: client.hostId, taskId,
        status: { code: grpcStatusOf(outcome.error), message: messageOf(outcome.error) },
        error: { nonRetryable: outcome.nonRetryable },
      }
    : { hostId: client.hostId, taskId, success: outcome.response ? { response: outcome.response } : {} };
  const timeoutMs = shuttingDown ? FINISH_TIMEOUT_SHUTDOWN_MS : FINISH_TIMEOUT_MS;
  try {
    await client.finishTask(request, { signal: AbortSignal.timeout(timeoutMs), timeoutMs });
  } catch (err) {
    logger.error({ error: messageOf(err) }, 'could not report the task result to ConductorOne');
  }
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
