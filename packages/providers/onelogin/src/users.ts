// OneLogin users (GET /api/2/users) as SCIM Users; the user's one group becomes its `groups`.
import type { JsonObject, JsonValue } from '@baton-scim/scim';
import { idText } from './ids.js';
import { compact, isObject, text } from './json.js';

const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';

/** The fields a sync reads, so OneLogin sends no custom attributes. */
export const USER_FIELDS = 'id,username,email,firstname,lastname,status,state,group_id';

/**
 * OneLogin documents status 1 (Active) as the only one whose users can log in; 0 unactivated, 2 suspended,
 * 3 locked, 4 password expired, 5 awaiting password reset, 7 password pending and 8 security questions required
 * cannot, so they are disabled.
 */
const ACTIVE_STATUS = 1;
/** State 2 is "rejected": an unapproved user who was refused. */
const REJECTED_STATE = 2;

export function activeOf(user: JsonObject): boolean | undefined {
  const status = user['status'];
  if (user['state'] === REJECTED_STATE) return false;
  return typeof status === 'number' ? status === ACTIVE_STATUS : undefined;
}

export function scimUser(ol: JsonValue): JsonObject {
  if (!isObject(ol)) return {};
  const name = compact({ givenName: text(ol['firstname']), familyName: text(ol['lastname']) });
  const email = text(ol['email']);
  const group = idText(ol['group_id']);
  return compact({
    schemas: [USER_SCHEMA],
    id: idText(ol['id']),
    userName: text(ol['username']) ?? email,
    name: Object.keys(name).length === 0 ? undefined : name,
    emails: email === undefined ? undefined : [{ value: email, type: 'work', primary: true }],
    active: activeOf(ol),
    groups: group === undefined ? [] : [{ value: group }],
  });
}

export function scimGroup(ol: JsonValue): JsonObject {
  if (!isObject(ol)) return {};
  return compact({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], id: idText(ol['id']), displayName: text(ol['name']) });
}

