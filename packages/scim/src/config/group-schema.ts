// The `group` section: JSONPaths from a SCIM Group to the Baton group and its memberships.
import { z } from 'zod';
import { evenWithOtherIssues, jsonPathField, pageSizeField, problemAt } from './fields.js';
import { groupRolesSchema } from './user-schema.js';

export const groupMembersSchema = z
  .strictObject({
    path: jsonPathField('JSONPath to the members array in the group object, e.g. "members".'),
    id: jsonPathField("JSONPath to the member's id, relative to each member, e.g. \"value\"."),
    displayName: jsonPathField("JSONPath to the member's display name, relative to each member, e.g. \"display\".").optional(),
    type: jsonPathField('Extension: JSONPath to the member type, relative to each member. "Group" makes a nested group whose members are expanded; anything else missing means "User".').default('type'),
    sentWhenEmpty: z
      .boolean()
      .default(false)
      .describe(
        'Extension: true when the server sends an empty group\'s members as [] rather than leaving the attribute out (RFC 7643 §2.5 allows either). Then a group read on its own without the attribute fails the sync, naming the group, instead of counting as empty.',
      ),
  })
  .describe('Member mapping in the group object (optional). Without it no memberships are read from groups.');

export const groupSchema = z
  .strictObject({
    id: jsonPathField('JSONPath to the group id (required), e.g. "id".'),
    displayName: jsonPathField('JSONPath to the group display name (required), e.g. "displayName".'),
    members: groupMembersSchema.optional(),
    roles: groupRolesSchema.optional(),
    excludeMembersInList: z
      .boolean()
      .default(false)
      .describe('Extension: list groups with excludedAttributes=members and read the members of each group separately, in pages (for large groups and servers that truncate embedded member lists).'),
    memberPageSize: pageSizeField('Extension: page size when reading the members of one group; needs excludeMembersInList. Default: pagination.pageSize.').optional(),
  })
  .superRefine((group, ctx) => {
    if (group.excludeMembersInList === true && group.members === undefined) {
      problemAt(ctx, 'members', 'required when group.excludeMembersInList is true');
    }
    if (group.memberPageSize !== undefined && group.excludeMembersInList !== true) {
      problemAt(ctx, 'memberPageSize', 'only used when group.excludeMembersInList is true');
    }
  }, evenWithOtherIssues)
  .describe('Group resource mapping (required).');
