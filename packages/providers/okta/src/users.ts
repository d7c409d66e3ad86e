// Okta users (GET /api/v1/users) as SCIM Users: login → userName, profile names and emails, status → active.
import type { JsonObject, JsonValue } from '@baton-scim/scim';
import { compact, isObject, text } from './json.js';

const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
const ENTERPRISE_SCHEMA = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

/** Statuses in which the person cannot sign in. LOCKED_OUT, RECOVERY and PASSWORD_EXPIRED pass once they act. */
const DISABLED_STATUSES: ReadonlySet<string> = new Set(['STAGED', 'SUSPENDED', 'DEPROVISIONED']);

/** `active` from Okta's status; left out when Okta sent none, so the connector reports it rather than guessing. */
export function activeOf(status: JsonValue | undefined): boolean | undefined {
  const value = text(status);
  return value === undefined ? undefined : !DISABLED_STATUSES.has(value.toUpperCase());
}

function emails(profile: JsonObject): JsonObject[] {
  const primary = text(profile['email']);
  const second = text(profile['secondEmail']);
  return [
    ...(primary === undefined ? [] : [{ value: primary, type: 'work', primary: true }]),
    ...(second === undefined || second === primary ? [] : [{ value: second, type: 'other', primary: false }]),
  ];
}

function enterprise(profile: JsonObject): JsonObject | undefined {
  const managerId = text(profile['managerId']);
  const manager = text(profile['manager']);
  const fields = compact({
    employeeNumber: text(profile['employeeNumber']),
    costCenter: text(profile['costCenter']),
    organization: text(profile['organization']),
    division: text(profile['division']),
    department: text(profile['department']),
    manager: managerId === undefined ? undefined : compact({ value: managerId, displayName: manager }),
  });
  return Object.keys(fields).length === 0 ? undefined : fields;
}

/** A SCIM User for one Okta user object; anything that is not an object becomes `{}`, which the mapping reports. */
export function scimUser(okta: JsonValue): JsonObject {
  if (!isObject(okta)) return {};
  const profile = isObject(okta['profile']) ? okta['profile'] : {};
  const name = compact({ givenName: text(profile['firstName']), familyName: text(profile['lastName']) });
  const ext = enterprise(profile);
  return compact({
    schemas: ext === undefined ? [USER_SCHEMA] : [USER_SCHEMA, ENTERPRISE_SCHEMA],
    id: text(okta['id']),
    userName: text(profile['login']),
    name: Object.keys(name).length === 0 ? undefined : name,
    displayName: text(profile['displayName']),
    emails: emails(profile),
    active: activeOf(okta['status']),
    [ENTERPRISE_SCHEMA]: ext,
    meta: compact({ resourceType: 'User', created: text(okta['created']), lastModified: text(okta['lastUpdated']) }),
  });
}
