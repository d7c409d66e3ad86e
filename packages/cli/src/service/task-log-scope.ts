// Puts the current task's id on the connector's own log lines (HTTP retries, rate limits), although one
// connector object serves every task: the task id travels with the async context of the task.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from '@baton-scim/core';

export type TaskBindings = Readonly<Record<string, string>>;

const scope = new AsyncLocalStorage<TaskBindings>();

/** Runs `work` with `bindings` added to every line written through a `taskScopedLogger`. */
export function inTaskScope<T>(bindings: TaskBindings, work: () => Promise<T>): Promise<T> {
  return scope.run(bindings, work);
}

export function taskScopedLogger(logger: Logger): Logger {
  const withTask = (obj: Record<string, unknown>): Record<string, unknown> => {
    const bindings = scope.getStore();
    return bindings ? { ...bindings, ...obj } : obj;
  };
  return {
    debug: (obj, msg) => logger.debug(withTask(obj), msg),
    info: (obj, msg) => logger.info(withTask(obj), msg),
    warn: (obj, msg) => logger.warn(withTask(obj), msg),
    error: (obj, msg) => logger.error(withTask(obj), msg),
  };
}
