// Graph users (GET /users) as SCIM Users: userPrincipalName → userName, mail → primary email, accountEnabled → active.
import type { JsonObject, JsonValue } from '@baton-scim/scim';
import { compact, isObject, text } from './json.js';

const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';

/** The properties a sync reads; Graph returns only a default set unless asked. */
export const USER_SELECT = 'id,userPrincipalName,displayName,givenName,surname,mail,otherMails,accountEnabled,department,employeeId,jobTitle';

function emails(graph: JsonObject): JsonObject[] {
  const mail = text(graph['mail']);
  const others = Array.isArray(graph['otherMails']) ? graph['otherMails'].map(text).filter((m) => m !== undefined && m !== mail) : [];
  return [
    ...(mail === undefined ? [] : [{ value: mail, type: 'work', primary: true }]),
    ...others.map((value) => ({ value: value ?? '', type: 'other', primary: false })),
  ];
}

/** A SCIM User for one Graph user; `accountEnabled` is left out when Graph did not send it, never guessed. */
export function scimUser(graph: JsonValue): JsonObject {
  if (!isObject(graph)) return {};
  const name = compact({ givenName: text(graph['givenName']), familyName: text(graph['surname']) });
  const enabled = graph['accountEnabled'];
  return compact({
    schemas: [USER_SCHEMA],
    id: text(graph['id']),
    userName: text(graph['userPrincipalName']),
    displayName: text(graph['displayName']),
    name: Object.keys(name).length === 0 ? undefined : name,
    emails: emails(graph),
    active: typeof enabled === 'boolean' ? enabled : undefined,
    title: text(graph['jobTitle']),
  });
}
