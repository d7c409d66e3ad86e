// JumpCloud system users (GET /systemusers, API v1) as SCIM Users.
import type { JsonObject, JsonValue } from '@baton-scim/scim';
import { compact, isObject, text } from './json.js';

const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';

/**
 * `active` is false for a suspended user, for one in state SUSPENDED or STAGED (not yet activated), and for a
 * locked account (`account_locked`: too many failed logins, locked out of every resource). `activated: false`
 * is not disabled: it marks an ACTIVATED user whose password is still pending, who is not refused anything.
 */
export function activeOf(user: JsonObject): boolean | undefined {
  const state = text(user['state'])?.toUpperCase();
  if (user['suspended'] === true || user['account_locked'] === true || state === 'SUSPENDED' || state === 'STAGED') return false;
  if (state !== undefined) return state === 'ACTIVATED';
  return typeof user['suspended'] === 'boolean' || typeof user['account_locked'] === 'boolean' ? true : undefined;
}

export function scimUser(jc: JsonValue): JsonObject {
  if (!isObject(jc)) return {};
  const name = compact({ givenName: text(jc['firstname']), familyName: text(jc['lastname']) });
  const email = text(jc['email']);
  return compact({
    schemas: [USER_SCHEMA],
    id: text(jc['_id']) ?? text(jc['id']),
    userName: text(jc['username']),
    displayName: text(jc['displayname']),
    name: Object.keys(name).length === 0 ? undefined : name,
    emails: email === undefined ? undefined : [{ value: email, type: 'work', primary: true }],
    active: activeOf(jc),
  });
}
