// Evaluates parsed SCIM filters against resources with RFC 7643 case rules.
import { isList, isRecord } from '../scim-types.js';
import { getAttr, isCaseExact, parseAttrPath, resolveValues, type AttrPath } from './attr-path.js';
import { parseFilter, type CompareOp, type FilterNode, type Literal } from './filter-parse.js';

export function matchesFilter(resource: Record<string, unknown>, node: FilterNode, parent?: string): boolean {
  switch (node.op) {
    case 'and':
      return matchesFilter(resource, node.left, parent) && matchesFilter(resource, node.right, parent);
    case 'or':
      return matchesFilter(resource, node.left, parent) || matchesFilter(resource, node.right, parent);
    case 'not':
      return !matchesFilter(resource, node.expr, parent);
    case 'pr':
      return resolveValues(resource, parseAttrPath(node.path)).some(isPresent);
    case 'valuePath':
      return elementsMatching(resource, node.path, node.filter).length > 0;
    default: {
      const path = parseAttrPath(node.path);
      const exact = isCaseExact(path, parent);
      const values = resolveValues(resource, path).map(unwrap);
      // `ne` holds when no value equals, which also covers an absent attribute.
      if (node.op === 'ne') return !values.some((v) => compare(v, 'eq', node.value, exact));
      return values.some((v) => compare(v, node.op, node.value, exact));
    }
  }
}

/** The elements of a multi-valued attribute that satisfy a value filter, e.g. `members[value eq "x"]`. */
export function elementsMatching(resource: Record<string, unknown>, pathText: string, filter: FilterNode): Record<string, unknown>[] {
  const path: AttrPath = parseAttrPath(pathText);
  const holder = path.urn === undefined ? resource : getAttr(resource, path.urn);
  const value = getAttr(holder, path.attr);
  const elements = isList(value) ? value : [value];
  return elements.filter(isRecord).filter((el) => matchesFilter(el, filter, path.attr));
}

export function compileFilter(text: string): (resource: Record<string, unknown>) => boolean {
  const node = parseFilter(text);
  return (resource) => matchesFilter(resource, node);
}

function isPresent(v: unknown): boolean {
  if (v === null || v === '') return false;
  return !(isList(v) && v.length === 0);
}

/** A multi-valued complex attribute compared without a sub-attribute compares its `value`. */
function unwrap(v: unknown): unknown {
  return isRecord(v) && 'value' in v ? v['value'] : v;
}

function compare(actual: unknown, op: CompareOp, expected: Literal, exact: boolean): boolean {
  if (typeof actual === 'string' && typeof expected === 'string') {
    const a = exact ? actual : actual.toLowerCase();
    const e = exact ? expected : expected.toLowerCase();
    return compareOrdered(a, e, op) ?? (op === 'co' ? a.includes(e) : op === 'sw' ? a.startsWith(e) : a.endsWith(e));
  }
  if (typeof actual === 'number' && typeof expected === 'number') return compareOrdered(actual, expected, op) ?? false;
  if (op === 'eq') return actual === expected;
  if (op === 'ne') return actual !== expected;
  return false;
}

function compareOrdered<T extends string | number>(a: T, e: T, op: CompareOp): boolean | undefined {
  switch (op) {
    case 'eq':
      return a === e;
    case 'ne':
      return a !== e;
    case 'gt':
      return a > e;
    case 'ge':
      return a >= e;
    case 'lt':
      return a < e;
    case 'le':
      return a <= e;
    default:
      return undefined;
  }
}
