// Graph groups (GET /groups) as SCIM Groups, and group members (GET /groups/{id}/members) as SCIM members.
import type { JsonObject, JsonValue } from '@baton-scim/scim';
import { compact, isObject, text } from './json.js';

const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';

export const GROUP_SELECT = 'id,displayName,description,securityEnabled,mailEnabled,groupTypes';
export const MEMBER_SELECT = 'id,displayName,userPrincipalName';

/** Security groups, Microsoft 365 groups and distribution lists are all kept; each is a Baton group. */
export function scimGroup(graph: JsonValue): JsonObject {
  if (!isObject(graph)) return {};
  return compact({ schemas: [GROUP_SCHEMA], id: text(graph['id']), displayName: text(graph['displayName']) });
}

const MEMBER_TYPES: Readonly<Record<string, string>> = {
  '#microsoft.graph.user': 'User',
  '#microsoft.graph.group': 'Group',
};

/**
 * A member with its SCIM type from `@odata.type`; devices, service principals and org contacts have no Baton
 * resource, so they are left out (undefined) rather than mistaken for users.
 */
export function scimMember(graph: JsonValue): JsonObject | undefined {
  if (!isObject(graph)) return undefined;
  const type = MEMBER_TYPES[text(graph['@odata.type']) ?? ''];
  if (type === undefined) return undefined;
  return compact({ value: text(graph['id']), type, display: text(graph['userPrincipalName']) ?? text(graph['displayName']) });
}
