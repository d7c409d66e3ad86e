// Runs one task to completion: picks its handler, logs with its id, and reports the outcome with FinishTask.
import type { Logger } from '@baton-scim/core';
import { BatonError } from '@baton-scim/core';
import { finishTask } from './finish.js';
import type { TaskType } from './pb.js';
import { NonRetryableTaskError, type TaskContext, type TaskResult } from './task-context.js';
import { inTaskScope } from './task-log-scope.js';
import { helloTask } from './tasks/hello-task.js';
import { actionListSchemasTask, listEventFeedsTask } from './tasks/listing-tasks.js';
import { grantTask, revokeTask } from './tasks/provisioning-task.js';
import { syncTask } from './tasks/sync-task.js';

type Handler = (ctx: TaskContext) => Promise<TaskResult>;

const HANDLERS: Partial<Record<TaskType, Handler>> = {
  hello: helloTask,
  syncFull: syncTask,
  grant: grantTask,
  revoke: revokeTask,
  listEventFeeds: listEventFeedsTask,
  actionListSchemas: actionListSchemasTask,
};

/** Task types as the protocol spells them, for logs and errors. */
function wireName(type: TaskType | undefined): string {
  return type ? type.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) : 'unknown';
}

export type RunTaskContext = Omit<TaskContext, 'logger' | 'taskId'> & { logger: Logger & { child(bindings: Record<string, unknown>): Logger } };

export async function runTask(context: RunTaskContext): Promise<void> {
  const type = context.task.taskType ?? undefined;
  const taskId = context.task.id ?? '';
  const bindings = { task_id: taskId, task_type: wireName(type) };
  const logger = context.logger.child(bindings);
  const ctx: TaskContext = { ...context, taskId, logger };
  await inTaskScope(bindings, () => dispatch(ctx, type));
}

async function dispatch(ctx: TaskContext, type: TaskType | undefined): Promise<void> {
  const { logger } = ctx;
  const handler = type ? HANDLERS[type] : undefined;
  if (!handler) {
    // As Go's SDK: UNKNOWN and retryable, so a newer build of the connector may still take the task later.
    logger.warn({}, 'unsupported task type');
    const error = new BatonError('internal', `unsupported task type ${wireName(type)}`);
    await finishTask(ctx.client, ctx.taskId, { error, nonRetryable: false }, false, logger);
    return;
  }
  logger.info({}, 'task started');
  try {
    const result = await handler({ ...ctx, logger });
    logger.info({}, 'task finished');
    if (result.finish !== false) await finishTask(ctx.client, ctx.taskId, result, ctx.signal.aborted, logger);
  } catch (err) {
    const nonRetryable = err instanceof NonRetryableTaskError;
    const error = nonRetryable ? err.error : err;
    const message = error instanceof Error ? error.message : String(error);
    if (ctx.signal.aborted) logger.warn({ error: message }, 'task abandoned: shutting down');
    else logger.error({ error: message, non_retryable: nonRetryable }, 'task failed');
    await finishTask(ctx.client, ctx.taskId, { error, nonRetryable }, ctx.signal.aborted, logger);
  }
}
