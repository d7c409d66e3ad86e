// Merges flags, BATON_* variables, .baton.yaml and defaults, in that order of precedence.
import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { readBatonYaml } from './baton-yaml.js';
import { envName, FLAGS, type FlagSpec } from './flags.js';
import { UsageError } from './usage-error.js';

export type Source = 'cli' | 'env' | 'file' | 'default';

export interface ResolvedFlags {
  get(name: string): string | boolean | undefined;
  string(name: string): string | undefined;
  bool(name: string): boolean;
  /** A path flag resolved against the working directory. */
  path(name: string): string | undefined;
  source(name: string): Source | undefined;
  readonly configFile: string | undefined;
}

/** `cliValues` holds only the flags given on the command line (keyed by flag name). */
export function resolveFlags(
  cliValues: ReadonlyMap<string, string | boolean>,
  env: NodeJS.ProcessEnv,
  cwd: string,
): ResolvedFlags {
  const file = readBatonYaml(env, cwd);
  const values = new Map<string, string | boolean>();
  const sources = new Map<string, Source>();
  const problems: string[] = [];
  for (const flag of FLAGS) {
    const picked = pick(flag, cliValues, env, file.values, problems);
    if (picked) {
      values.set(flag.name, picked.value);
      sources.set(flag.name, picked.source);
    }
  }
  readSecretFiles(values, sources, cwd, problems);
  if (problems.length > 0) throw new UsageError(problems);
  return {
    get: (name) => values.get(name),
    string: (name) => {
      const v = values.get(name);
      return typeof v === 'string' && v !== '' ? v : undefined;
    },
    bool: (name) => values.get(name) === true,
    path: (name) => {
      const v = values.get(name);
      return typeof v === 'string' && v !== '' ? resolvePath(cwd, v) : undefined;
    },
    source: (name) => sources.get(name),
    configFile: file.path,
  };
}

const RANK: Record<Source, number> = { cli: 3, env: 2, file: 1, default: 0 };

/**
 * Replaces each `--<secret>-file` by the secret it names, read from the file (one trailing newline
 * dropped). The one given with higher precedence wins; both at the same level is a mistake. Messages name
 * the flag and the path, never what the file holds.
 */
function readSecretFiles(values: Map<string, string | boolean>, sources: Map<string, Source>, cwd: string, problems: string[]): void {
  for (const flag of FLAGS) {
    const secret = flag.fileFor;
    const path = values.get(flag.name);
    if (secret === undefined || typeof path !== 'string' || path === '') continue;
    const fileSource = sources.get(flag.name) ?? 'default';
    const direct = sources.get(secret);
    values.delete(flag.name);
    if (direct !== undefined && RANK[direct] > RANK[fileSource]) continue;
    if (direct !== undefined && RANK[direct] === RANK[fileSource]) {
      problems.push(`--${secret} and --${flag.name} are both given (${fileSource === 'cli' ? 'on the command line' : fileSource === 'env' ? `as ${envName(secret)} and ${envName(flag.name)}` : 'in .baton.yaml'}); give one`);
      continue;
    }
    let text: string;
    try {
      text = readFileSync(resolvePath(cwd, path), 'utf8');
    } catch (err) {
      problems.push(`--${flag.name}: cannot read ${resolvePath(cwd, path)} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
      continue;
    }
    const value = text.replace(/\r?\n$/, '');
    if (value.trim() === '') {
      problems.push(`--${flag.name}: ${resolvePath(cwd, path)} is empty; it should hold the value of --${secret}`);
      continue;
    }
    values.set(secret, value);
    sources.set(secret, fileSource);
  }
}

function pick(
  flag: FlagSpec,
  cli: ReadonlyMap<string, string | boolean>,
  env: NodeJS.ProcessEnv,
  file: ReadonlyMap<string, string | boolean>,
  problems: string[],
): { value: string | boolean; source: Source } | undefined {
  const fromCli = cli.get(flag.name);
  if (fromCli !== undefined) return { value: fromCli, source: 'cli' };
  const variable = envName(flag.name);
  const fromEnv = env[variable];
  if (fromEnv !== undefined && fromEnv !== '') {
    return { value: coerce(flag, fromEnv, variable, problems), source: 'env' };
  }
  const fromFile = file.get(flag.name);
  if (fromFile !== undefined) {
    const value = typeof fromFile === 'string' ? coerce(flag, fromFile, `.baton.yaml ${flag.name}`, problems) : fromFile;
    return { value, source: 'file' };
  }
  if (flag.defaultValue !== undefined) return { value: flag.defaultValue, source: 'default' };
  return undefined;
}

function coerce(flag: FlagSpec, raw: string, where: string, problems: string[]): string | boolean {
  if (flag.kind === 'string') return raw;
  const v = raw.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(v)) return true;
  if (['false', '0', 'no', 'off'].includes(v)) return false;
  problems.push(`${where}: expected true or false, got "${raw}"`);
  return false;
}
