// Reads the optional .baton.yaml (or $BATON_CONFIG_PATH) whose keys are flag names.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { closestKey } from '@baton-scim/scim';
import { FLAGS } from './flags.js';
import { UsageError } from './usage-error.js';

export interface BatonYaml {
  readonly path: string | undefined;
  readonly values: ReadonlyMap<string, string | boolean>;
}

export function readBatonYaml(env: NodeJS.ProcessEnv, cwd: string): BatonYaml {
  const explicit = env.BATON_CONFIG_PATH;
  const path = explicit ? resolve(cwd, explicit) : resolve(cwd, '.baton.yaml');
  if (explicit && !/\.ya?ml$/i.test(explicit)) {
    throw new UsageError([`BATON_CONFIG_PATH: expected a .yaml or .yml file, got ${explicit}`]);
  }
  if (!existsSync(path)) {
    if (explicit) throw new UsageError([`BATON_CONFIG_PATH: ${path} does not exist`]);
    return { path: undefined, values: new Map() };
  }
  let doc: unknown;
  try {
    // The failsafe schema keeps every scalar a string: `0x1F`, `007` and `.inf` reach a flag as written.
    doc = parse(readFileSync(path, 'utf8'), { schema: 'failsafe' });
  } catch (err) {
    throw new UsageError([`${path}: not valid YAML: ${yamlErrorText(err)}`]);
  }
  if (doc === null || doc === undefined) return { path, values: new Map() };
  if (typeof doc !== 'object' || Array.isArray(doc)) {
    throw new UsageError([`${path}: expected a mapping of flag names to values`]);
  }
  return { path, values: toValues(path, doc as Record<string, unknown>) };
}

/**
 * Where and what the parse error is, without the parser's excerpt of the line: the file may hold a
 * token, and the line shown would print it.
 */
function yamlErrorText(err: unknown): string {
  const e = err as { code?: string; linePos?: ReadonlyArray<{ line: number; col: number }> };
  const at = e.linePos?.[0];
  const where = at ? `line ${at.line}, column ${at.col}` : 'somewhere in the file';
  return `${where}${e.code ? ` (${e.code.toLowerCase().replace(/_/g, ' ')})` : ''}; the line is not shown as it may hold a secret`;
}

function toValues(path: string, doc: Record<string, unknown>): Map<string, string | boolean> {
  const known = new Set(FLAGS.map((f) => f.name));
  const problems: string[] = [];
  const values = new Map<string, string | boolean>();
  for (const [key, value] of Object.entries(doc)) {
    if (!known.has(key)) {
      const near = closestKey(key, [...known]);
      problems.push(`${path}: ${key}: unknown key; ${near === undefined ? 'keys are flag names, e.g. service-provider, file' : `did you mean "${near}"?`}`);
    } else if (typeof value === 'string') {
      values.set(key, value);
    } else {
      problems.push(`${path}: ${key}: expected a string or boolean`);
    }
  }
  if (problems.length > 0) throw new UsageError(problems);
  return values;
}
