// Miro roles come in two types: each user has one `organization_user_role` and any number of
// `organization_admin_role`s. A grant adds the role with its type, leaving the user's other roles alone.
import { ScimHttpError, type JsonObject, type JsonValue, type PatchHookContext, type ScimProviderHooks } from '@baton-scim/scim';

export const USER_ROLE_TYPE = 'organization_user_role';
export const ADMIN_ROLE_TYPE = 'organization_admin_role';

/**
 * The type of a role value. Organization user roles are Miro's fixed constants (ORGANIZATION_INTERNAL_ADMIN,
 * ORGANIZATION_INTERNAL_USER, …); admin roles are named ("Content Admin", "User Admin", custom names).
 */
export function roleTypeOf(value: string): string {
  return /^ORGANIZATION_[A-Z_]+$/.test(value) ? USER_ROLE_TYPE : ADMIN_ROLE_TYPE;
}

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A role element with its `type`; one that already has a type (read back from Miro) keeps it. */
function typedRole(element: JsonValue): JsonValue {
  if (!isObject(element) || element['type'] !== undefined || typeof element['value'] !== 'string') return element;
  return { ...element, type: roleTypeOf(element['value']) };
}

/**
 * Changing the one organization user role replaces the user's current one: a removal the grant was not asked
 * for, which the connector's checked writes do not make. Nothing is sent.
 */
function refuseUserRole(ctx: PatchHookContext): never {
  throw new ScimHttpError({
    code: 'failed-precondition',
    method: 'PATCH',
    path: `/Users/${ctx.targetId}`,
    problem: `not sent: ${ctx.valueId} is an ${USER_ROLE_TYPE}, and a Miro user holds exactly one, so granting it would replace the user's current one`,
    advice: "change a user's organization role in Miro's admin console; admin roles (organization_admin_role) can be granted here",
    requestSent: false,
  });
}

/** Adds `type` to the role a grant adds; a list written back whole (an undo) keeps the types it was read with. */
export function buildPatch(body: JsonObject, ctx: PatchHookContext): JsonObject {
  if (ctx.operation !== 'addUserRole') return body;
  const operations = body['Operations'];
  if (!Array.isArray(operations)) return body;
  const typed = operations.map((operation) => {
    if (!isObject(operation) || operation['op'] !== 'add' || !Array.isArray(operation['value'])) return operation;
    const value = operation['value'].map(typedRole);
    if (value.some((el) => isObject(el) && el['type'] === USER_ROLE_TYPE)) refuseUserRole(ctx);
    return { ...operation, value };
  });
  return { ...body, Operations: typed };
}

export const hooks: ScimProviderHooks = { buildPatch };
