// Okta groups (GET /api/v1/groups) as SCIM Groups, and group members (GET /api/v1/groups/{id}/users) as SCIM members.
import type { JsonObject, JsonValue } from '@baton-scim/scim';
import { compact, isObject, text } from './json.js';

const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';

/** A SCIM Group; Okta's name lives in `profile.name`. Built-in, Okta and app-imported groups are all kept. */
export function scimGroup(okta: JsonValue): JsonObject {
  if (!isObject(okta)) return {};
  const profile = isObject(okta['profile']) ? okta['profile'] : {};
  return compact({
    schemas: [GROUP_SCHEMA],
    id: text(okta['id']),
    displayName: text(profile['name']),
    meta: compact({ resourceType: 'Group', created: text(okta['created']), lastModified: text(okta['lastUpdated']) }),
  });
}

/** A group member: Okta groups hold users only, so every member is of type User. */
export function scimMember(okta: JsonValue): JsonObject {
  if (!isObject(okta)) return {};
  const profile = isObject(okta['profile']) ? okta['profile'] : {};
  return compact({ value: text(okta['id']), type: 'User', display: text(profile['login']) });
}
