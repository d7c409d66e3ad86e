// The one jsonpath-plus instance every general (non-plain) config path is evaluated with.
import { JSONPath } from 'jsonpath-plus';

/** A node of the jsep syntax tree that jsonpath-plus's safe evaluator runs. */
export interface ScriptNode {
  readonly type: string;
  readonly [field: string]: unknown;
}

interface SafeScriptClass {
  new (code: string): { readonly ast: ScriptNode };
}

// Reused on purpose: constructing per call is ~10x slower (results come back through a thrown object).
// ignoreEvalErrors: a filter that trips over a malformed element (null, a number) must just not match it.
const engine = JSONPath({
  autostart: false,
  wrap: true,
  eval: 'safe',
  ignoreEvalErrors: true,
  json: {},
  path: '$',
});

const safeScript = (JSONPath as unknown as { prototype: { safeVm: { Script: SafeScriptClass } } }).prototype.safeVm
  .Script;

/** Parses an expression with the same parser the safe evaluator uses; throws on a syntax error. */
export function parseSafeScript(code: string): ScriptNode {
  return new safeScript(code).ast;
}

/** How jsonpath-plus splits a path; compared with our own parse so both read it the same way. */
export function enginePathArray(normalised: string): string[] {
  return JSONPath.toPathArray(normalised);
}

/** Every match of a validated, normalised path in `json`. */
export function evaluateAll(normalised: string, json: object): unknown[] {
  const result: unknown = engine.evaluate(normalised, json, undefined, undefined);
  return Array.isArray(result) ? (result as unknown[]) : [];
}
