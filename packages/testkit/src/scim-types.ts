// SCIM 2.0 resource shapes (RFC 7643) and message URNs shared by the generator, the servers and tests.

export const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';
export const ENTERPRISE_SCHEMA = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const LIST_RESPONSE_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
export const PATCH_OP_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';
export const SPC_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig';
export const RESOURCE_TYPE_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:ResourceType';
export const SCHEMA_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Schema';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export interface ScimMeta {
  resourceType: 'User' | 'Group';
  created: string;
  lastModified: string;
  location: string;
  version: string;
}

/** Fields every stored resource has; anything else a client PUTs or PATCHes is kept as given. */
export interface ScimResource {
  schemas: string[];
  id: string;
  meta: ScimMeta;
  [attribute: string]: unknown;
}

export interface ScimName {
  givenName: string;
  familyName: string;
  formatted?: string;
}

export interface ScimEmail {
  value: string;
  type: string;
  primary: boolean;
}

export interface ScimRole {
  value: string;
  display: string;
  primary: boolean;
}

export interface ScimGroupRef {
  value: string;
  display: string;
  $ref?: string;
  type?: 'direct' | 'indirect';
}

export interface ScimEnterpriseUser {
  employeeNumber?: string;
  department?: string;
  manager?: { value: string; $ref: string; displayName: string };
}

export interface ScimUser extends ScimResource {
  userName: string;
  displayName?: string;
  name?: ScimName;
  emails?: ScimEmail[];
  active?: boolean;
  roles?: ScimRole[];
  groups?: ScimGroupRef[];
  [ENTERPRISE_SCHEMA]?: ScimEnterpriseUser;
}

export interface ScimMember {
  value: string;
  display?: string;
  type?: 'User' | 'Group';
  $ref?: string;
}

export interface ScimGroup extends ScimResource {
  displayName: string;
  members?: ScimMember[];
}

/** A generated or seeded directory, in the order the server lists it. */
export interface ScimDirectoryData {
  users: ScimUser[];
  groups: ScimGroup[];
}

/**
 * A resource's `meta.location`, if it has one. Seeded directories are recorded vendor responses, and some
 * vendors send no `meta` (Asana) or no `location` in it, so a `$ref` is only given when the resource has one.
 */
export function locationOf(resource: ScimResource): string | undefined {
  const meta = (resource as { meta?: Partial<ScimMeta> }).meta;
  return typeof meta?.location === 'string' ? meta.location : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `Array.isArray` that narrows to `unknown[]` rather than `any[]`. */
export function isList(value: unknown): value is unknown[] {
  return Array.isArray(value);
}
