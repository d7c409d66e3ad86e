// The grant-expansion action of the engine: one expansion step per commit, its state inside the checkpoint.
import { expansionStep } from '../expand/expander.js';
import type { ExpansionState } from '../expand/state.js';
import { type EngineContext, type StepResult, warn } from './context.js';
import { type Action, replaceTop } from './state.js';

type ExpandGrants = Extract<Action, { op: 'expand-grants' }>;

export function expandStep(ctx: EngineContext, action: ExpandGrants): StepResult {
  if (!ctx.state.needsExpansion) {
    replaceTop(ctx.state, undefined);
    ctx.logger.debug({}, 'no grant is expandable; skipping grant expansion');
    return { page: {} };
  }
  if (!ctx.expansion.enabled) {
    replaceTop(ctx.state, undefined);
    ctx.logger.info({}, 'grant expansion skipped as asked; expandable grants are stored unexpanded');
    return { page: {} };
  }
  const before = created(action.expansion);
  const step = expansionStep(
    {
      reader: ctx.writer,
      savedEntries: (kind) => ctx.writer.savedEntries(kind),
      logger: ctx.logger,
      warn: (message) => warn(ctx, message),
      maxDepth: ctx.expansion.maxDepth,
      pageSize: ctx.expansion.pageSize,
    },
    action.expansion,
  );
  replaceTop(ctx.state, step.state ? { op: 'expand-grants', expansion: step.state } : undefined);
  ctx.state.stats.expandedGrants += step.state ? created(step.state) - before : 0;
  const stage = step.state;
  const page = step.saved ? { grants: step.grants, saved: step.saved } : { grants: step.grants };
  if (stage?.stage !== 'expand') return { page };
  const remaining = stage.roundSize - stage.position;
  if (ctx.progress.due('grant-expansion')) {
    ctx.logger.info({ actions_remaining: remaining, depth: stage.depth }, 'Expanding grants');
  }
  return { page, progress: { done: stage.actionsDone, total: stage.actionsDone + remaining } };
}

function created(state: ExpansionState | undefined): number {
  return state?.stage === 'expand' ? state.grantsCreated : 0;
}
