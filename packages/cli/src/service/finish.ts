// FinishTask: reports a task's outcome, detached from the task's own cancellation so the report still goes out.
import { BatonError, errorCode, type Logger } from '@baton-scim/core';
import type { BatonClient } from './client.js';
import { AnyPb, rpcPb, type AnyMessage } from './pb.js';
import { grpcStatusOf } from './status-codes.js';

const FINISH_TIMEOUT_MS = 30_000;
/** While shutting down, a report that cannot be sent quickly is dropped; the server re-queues the task. */
const FINISH_TIMEOUT_SHUTDOWN_MS = 2_000;
const ERROR_DOMAIN = 'baton-scim';

export interface TaskFailure {
  readonly error: unknown;
  readonly nonRetryable: boolean;
}

export interface TaskSuccess {
  readonly response?: AnyMessage | undefined;
  readonly annotations?: readonly AnyMessage[] | undefined;
}

export async function finishTask(
  client: BatonClient,
  taskId: string,
  outcome: TaskSuccess | TaskFailure,
  shuttingDown: boolean,
  logger: Logger,
): Promise<void> {
  const request = 'error' in outcome
    ? {
        hostId: client.hostId, taskId,
        status: { code: grpcStatusOf(outcome.error), message: messageOf(outcome.error), details: statusDetails(outcome.error) },
        error: { nonRetryable: outcome.nonRetryable },
      }
    : { hostId: client.hostId, taskId, success: { ...(outcome.response ? { response: outcome.response } : {}), annotations: [...(outcome.annotations ?? [])] } };
  const timeoutMs = shuttingDown ? FINISH_TIMEOUT_SHUTDOWN_MS : FINISH_TIMEOUT_MS;
  try {
    await client.finishTask(request, { signal: AbortSignal.timeout(timeoutMs), timeoutMs });
  } catch (err) {
    logger.error({ error: messageOf(err) }, 'could not report the task result to ConductorOne');
  }
}

/**
 * google.rpc details of a failed task: an ErrorInfo naming the error class (and a rate limit's numbers), and a
 * RetryInfo when the service provider said when to come back.
 */
export function statusDetails(err: unknown): AnyMessage[] {
  const code = errorCode(err);
  const metadata: Record<string, string> = {};
  const rate = err instanceof BatonError ? err.rateLimit : undefined;
  if (rate?.limit !== undefined) metadata.rate_limit = String(rate.limit);
  if (rate?.remaining !== undefined) metadata.rate_limit_remaining = String(rate.remaining);
  if (rate?.resetAt !== undefined) metadata.rate_limit_reset_at = new Date(rate.resetAt).toISOString();
  const info = rpcPb.ErrorInfo.encode({ reason: code.toUpperCase().replace(/-/g, '_'), domain: ERROR_DOMAIN, metadata }).finish();
  const details: AnyMessage[] = [AnyPb.create({ type_url: 'type.googleapis.com/google.rpc.ErrorInfo', value: info })];
  const retryMs = retryDelayMs(err);
  if (retryMs !== undefined) {
    const retry = rpcPb.RetryInfo.encode({ retryDelay: { seconds: Math.floor(retryMs / 1000), nanos: (retryMs % 1000) * 1e6 } }).finish();
    details.push(AnyPb.create({ type_url: 'type.googleapis.com/google.rpc.RetryInfo', value: retry }));
  }
  return details;
}

function retryDelayMs(err: unknown): number | undefined {
  if (!(err instanceof BatonError)) return undefined;
  if (err.retryAfterMs !== undefined) return Math.max(0, Math.round(err.retryAfterMs));
  if (err.rateLimit?.resetAt !== undefined) return Math.max(0, Math.round(err.rateLimit.resetAt - Date.now()));
  return undefined;
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
