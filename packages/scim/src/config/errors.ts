// ConfigError: every problem of one config file, reported together as `file: path.to.key: message` lines.
import { BatonError } from '@baton-scim/core';

export interface ConfigIssue {
  /** Dotted key path, e.g. `user.primaryEmail` or `group.members.id`; '' for the file as a whole. */
  readonly key: string;
  readonly message: string;
  /** 1-based position in the YAML text, when known. */
  readonly line?: number;
  readonly column?: number;
}

export function formatIssue(file: string, issue: ConfigIssue): string {
  if (issue.key === '') {
    const at = issue.line === undefined ? '' : `:${issue.line}:${issue.column ?? 1}`;
    return `${file}${at}: ${issue.message}`;
  }
  const at = issue.line === undefined ? '' : ` (line ${issue.line})`;
  return `${file}: ${issue.key}: ${issue.message}${at}`;
}

/** Problems shown in the message; a file with thousands of stray keys needs the first ones, not a screenful per key. */
const SHOWN = 100;

function messageOf(file: string, issues: readonly ConfigIssue[]): string {
  const lines = issues.slice(0, SHOWN).map((issue) => formatIssue(file, issue));
  if (issues.length > SHOWN) lines.push(`${file}: ${issues.length - SHOWN} more problem(s) not shown; fix the ones above and check again`);
  return lines.join('\n');
}

/** The config cannot be used; `message` has one line per problem (the first 100), in file order; `issues` has all. */
export class ConfigError extends BatonError {
  readonly file: string;
  readonly issues: readonly ConfigIssue[];

  constructor(file: string, issues: readonly ConfigIssue[], cause?: unknown) {
    super('invalid-argument', messageOf(file, issues), { cause });
    this.name = 'ConfigError';
    this.file = file;
    this.issues = Object.freeze([...issues]);
  }

  /** The message lines, one per problem. */
  get lines(): string[] {
    return this.message.split('\n');
  }
}
