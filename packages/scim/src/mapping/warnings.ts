// Collects mapping problems per kind, so a sync logs one line per kind with a count, not one per record.
import type { Logger } from '@baton-scim/core';
import { cutText } from './values.js';

const MESSAGES = {
  'user-without-id': 'users without an id were skipped',
  'user-bad-id': 'users with an unusable id (over 1024 bytes or invalid Unicode) were skipped',
  'user-without-username': 'users have no userName; the login is left empty',
  'user-without-first-name': 'users have no first name',
  'user-without-last-name': 'users have no last name',
  'user-without-email': 'users have no email address',
  'user-without-active': 'users have no active flag; they are reported enabled',
  'user-unrecognised-active': 'users have an active value that is neither true nor false; they are reported enabled',
  'value-truncated': 'names, emails or profile values were longer than 1024 characters and were cut to that length',
  'user-profile-not-scalar': 'profile values are lists or objects and were left out of the profile',
  'group-without-id': 'groups without an id were skipped',
  'group-bad-id': 'groups with an unusable id were skipped',
  'group-without-name': 'groups have no display name; their id is used',
  'member-without-id': 'group members without an id were skipped',
  'member-unknown-type': 'group members of a type other than User or Group were skipped',
  'role-without-value': 'roles without a value were skipped',
  'role-bad-value': 'roles with an unusable value (over 1024 bytes or invalid Unicode) were skipped',
  'user-group-without-id': 'user group entries with neither an id nor a name were skipped',
  'user-group-unknown-name': 'user group entries name no listed group and were skipped',
  'user-group-ambiguous-name': 'user group entries name several groups and were skipped; map userGroup.id',
} as const;

export type MappingWarningKind = keyof typeof MESSAGES;

export interface MappingWarningSummary {
  readonly kind: MappingWarningKind;
  readonly count: number;
  readonly message: string;
  /** The first few records concerned (ids or names), to find them on the server. */
  readonly examples: readonly string[];
}

const MAX_EXAMPLES = 3;

export class MappingWarnings {
  private readonly byKind = new Map<MappingWarningKind, { count: number; examples: string[] }>();

  note(kind: MappingWarningKind, detail: string): void {
    const entry = this.byKind.get(kind) ?? { count: 0, examples: [] };
    entry.count += 1;
    if (entry.examples.length < MAX_EXAMPLES && !entry.examples.includes(detail)) entry.examples.push(detail);
    this.byKind.set(kind, entry);
  }

  /** `text` capped at MAX_TEXT_CHARS; each cut value is counted, `detail` naming its record. */
  capped(text: string, detail: string): string;
  capped(text: string | undefined, detail: string): string | undefined;
  capped(text: string | undefined, detail: string): string | undefined {
    if (text === undefined) return undefined;
    const cut = cutText(text);
    if (cut === undefined) return text;
    this.note('value-truncated', detail);
    return cut;
  }

  /** The counts and examples, for an earlier process's warnings to be continued (`restore`). */
  toJSON(): [MappingWarningKind, { count: number; examples: string[] }][] {
    return [...this.byKind].map(([kind, entry]) => [kind, { count: entry.count, examples: [...entry.examples] }]);
  }

  restore(saved: ReturnType<MappingWarnings['toJSON']>): void {
    this.byKind.clear();
    for (const [kind, entry] of saved) if (kind in MESSAGES) this.byKind.set(kind, { count: entry.count, examples: [...entry.examples] });
  }

  count(kind: MappingWarningKind): number {
    return this.byKind.get(kind)?.count ?? 0;
  }

  /** One entry per kind seen, in the order kinds were first noted. */
  summary(): MappingWarningSummary[] {
    return [...this.byKind].map(([kind, { count, examples }]) => ({
      kind,
      count,
      message: `${count} ${MESSAGES[kind]}`,
      examples: [...examples],
    }));
  }

  /** Logs one warning per kind. */
  report(logger: Logger): void {
    for (const { kind, count, message, examples } of this.summary()) logger.warn({ kind, count, examples }, message);
  }
}
