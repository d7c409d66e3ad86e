// Puts the current task's id on the connector's own log lines (HTTP retries, rate limits), although one
// connector object serves every task: the task id travels with the async context of the task. A task that
// asked for a debug log also gets every line of its scope, at debug level, copied into that log.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from '@baton-scim/core';

export type TaskBindings = Readonly<Record<string, string>>;

interface TaskScope {
  readonly bindings: TaskBindings;
  /** The task's debug log, when ConductorOne asked for one. */
  readonly debug: Logger | undefined;
}

const scope = new AsyncLocalStorage<TaskScope>();

/** Runs `work` with `bindings` added to every line written through a `taskScopedLogger`. */
export function inTaskScope<T>(bindings: TaskBindings, work: () => Promise<T>): Promise<T> {
  return scope.run({ bindings, debug: undefined }, work);
}

/** Runs `work` in the current task's scope with `debug` receiving a copy of every line. */
export function withDebugLog<T>(debug: Logger, work: () => Promise<T>): Promise<T> {
  const current = scope.getStore();
  return scope.run({ bindings: current?.bindings ?? {}, debug }, work);
}

type Level = keyof Logger;
const LEVELS: readonly Level[] = ['debug', 'info', 'warn', 'error'];

export function taskScopedLogger(logger: Logger): Logger {
  const write = (level: Level) => (obj: Record<string, unknown>, msg: string): void => {
    const current = scope.getStore();
    const line = current ? { ...current.bindings, ...obj } : obj;
    logger[level](line, msg);
    current?.debug?.[level](line, msg);
  };
  return Object.fromEntries(LEVELS.map((l) => [l, write(l)])) as unknown as Logger;
}

/** Writes each line to `main` and to `copy`, as the task's own logger does while a debug log is kept. */
export function teeLogger<L extends Logger>(main: L, copy: Logger | undefined): L {
  if (!copy) return main;
  const tee = Object.create(main) as L;
  const own = tee as Logger;
  for (const level of LEVELS) {
    own[level] = (obj, msg) => {
      main[level](obj, msg);
      copy[level](obj, msg);
    };
  }
  return tee;
}
