// JumpCloud user groups (GET /v2/usergroups) as SCIM Groups, and their members (GET /v2/usergroups/{id}/members).
import type { JsonObject, JsonValue } from '@baton-scim/scim';
import { compact, isObject, text } from './json.js';

const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';

export function scimGroup(jc: JsonValue): JsonObject {
  if (!isObject(jc)) return {};
  return compact({ schemas: [GROUP_SCHEMA], id: text(jc['id']), displayName: text(jc['name']) });
}

/** A member is a graph connection `{ to: { id, type } }`; user groups hold users only. */
export function scimMember(connection: JsonValue): JsonObject | undefined {
  const to = isObject(connection) && isObject(connection['to']) ? connection['to'] : undefined;
  if (to === undefined || text(to['type']) !== 'user') return undefined;
  return compact({ value: text(to['id']), type: 'User' });
}
