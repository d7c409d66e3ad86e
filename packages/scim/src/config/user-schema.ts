// The `user` section: JSONPaths from a SCIM User to the Baton user, its groups and its roles.
import { z } from 'zod';
import { evenWithOtherIssues, jsonPathField, problemAt } from './fields.js';

/** Profile keys the mapping always owns; a custom profile entry may not redefine them. */
export const BUILT_IN_PROFILE_KEYS = ['first_name', 'last_name', 'user_id', 'username', 'login', 'email'] as const;

const bare = (path: string): string => path.replace(/^\$\.?/, '');

/**
 * Paths read on each element must not start with the array's own path: the Go connector's Zoom config wrote
 * `roles.value`, which finds nothing on a role element, so every role was lost. Said at load, with the fix.
 */
function relativeToElement<K extends string>(
  mapping: { path: string } & { [key in K]?: string | undefined },
  keys: readonly K[],
  ctx: z.core.$RefinementCtx<unknown>,
): void {
  // Runs even when other keys failed (evenWithOtherIssues), so the path itself may not be a string.
  if (typeof mapping.path !== 'string') return;
  const prefix = `${bare(mapping.path)}.`;
  for (const key of keys) {
    const value = mapping[key];
    if (typeof value !== 'string' || !bare(value).startsWith(prefix)) continue;
    const relative = bare(value).slice(prefix.length);
    problemAt(ctx, key, `is read on each element of ${JSON.stringify(mapping.path)}, so it must not repeat that path: write ${JSON.stringify(relative)} instead of ${JSON.stringify(value)}`);
  }
}

export const userGroupSchema = z
  .strictObject({
    path: jsonPathField('JSONPath to the groups array on the user object, e.g. "groups".'),
    name: jsonPathField("JSONPath to the group's name, relative to each element, e.g. \"display\"."),
    id: jsonPathField("JSONPath to the group's id, relative to each element, e.g. \"value\". Without it groups are matched by name against the group listing.").optional(),
  })
  .superRefine((group, ctx) => relativeToElement(group, ['name', 'id'], ctx), evenWithOtherIssues)
  .describe('Group mapping on the user object; required when hasGroupsOnUser is true.');

/** The roles an object holds: an array of elements, each with the role value and, optionally, a display name. */
function rolesSchema(owner: 'user' | 'group') {
  return z
    .strictObject({
      path: jsonPathField(`JSONPath to the roles array on the ${owner} object, e.g. "roles".`),
      name: jsonPathField('JSONPath to the role value, relative to each element, e.g. "value". The role id comes from it.'),
      display: jsonPathField('JSONPath to the role display name, relative to each element, e.g. "display".').optional(),
    })
    .superRefine((roles, ctx) => relativeToElement(roles, ['name', 'display'], ctx), evenWithOtherIssues);
}

export const userRolesSchema = rolesSchema('user').describe('Role mapping on the user object (optional). Roles become resources with a member entitlement.');

export const groupRolesSchema = rolesSchema('group').describe(
  'Extension: roles held by a group (optional), read on each group object the same way as user.roles. The role becomes grantable to groups, and each such grant is expandable: every member of the group holds the role.',
);

const profileKey = z
  .string()
  .regex(/^[A-Za-z][\w.-]*$/, 'profile keys start with a letter and use letters, digits, "_", "-" or "."')
  .refine((key) => !(BUILT_IN_PROFILE_KEYS as readonly string[]).includes(key), {
    message: `is set by the connector (${BUILT_IN_PROFILE_KEYS.join(', ')}); choose another key`,
  });

export const userSchema = z
  .strictObject({
    id: jsonPathField('JSONPath to the user id (required), e.g. "id".'),
    userName: jsonPathField('JSONPath to the username (required), e.g. "userName". It is the login of the Baton user.'),
    firstName: jsonPathField('JSONPath to the first name (required), e.g. "name.givenName".'),
    lastName: jsonPathField('JSONPath to the last name (required), e.g. "name.familyName".'),
    primaryEmail: jsonPathField('JSONPath to the primary email (required), e.g. "emails[?(@.primary==true)].value".'),
    firstEmail: jsonPathField('JSONPath to the first email (optional), used as the primary email when primaryEmail finds none, e.g. "emails[0].value".').optional(),
    active: jsonPathField('JSONPath to the active flag (required), e.g. "active". Only false (or "false") disables the user.'),
    displayName: jsonPathField('Extension: JSONPath to the display name, e.g. "displayName". Without it the name is "first last", else the username.').optional(),
    emails: jsonPathField('Extension: JSONPath to every email address of the user.').default('emails[*].value'),
    hasGroupsOnUser: z
      .boolean()
      .default(false)
      .describe('Whether group memberships are read from the user object (as Zoom requires) instead of the group members.'),
    userGroup: userGroupSchema.optional(),
    roles: userRolesSchema.optional(),
    enterprise: z
      .boolean()
      .default(true)
      .describe('Extension: copy the SCIM enterprise extension (employeeNumber, costCenter, organization, division, department, manager) into the profile when present.'),
    profile: z
      .record(profileKey, jsonPathField('JSONPath to the value of this profile key.'))
      .optional()
      .describe('Extension: extra profile keys, each a JSONPath on the user object. A key here overrides the same enterprise key.'),
  })
  .superRefine((user, ctx) => {
    if (user.hasGroupsOnUser === true && user.userGroup === undefined) {
      problemAt(ctx, 'userGroup', 'required when user.hasGroupsOnUser is true');
    }
  }, evenWithOtherIssues)
  .describe('User resource mapping (required).');
