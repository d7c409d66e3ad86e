// Admin SDK users, groups and members as SCIM objects.
import type { JsonObject, JsonValue } from '@baton-scim/scim';
import { compact, isObject, text } from './json.js';

/** A suspended or archived user cannot sign in. */
export function scimUser(g: JsonValue): JsonObject {
  if (!isObject(g)) return {};
  const name = isObject(g['name']) ? g['name'] : {};
  const primary = text(g['primaryEmail']);
  const suspended = g['suspended'] === true || g['archived'] === true;
  return compact({
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
    id: text(g['id']),
    userName: primary,
    displayName: text(name['fullName']),
    name: compact({ givenName: text(name['givenName']), familyName: text(name['familyName']) }),
    emails: primary === undefined ? undefined : [{ value: primary, type: 'work', primary: true }],
    active: typeof g['suspended'] === 'boolean' ? !suspended : undefined,
  });
}

export function scimGroup(g: JsonValue): JsonObject {
  if (!isObject(g)) return {};
  return compact({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], id: text(g['id']), displayName: text(g['name']) ?? text(g['email']) });
}

const MEMBER_TYPES: Readonly<Record<string, string>> = { USER: 'User', GROUP: 'Group' };

/** USER and GROUP members; CUSTOMER (everyone in the account) and external addresses have no Baton resource. */
export function scimMember(g: JsonValue): JsonObject | undefined {
  if (!isObject(g)) return undefined;
  const type = MEMBER_TYPES[text(g['type']) ?? ''];
  return type === undefined ? undefined : compact({ value: text(g['id']), type, display: text(g['email']) });
}
