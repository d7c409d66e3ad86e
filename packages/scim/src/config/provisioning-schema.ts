// The `provisioning` section: the PATCH operations that grant and revoke group membership and roles.
import { z } from 'zod';
import { evenWithOtherIssues, problemAt, scimAttributeField } from './fields.js';

export const PATCH_OP_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

// Entra and Miro write capitalised ops; they are sent lower-cased.
const opField = z
  .enum(['add', 'remove', 'replace', 'Add', 'Remove', 'Replace'])
  .describe('Operation type. Sent lower-cased.');

const baseOp = {
  schemas: z
    .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
    .optional()
    .describe(`Schema URN(s) of the PATCH message. Default: "${PATCH_OP_SCHEMA}".`),
  op: opField.optional(),
  valuePath: z
    .string()
    .regex(/^[A-Za-z$][\w$]*$/, 'must be an attribute name such as "value"')
    .optional()
    .describe('Name of the id attribute in each value object, e.g. "value" for [{"value": "<id>"}]. Default: "value".'),
};

/** The op an add operation may name. */
function opAmong(ops: readonly string[], what: string) {
  return (op: { op?: string | undefined }, ctx: z.RefinementCtx): void => {
    if (typeof op.op === 'string' && !ops.includes(op.op.toLowerCase())) {
      problemAt(ctx, 'op', `must be ${ops.map((o) => `"${o}"`).join(' or ')} to ${what}`);
    }
  };
}

function addOp(defaultPath: string, ops: readonly string[], what: string) {
  return z
    .strictObject({
      ...baseOp,
      path: scimAttributeField(`Attribute to modify. Default: "${defaultPath}".`).optional(),
    })
    .superRefine(opAmong(ops, what), evenWithOtherIssues);
}

/** Adding a group member: an add operation that may also write the member's type. */
function addMemberOp() {
  return z
    .strictObject({
      ...baseOp,
      path: scimAttributeField('Attribute to modify. Default: "members".').optional(),
      userType: z
        .boolean()
        .optional()
        .describe(
          'Extension: also write "type": "User" on a user added to a group (servers that require the type on every member). ' +
            'A group added to a group is always written with "type": "Group" (RFC 7643 §4.2). Default false.',
        ),
    })
    .superRefine(opAmong(['add'], 'add a group member'), evenWithOtherIssues);
}

export const removeStyleField = z
  .enum(['filter', 'valueList', 'replace'])
  .describe(
    'How one member or role is removed. "filter" (default): op remove with path members[value eq "<id>"]; if the server ' +
      'refuses value filters, the list is read and replaced without the id instead. ' +
      '"valueList": op remove with path members and value [{"value": "<id>"}] (the Entra form); only for servers known to ' +
      'honour it, since RFC 7644 lets a server read it as "remove every value". ' +
      '"replace": read the list and replace it without the id (the documented op "replace"), with If-Match when the server ' +
      'has ETags, otherwise after a second read shows no concurrent change. ' +
      'Every form is read back: anything else removed or added is restored and the revoke fails. ' +
      'Without style, op "replace" means "replace" and any other op means "filter".',
  );

function removeOp(defaultPath: string) {
  return z
    .strictObject({
      ...baseOp,
      path: scimAttributeField(`Attribute to modify. Default: "${defaultPath}".`).optional(),
      style: removeStyleField.optional(),
    })
    .superRefine((op, ctx) => {
      const lower = typeof op.op === 'string' ? op.op.toLowerCase() : undefined;
      if (lower === 'add') problemAt(ctx, 'op', 'must be "remove" or "replace" to remove');
      if (typeof op.style === 'string' && lower !== undefined && (lower === 'replace') !== (op.style === 'replace')) {
        const message = `op "${op.op}" contradicts style "${op.style}"; remove op (style decides the operation)`;
        problemAt(ctx, 'op', message);
      }
    }, evenWithOtherIssues);
}

export const provisioningSchema = z
  .strictObject({
    addUserToGroup: addMemberOp().describe('Adding a user to a group.').optional(),
    removeUserFromGroup: removeOp('members').describe('Removing a user from a group.').optional(),
    addUserRole: addOp('roles', ['add', 'replace'], 'add a role')
      .describe('Adding a role to a user. op "replace" means a user holds one role: the grant replaces it.')
      .optional(),
    removeUserRole: removeOp('roles').describe('Removing a role from a user.').optional(),
    enabled: z
      .boolean()
      .default(true)
      .describe(
        'Extension: false offers no grant or revoke even with --provisioning, for services where another system must be ' +
          'the only writer (GitHub Enterprise Managed Users: the IdP). Set true in your own copy of the config to allow them.',
      ),
    readWholeResource: z
      .boolean()
      .default(false)
      .describe(
        'Extension: read the whole resource to check a change, instead of only the changed attribute (attributes=members or ' +
          'roles). For servers whose reads with attributes= drop sub-attributes such as "value" or the ETag header.',
      ),
    roleStrategy: z
      .enum(['patch', 'put'])
      .default('patch')
      .describe('Extension: how role changes are sent: "patch" (PATCH /Users/{id}) or "put" (read the user and PUT it back with the roles changed, as Zoom requires).'),
  })
  .describe('Provisioning configuration (optional, required for provisioning). An operation left out is not offered.');
