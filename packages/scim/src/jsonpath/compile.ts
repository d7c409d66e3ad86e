// Compiles a config JSONPath once: plain paths become a direct accessor, the rest run on jsonpath-plus.
import { BatonError } from '@baton-scim/core';
import { enginePathArray, evaluateAll } from './engine.js';
import { JsonPathError } from './errors.js';
import { filterProblem } from './filter-guard.js';
import { engineNameReason, forbiddenNameReason } from './names.js';
import { parsePath, PathSyntaxError, type Segment } from './parse.js';

export interface CompiledPath {
  /** The path as written in the config. */
  readonly source: string;
  /** The path with its root made explicit (`$.…`). */
  readonly normalised: string;
  /** True when the path is plain names and indexes, read without jsonpath-plus. */
  readonly plain: boolean;
  /** The first match, or undefined when nothing matches. */
  first(json: unknown): unknown;
  /** Every match, in document order; [] when nothing matches. */
  all(json: unknown): unknown[];
}

export interface CompileOptions {
  /** The config key holding the path, named in every error (e.g. `user.primaryEmail`). */
  readonly key: string;
}

export function compilePath(source: string, { key }: CompileOptions): CompiledPath {
  if (source.trim() === '') throw new JsonPathError(key, source, 'the path is empty');
  if (source !== source.trim()) throw new JsonPathError(key, source, 'the path has leading or trailing spaces');
  const { normalised, segments } = parseOrThrow(source, key);
  for (const segment of segments) {
    const reason = segment.kind === 'name' ? forbiddenNameReason(segment.name) : undefined;
    if (reason) throw new JsonPathError(key, source, reason);
  }
  const steps = plainSteps(segments);
  if (steps) return plainPath(source, normalised, steps);
  checkGeneral(source, key, normalised, segments);
  return generalPath(source, key, normalised);
}

function parseOrThrow(source: string, key: string): ReturnType<typeof parsePath> {
  try {
    return parsePath(source);
  } catch (err) {
    if (err instanceof PathSyntaxError) throw new JsonPathError(key, source, err.message);
    throw err;
  }
}

function plainSteps(segments: readonly Segment[]): (string | number)[] | undefined {
  const steps: (string | number)[] = [];
  for (const s of segments) {
    if (s.kind === 'name') steps.push(s.name);
    else if (s.kind === 'index') steps.push(s.index);
    else return undefined;
  }
  return steps;
}

function plainPath(source: string, normalised: string, steps: readonly (string | number)[]): CompiledPath {
  const first = (json: unknown): unknown => {
    let current = json;
    for (const step of steps) {
      // Own properties only: a SCIM object must never lead us onto its prototype chain.
      if (typeof current !== 'object' || current === null || !Object.hasOwn(current, step)) return undefined;
      current = (current as Record<string | number, unknown>)[step];
    }
    return current;
  };
  const all = (json: unknown): unknown[] => {
    const value = first(json);
    return value === undefined ? [] : [value];
  };
  return Object.freeze({ source, normalised, plain: true, first, all });
}

/** Refuses what jsonpath-plus would misread or could be abused through. */
function checkGeneral(source: string, key: string, normalised: string, segments: readonly Segment[]): void {
  for (const s of segments) {
    const problem =
      s.kind === 'filter' || s.kind === 'script'
        ? filterProblem(s.expr, s.kind)
        : s.kind === 'name' && s.quoted
          ? engineNameReason(s.name)
          : undefined;
    if (problem) throw new JsonPathError(key, source, problem);
  }
  const expected = ['$', ...segments.map(engineToken)];
  const actual = enginePathArray(normalised);
  if (expected.length !== actual.length || expected.some((token, i) => token !== actual[i])) {
    throw new JsonPathError(key, source, `the JSONPath engine would read it as [${actual.join(' | ')}]; simplify it`);
  }
}

function engineToken(segment: Segment): string {
  switch (segment.kind) {
    case 'name':
      return segment.name;
    case 'index':
      return String(segment.index);
    case 'wildcard':
      return '*';
    case 'descend':
      return '..';
    case 'slice':
      return segment.raw;
    case 'filter':
      return `?(${segment.expr})`;
    case 'script':
      return `(${segment.expr})`;
  }
}

function generalPath(source: string, key: string, normalised: string): CompiledPath {
  const all = (json: unknown): unknown[] => {
    if (typeof json !== 'object' || json === null) return [];
    try {
      return evaluateAll(normalised, json);
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      throw new BatonError('invalid-data', `${key}: evaluating JSONPath ${JSON.stringify(source)} failed: ${detail}`, {
        cause: err,
      });
    }
  };
  return Object.freeze({ source, normalised, plain: false, first: (json: unknown) => all(json)[0], all });
}
