// The hello task: say Hello again, answering the task by its id.
import type { TaskContext, TaskResult } from '../task-context.js';

export async function helloTask(ctx: TaskContext): Promise<TaskResult> {
  await ctx.client.hello({ ...ctx.hello, hostId: ctx.client.hostId, taskId: ctx.taskId }, { signal: ctx.signal });
  return {};
}
