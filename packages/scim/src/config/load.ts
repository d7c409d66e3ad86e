// Loads a SCIM provider config: YAML → schema → compiled JSONPaths, reporting every problem at once.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { BatonError } from '@baton-scim/core';
import type { z } from 'zod';
import { ConfigError, type ConfigIssue } from './errors.js';
import { keyPath, toKeyedIssues } from './issues.js';
import { normaliseConfig } from './normalise.js';
import { scimConfigSchema } from './schema.js';
import type { ScimConfig } from './types.js';
import { locate, parseYaml, type YamlSource } from './yaml-source.js';

export interface LoadOptions {
  /** Names the config in errors, e.g. the path given to --scim-config or `slack/provider.yaml`. */
  readonly file: string;
}

/**
 * A provider config is a few KB. The cap keeps the synchronous parse of a hostile or mistaken file
 * (a data dump passed as --scim-config) around a second, so the process stays responsive to signals.
 */
export const MAX_CONFIG_CHARS = 1024 * 1024;

/** Parses and validates YAML text; throws one ConfigError listing every problem. */
export function loadScimConfig(text: string, { file }: LoadOptions): ScimConfig {
  if (text.length > MAX_CONFIG_CHARS) {
    const kib = Math.ceil(text.length / 1024);
    const message = `the file is ${kib} KiB; a SCIM provider config is at most 1024 KiB. Check that the right file was given`;
    throw new ConfigError(file, [{ key: '', message }]);
  }
  const { source, problems } = parseYaml(text);
  if (problems.length > 0) throw new ConfigError(file, problems);
  const data = toPlainData(source, file);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const message = 'the config must be a YAML mapping with apiEndpoint, hasScimHeader, auth, user, group and pagination';
    throw new ConfigError(file, [{ key: '', message }]);
  }
  const parsed = scimConfigSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) throw new ConfigError(file, schemaIssues(parsed.error.issues, source));
  return normaliseConfig(parsed.data, file);
}

/** Reads and loads a config file; a path or a file: URL (as providers pass `new URL('../provider.yaml', …)`). */
export async function loadScimConfigFile(path: string | URL): Promise<ScimConfig> {
  const file = typeof path === 'string' ? path : fileURLToPath(path);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unknown error';
    const message = `${file}: cannot read the SCIM config (${code}); check the path given to --scim-config`;
    throw new BatonError('invalid-argument', message, { cause: err });
  }
  return loadScimConfig(text, { file });
}

// Aliases are capped so a small file cannot expand into a huge one (the "billion laughs" pattern).
function toPlainData(source: YamlSource, file: string): unknown {
  try {
    return source.doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new ConfigError(file, [{ key: '', message: `YAML cannot be read: ${detail}` }], err);
  }
}

function schemaIssues(issues: readonly z.core.$ZodIssue[], source: YamlSource): ConfigIssue[] {
  const keyed = issues.flatMap((issue) => toKeyedIssues(issue, scimConfigSchema));
  const located = keyed.map((issue): ConfigIssue => {
    const at = locate(source, issue.path);
    return { key: keyPath(issue.path), message: issue.message, ...(at && { line: at.line, column: at.column }) };
  });
  return located.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || a.key.localeCompare(b.key));
}
