// Resolution of the sync's tunables: explicit options first, then BATON_* variables, then defaults.
import { BatonError } from '../errors.js';
import { DEFAULT_EXPANSION_MAX_DEPTH } from '../expand/expander.js';
import { DEFAULT_NOT_FOUND_LIMIT, type NotFoundLimit } from './context.js';

export const EXPAND_MAX_DEPTH_ENV = 'BATON_GRAPH_EXPAND_MAX_DEPTH';

export function resolveMaxDepth(option: number | undefined, env: NodeJS.ProcessEnv = process.env): number {
  if (option !== undefined) {
    if (!Number.isSafeInteger(option) || option < 1) {
      throw new BatonError('invalid-argument', `expansionMaxDepth must be a whole number ≥ 1, got ${option}`);
    }
    return option;
  }
  const raw = env[EXPAND_MAX_DEPTH_ENV];
  if (raw === undefined || raw.trim() === '') return DEFAULT_EXPANSION_MAX_DEPTH;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new BatonError(
      'invalid-argument',
      `${EXPAND_MAX_DEPTH_ENV} must be a whole number ≥ 1, got ${JSON.stringify(raw)}`,
    );
  }
  return value;
}

export function resolveNotFoundLimit(option: Partial<NotFoundLimit> | undefined): NotFoundLimit {
  const limit = { ...DEFAULT_NOT_FOUND_LIMIT, ...option };
  if (!Number.isSafeInteger(limit.count) || limit.count < 0) {
    throw new BatonError('invalid-argument', `notFoundLimit.count must be a whole number ≥ 0, got ${limit.count}`);
  }
  if (!(limit.ratio >= 0 && limit.ratio <= 1)) {
    throw new BatonError('invalid-argument', `notFoundLimit.ratio must be between 0 and 1, got ${limit.ratio}`);
  }
  return limit;
}
