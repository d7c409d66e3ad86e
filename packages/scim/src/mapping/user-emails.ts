// All of a user's email addresses, de-duplicated, with the primary one flagged.
import type { UserTrait } from '@baton-scim/core';
import type { UserMapping } from '../config/types.js';
import { scalarText, textAt } from './values.js';

type Email = NonNullable<UserTrait['emails']>[number];

/** The primary address: primaryEmail, else firstEmail (a path may yield one string or a filtered list). */
export function primaryEmail(json: unknown, mapping: UserMapping): string | undefined {
  return textAt(mapping.primaryEmail, json) ?? textAt(mapping.firstEmail, json);
}

/** Primary first, then every other address in server order; compared case-insensitively. */
export function userEmails(json: unknown, mapping: UserMapping): Email[] {
  const primary = primaryEmail(json, mapping);
  const all = mapping.emails.all(json).map(scalarText);
  const seen = new Set<string>();
  const emails: Email[] = [];
  for (const address of [primary, ...all]) {
    if (address === undefined || seen.has(address.toLowerCase())) continue;
    seen.add(address.toLowerCase());
    emails.push({ address, isPrimary: address === primary });
  }
  return emails;
}
