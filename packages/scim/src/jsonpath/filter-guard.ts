// Checks filter and script expressions before jsonpath-plus ever runs them against SCIM data.
import { parseSafeScript, type ScriptNode } from './engine.js';
import { forbiddenNameReason } from './names.js';

// The sandbox names jsonpath-plus substitutes for @, @root, @parent, … before it parses a script.
const SANDBOX_NAMES: ReadonlySet<string> = new Set([
  '_$_v',
  '_$_root',
  '_$_parent',
  '_$_parentProperty',
  '_$_property',
  '_$_path',
]);

// String and array methods that cannot build a regular expression, so cannot hang on crafted data.
const ALLOWED_METHODS: ReadonlySet<string> = new Set([
  'startsWith',
  'endsWith',
  'includes',
  'indexOf',
  'toLowerCase',
  'toUpperCase',
  'trim',
]);

const NODE_WORDS: Readonly<Record<string, string>> = {
  AssignmentExpression: 'assignments are',
  Compound: 'several expressions separated by ";" are',
};

// jsonpath-plus treats a filter matching this as a nested filter and never evaluates it as written.
const NESTED_FILTER = /@.?([^?]*)[['](\??\(.*?\))(?!.\)\])[\]']/u;

/** Returns why the expression is refused, or undefined when it is safe to run. */
export function filterProblem(expr: string, kind: 'filter' | 'script'): string | undefined {
  if (NESTED_FILTER.test(expr)) {
    return 'nested filters, and parentheses inside quoted filter values, are not supported';
  }
  const code = sandboxCode(kind === 'filter' ? expr : `(${expr})`);
  let ast: ScriptNode;
  try {
    ast = parseSafeScript(code);
  } catch (err) {
    // jsep counts characters of the rewritten script, which would mislead; name the expression instead.
    const detail = (err instanceof Error ? err.message : String(err)).replace(/ at character \d+$/, '');
    return `filter expression ${JSON.stringify(expr)} does not parse: ${detail}`;
  }
  return nodeProblem(ast);
}

/** The rewrite jsonpath-plus applies to a script before parsing it (see its `_eval`). */
function sandboxCode(code: string): string {
  return code
    .replaceAll('@parentProperty', '_$_parentProperty')
    .replaceAll('@parent', '_$_parent')
    .replaceAll('@property', '_$_property')
    .replaceAll('@root', '_$_root')
    .replaceAll(/@([.\s)[])/gu, '_$_v$1')
    .replaceAll('@path', '_$_path');
}

function nodeProblem(node: ScriptNode): string | undefined {
  switch (node.type) {
    case 'Literal':
      return node.value instanceof RegExp
        ? 'regular expressions are not allowed in filters (a crafted value could hang the sync)'
        : undefined;
    case 'Identifier':
      return SANDBOX_NAMES.has(String(node.name))
        ? undefined
        : `unknown name "${String(node.name)}" in filter; refer to the current element as @`;
    case 'MemberExpression':
      return memberProblem(node);
    case 'CallExpression':
      return callProblem(node);
    case 'BinaryExpression':
    case 'LogicalExpression':
      return firstProblem([node.left, node.right]);
    case 'UnaryExpression':
      return firstProblem([node.argument]);
    case 'ConditionalExpression':
      return firstProblem([node.test, node.consequent, node.alternate]);
    case 'ArrayExpression':
      return firstProblem(asNodes(node.elements));
    default:
      return `${NODE_WORDS[node.type] ?? `${node.type} is`} not allowed in filters; use comparisons such as @.primary == true`;
  }
}

function memberProblem(node: ScriptNode): string | undefined {
  const name = propertyName(node);
  if (name === undefined) return 'computed property names in filters must be literal strings or numbers';
  return forbiddenNameReason(name) ?? firstProblem([node.object]);
}

function callProblem(node: ScriptNode): string | undefined {
  const callee = asNode(node.callee);
  const refusal = `only these methods may be called in filters: ${[...ALLOWED_METHODS].join(', ')}`;
  if (callee?.type !== 'MemberExpression') return refusal;
  const inner = firstProblem([callee.object, ...asNodes(node.arguments)]);
  if (inner) return inner;
  const method = propertyName(callee);
  return method !== undefined && ALLOWED_METHODS.has(method) ? undefined : refusal;
}

function propertyName(member: ScriptNode): string | undefined {
  const prop = asNode(member.property);
  if (!prop) return undefined;
  if (member.computed !== true) return prop.type === 'Identifier' ? String(prop.name) : undefined;
  const value = prop.type === 'Literal' ? prop.value : undefined;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

function firstProblem(children: readonly unknown[]): string | undefined {
  for (const child of children) {
    const node = asNode(child);
    if (!node) return 'malformed filter expression';
    const problem = nodeProblem(node);
    if (problem) return problem;
  }
  return undefined;
}

function asNodes(value: unknown): unknown[] {
  return Array.isArray(value) ? (value as unknown[]) : [];
}

function asNode(value: unknown): ScriptNode | undefined {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
    ? (value as ScriptNode)
    : undefined;
}
