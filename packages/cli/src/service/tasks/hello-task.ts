// The hello task: say Hello again, answering the task by its id. The Hello is the answer: like Go's SDK, the
// task is not also finished with FinishTask.
import type { TaskContext, TaskResult } from '../task-context.js';

export async function helloTask(ctx: TaskContext): Promise<TaskResult> {
  await ctx.client.hello({ ...ctx.hello, hostId: ctx.client.hostId, taskId: ctx.taskId }, { signal: ctx.signal });
  return { finish: false };
}
