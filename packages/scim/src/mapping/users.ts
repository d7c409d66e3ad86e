// Maps one SCIM User to a Baton user resource with its UserTrait.
import { AccountType, packAnnotation, UserStatus, type Resource, type UserTrait } from '@baton-scim/core';
import { maybe } from '../config/maybe.js';
import type { ScimConfig, UserMapping } from '../config/types.js';
import { extraProfile, toStruct } from './profile.js';
import { scimResourceId } from './resource-types.js';
import { userEmails } from './user-emails.js';
import { scalarText, textAt, usableId } from './values.js';
import type { MappingWarnings } from './warnings.js';

/** The user's id, or undefined (noted as a warning) when the record cannot become a resource. */
export function userIdOf(json: unknown, mapping: UserMapping, warnings: MappingWarnings): string | undefined {
  const id = textAt(mapping.id, json);
  if (id === undefined) {
    warnings.note('user-without-id', textAt(mapping.userName, json) ?? '(no userName either)');
    return undefined;
  }
  if (!usableId(id)) {
    warnings.note('user-bad-id', id.slice(0, 64));
    return undefined;
  }
  return id;
}

/** A user resource, or undefined for a record without a usable id (never an error: one bad record must not stop a sync). */
export function mapUser(json: unknown, config: ScimConfig, warnings: MappingWarnings): Resource | undefined {
  const mapping = config.user;
  const id = userIdOf(json, mapping, warnings);
  if (id === undefined) return undefined;
  const userName = warnings.capped(textAt(mapping.userName, json), id);
  const first = warnings.capped(textAt(mapping.firstName, json), id);
  const last = warnings.capped(textAt(mapping.lastName, json), id);
  const emails = userEmails(json, mapping).map((e) => (e.address ? { ...e, address: warnings.capped(e.address, id) } : e));
  if (userName === undefined) warnings.note('user-without-username', id);
  if (first === undefined) warnings.note('user-without-first-name', id);
  if (last === undefined) warnings.note('user-without-last-name', id);
  if (emails.length === 0) warnings.note('user-without-email', id);

  const email = emails.find((e) => e.isPrimary)?.address ?? emails[0]?.address ?? undefined;
  const profile = builtInProfile({ first_name: first, last_name: last, user_id: id, username: userName, login: userName, email });
  for (const [key, value] of extraProfile(json, mapping, id, warnings)) profile.set(key, warnings.capped(value, id));

  const employeeNumber = profile.get('employee_number');
  const trait: UserTrait = {
    emails,
    status: { status: userStatus(json, mapping, id, warnings) },
    profile: toStruct(profile),
    accountType: AccountType.ACCOUNT_TYPE_HUMAN,
    ...maybe('login', userName),
    ...maybe('structuredName', first ?? last ? { ...maybe('givenName', first), ...maybe('familyName', last) } : undefined),
    ...maybe('employeeIds', employeeNumber === undefined ? undefined : [employeeNumber]),
  };
  return {
    id: scimResourceId('user', id),
    displayName: warnings.capped(displayName(json, mapping, first, last, userName ?? id), id),
    annotations: [packAnnotation('UserTrait', trait)],
  };
}

// Missing values are left out rather than written as "", so a reader can tell "unknown" from "empty".
function builtInProfile(values: Record<string, string | undefined>): Map<string, string> {
  const entries = Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return new Map(entries);
}

type UserStatusValue = (typeof UserStatus)[keyof typeof UserStatus];

/** displayName when mapped and present, else "first last", else the username. */
function displayName(json: unknown, mapping: UserMapping, first?: string, last?: string, fallback = ''): string {
  const mapped = textAt(mapping.displayName, json);
  if (mapped !== undefined) return mapped;
  const full = [first, last].filter((part) => part !== undefined).join(' ');
  return full === '' ? fallback : full;
}

/** Only an explicit false disables: many servers omit `active`, and a missing flag must not lock people out. */
function userStatus(json: unknown, mapping: UserMapping, id: string, warnings: MappingWarnings): UserStatusValue {
  const raw = mapping.active.first(json);
  const text = scalarText(raw)?.toLowerCase();
  if (text === 'false') return UserStatus.STATUS_DISABLED;
  if (text === 'true') return UserStatus.STATUS_ENABLED;
  warnings.note(raw === undefined || raw === null ? 'user-without-active' : 'user-unrecognised-active', id);
  return UserStatus.STATUS_ENABLED;
}
