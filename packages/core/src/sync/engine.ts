// The engine loop: take the top action, run one step, commit its rows together with the new state.
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { BatonError, errorCode } from '../errors.js';
import type { EngineContext, StepResult } from './context.js';
import { expandStep } from './expand-step.js';
import { perResourceStep } from './per-resource-steps.js';
import type { SyncPhase } from './progress.js';
import { listResources, planSync, storeResourceTypes } from './resource-steps.js';
import { messageOf } from './retry.js';
import { type Action, encodeState, topAction } from './state.js';

const PHASE: Record<Action['op'], SyncPhase | undefined> = {
  init: undefined,
  'list-resource-types': 'resource-types',
  'list-resources': 'resources',
  'list-entitlements': 'entitlements',
  'list-grants': 'grants',
  'expand-grants': 'grant-expansion',
};

/** Runs until the stack is empty. Every step is one durable commit, so a kill loses at most one page. */
export async function runEngine(ctx: EngineContext): Promise<void> {
  for (let action = topAction(ctx.state); action; action = topAction(ctx.state)) {
    // A step may finish without real I/O (answers from memory, expansion): without this yield a signal
    // handler would never run and Ctrl-C would be seen only after the whole phase.
    await yieldToLoop();
    if (ctx.signal.aborted) throw cancelled(ctx, action);
    const skipsExpansion = action.op === 'expand-grants' && (!ctx.state.needsExpansion || !ctx.expansion.enabled);
    enterPhase(ctx, skipsExpansion ? undefined : PHASE[action.op]);
    let result: StepResult;
    try {
      result = await step(ctx, action);
      ctx.writer.commit(result.page, encodeState(ctx.state));
    } catch (err) {
      throw stepFailure(ctx, err, topAction(ctx.state) ?? action);
    }
    if (result.failure) throw stepFailure(ctx, result.failure.error, result.failure.at);
    if (result.progress) ctx.progress.report(result.progress);
  }
  enterPhase(ctx, undefined);
}

function stepFailure(ctx: EngineContext, err: unknown, at: Action): BatonError {
  if (ctx.signal.aborted || errorCode(err) === 'cancelled') return cancelled(ctx, at, err);
  return new BatonError(errorCode(err), `sync aborted while ${describeAction(at)}: ${messageOf(err)}`, { cause: err });
}

function step(ctx: EngineContext, action: Action): Promise<StepResult> | StepResult {
  switch (action.op) {
    case 'init':
      return planSync(ctx);
    case 'list-resource-types':
      return storeResourceTypes(ctx);
    case 'list-resources':
      return listResources(ctx, action);
    case 'list-entitlements':
    case 'list-grants':
      return perResourceStep(ctx, action);
    case 'expand-grants':
      return expandStep(ctx, action);
  }
}

function enterPhase(ctx: EngineContext, phase: SyncPhase | undefined): void {
  const current = ctx.progress.current;
  if (phase === current || (phase === undefined && current === undefined)) return;
  if (current) ctx.progress.end(phaseCount(ctx, current));
  if (phase) ctx.progress.start(phase);
}

function phaseCount(ctx: EngineContext, phase: SyncPhase): number {
  switch (phase) {
    case 'resource-types':
      return ctx.writer.count('resource_types');
    case 'resources':
      return ctx.writer.count('resources');
    case 'entitlements':
      return ctx.writer.count('entitlements');
    case 'grants':
      return ctx.writer.count('grants');
    case 'grant-expansion':
      return ctx.state.stats.expandedGrants;
  }
}

function cancelled(ctx: EngineContext, action: Action, cause?: unknown): BatonError {
  return new BatonError(
    'cancelled',
    `sync ${ctx.writer.syncId} cancelled while ${describeAction(action)}; its progress is kept and the next sync ` +
      `of ${ctx.file} resumes it`,
    cause === undefined ? {} : { cause },
  );
}

export function describeAction(action: Action): string {
  switch (action.op) {
    case 'init':
      return 'planning the sync';
    case 'list-resource-types':
      return 'storing resource types';
    case 'list-resources': {
      if (action.type === undefined) return 'planning resource listings';
      const parent = action.parent ? ` under ${action.parent.t}:${action.parent.r}` : '';
      return `listing resources of type "${action.type}"${parent}`;
    }
    case 'list-entitlements':
    case 'list-grants': {
      const what = action.op === 'list-grants' ? 'grants' : 'entitlements';
      if (action.type === undefined) return `planning ${what} listings`;
      const of = action.current ? `resource ${action.current.id.t}:${action.current.id.r}` : 'resources';
      return `listing ${what} of ${of} (resource type "${action.type}")`;
    }
    case 'expand-grants':
      return 'expanding grants';
  }
}
