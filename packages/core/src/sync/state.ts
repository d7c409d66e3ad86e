// The resumable sync state: a versioned action stack serialised into every commit's checkpoint.
import { BatonError } from '../errors.js';
import type { ExpansionState } from '../expand/state.js';

export const CHECKPOINT_VERSION = 1;

/** A compact resource id as it travels in the checkpoint. */
export interface ResourceRef {
  readonly t: string;
  readonly r: string;
}

/** One resource of a fan-out being worked on, with the page token of its next request. */
export interface CurrentResource {
  readonly rowId: number;
  readonly id: ResourceRef;
  readonly token: string;
}

export type Action =
  | { readonly op: 'init' }
  | { readonly op: 'list-resource-types' }
  | {
      readonly op: 'list-resources';
      readonly type?: string;
      readonly parent?: ResourceRef;
      readonly token: string;
      /** Resources this listing stored so far (progress only; absent in checkpoints of older versions). */
      readonly stored?: number;
    }
  | {
      readonly op: 'list-entitlements' | 'list-grants';
      readonly type?: string;
      /** Rowid of the last stored resource of `type` already handled. */
      readonly after: number;
      readonly done: number;
      /** Resources of `type`, counted once when the listing of the type begins. */
      readonly total?: number;
      readonly current?: CurrentResource;
    }
  | { readonly op: 'expand-grants'; readonly expansion?: ExpansionState };

export type ActionOp = Action['op'];

export interface SyncStats {
  /** Per-resource actions finished in the entitlement and grant phases (the not-found ratio's base). */
  actions: number;
  notFound: number;
  retried: number;
  /** Grants created by grant expansion. */
  expandedGrants: number;
  warningCount: number;
  /** The first warnings, for the summary; the count above keeps going. */
  warnings: string[];
}

export interface SyncState {
  readonly v: typeof CHECKPOINT_VERSION;
  /** Bottom first; the last element is the action being worked on. */
  stack: Action[];
  needsExpansion: boolean;
  stats: SyncStats;
}

export const MAX_KEPT_WARNINGS = 50;

export function initialState(stack: Action[] = [{ op: 'init' }], needsExpansion = false): SyncState {
  return {
    v: CHECKPOINT_VERSION,
    stack,
    needsExpansion,
    stats: { actions: 0, notFound: 0, retried: 0, expandedGrants: 0, warningCount: 0, warnings: [] },
  };
}

export function encodeState(state: SyncState): string {
  return JSON.stringify(state);
}

/** undefined when `text` is not a checkpoint this code wrote (empty, foreign or another version). */
export function tryDecodeState(text: string): SyncState | undefined {
  if (text === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    if (err instanceof SyntaxError) return undefined;
    throw err;
  }
  if (!isStateShape(parsed)) return undefined;
  return parsed;
}

/** Decodes a checkpoint that must be ours: anything else is a clear error naming the file and sync. */
export function decodeState(text: string, where: { file: string; syncId: string }): SyncState {
  if (text === '') return initialState();
  const state = tryDecodeState(text);
  if (state) return state;
  throw new BatonError(
    'failed-precondition',
    `${where.file}: cannot resume the unfinished sync ${where.syncId}: its checkpoint was not written by this ` +
      `version of baton-scim (expected JSON with "v": ${CHECKPOINT_VERSION}). Move the file away to start a fresh sync.`,
  );
}

function isStateShape(value: unknown): value is SyncState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof SyncState, unknown>>;
  return (
    v.v === CHECKPOINT_VERSION &&
    Array.isArray(v.stack) &&
    typeof v.needsExpansion === 'boolean' &&
    typeof v.stats === 'object' &&
    v.stats !== null
  );
}

export function topAction(state: SyncState): Action | undefined {
  return state.stack[state.stack.length - 1];
}

/** Replaces the top action (next page) or removes it (`undefined`: the action is finished). */
export function replaceTop(state: SyncState, next: Action | undefined): void {
  state.stack.pop();
  if (next) state.stack.push(next);
}

/** Pushes actions so that they run in the order given (the first ends up on top). */
export function pushInOrder(state: SyncState, actions: readonly Action[]): void {
  for (let i = actions.length - 1; i >= 0; i--) state.stack.push(actions[i] as Action);
}

export function addWarning(state: SyncState, message: string): void {
  state.stats.warningCount++;
  if (state.stats.warnings.length < MAX_KEPT_WARNINGS) state.stats.warnings.push(message);
}
