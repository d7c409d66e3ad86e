// Turns zod validation issues into config issues that name the key and say what to write instead.
import type { z } from 'zod';
import { closestKey } from './closest-key.js';
import { keysOf, nestedKeyHome, schemaAt } from './schema-shape.js';

export interface KeyedIssue {
  /** The path of the offending key in the YAML. */
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  object: 'a mapping',
  array: 'a list',
  string: 'a string',
  boolean: 'true or false',
  number: 'a number',
  int: 'an integer',
};

/** Keys that read unambiguously after a dot; any other key (empty, dotted, spaced) is written quoted in brackets. */
const PLAIN_KEY = /^[\w$-]+$/;

export function keyPath(path: readonly PropertyKey[]): string {
  return path
    .map((step, i) => {
      if (typeof step === 'number') return `[${step}]`;
      const key = String(step);
      if (!PLAIN_KEY.test(key)) return `[${JSON.stringify(key)}]`;
      return i === 0 ? key : `.${key}`;
    })
    .join('');
}

// Long strings are not echoed: a token pasted into the wrong key must not reach logs.
const MAX_ECHO = 24;

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string' && value.length > MAX_ECHO) return `a string of ${value.length} characters`;
  return `${typeof value} ${JSON.stringify(value)}`;
}

export function toKeyedIssues(issue: z.core.$ZodIssue, schema: z.ZodType): KeyedIssue[] {
  const path = issue.path;
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...path, key], message: unknownKeyMessage(schema, path, key) }));
    case 'invalid_type': {
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return [{ path, message: `missing required key (${expected})` }];
      return [{ path, message: `expected ${expected}, got ${describeValue(issue.input)}` }];
    }
    case 'invalid_value':
      return [{ path, message: enumMessage(issue.values, issue.input) }];
    case 'invalid_union':
      return [{ path, message: `has an unsupported form (got ${describeValue(issue.input)}); see the config schema` }];
    case 'invalid_key':
      return issue.issues.map((inner) => ({ path, message: `key ${JSON.stringify(issue.input)} ${inner.message}` }));
    case 'too_small':
      return [{ path, message: sizeMessage('at least', issue.origin, issue.minimum, issue.input) }];
    case 'too_big':
      return [{ path, message: sizeMessage('at most', issue.origin, issue.maximum, issue.input) }];
    // The value of a malformed string is not echoed: a URL may still carry credentials.
    case 'invalid_format':
    default:
      return [{ path, message: issue.message }];
  }
}

function unknownKeyMessage(schema: z.ZodType, parent: readonly PropertyKey[], key: string): string {
  const here = schemaAt(schema, parent);
  const valid = keysOf(here);
  const close = closestKey(key, valid);
  if (close !== undefined) return `unknown key; did you mean "${close}"?`;
  const home = nestedKeyHome(here, key);
  if (home !== undefined) return `unknown key here; it belongs under "${parent.length ? `${keyPath(parent)}.` : ''}${home}"`;
  return `unknown key; valid keys here: ${valid.join(', ')}`;
}

function sizeMessage(bound: string, origin: string, limit: number | bigint, input: unknown): string {
  if (origin === 'string') {
    return limit === 1 && bound === 'at least' ? 'must not be empty' : `must be ${bound} ${limit} characters long`;
  }
  if (origin === 'array') return `must list ${bound} ${limit} item(s)`;
  return `must be ${bound} ${limit} (got ${describeValue(input)})`;
}

function enumMessage(values: readonly unknown[], input: unknown): string {
  const options = values.map((v) => JSON.stringify(v)).join(', ');
  if (input === undefined) return `missing required key: set it to one of ${options}`;
  const close = typeof input === 'string' ? closestKey(input, values.map(String)) : undefined;
  const hint = close !== undefined ? `; did you mean "${close}"?` : '';
  return `must be one of ${options} (got ${describeValue(input)})${hint}`;
}
