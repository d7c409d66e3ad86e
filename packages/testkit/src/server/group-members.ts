// GET /Groups/{id}/Members: one group's members in index pages, the sub-resource Webex serves beside /Groups.
import { isList, LIST_RESPONSE_SCHEMA } from '../scim-types.js';
import { jsonReply, ScimHttpError, type Reply } from './http-io.js';
import { storeOf } from './list.js';
import { pageWindow } from './paging.js';
import type { ServerState } from './state.js';

/** Webex's shape: `memberSize` is the total, `members` the page; paging faults and caps apply as on lists. */
export function listGroupMembers(state: ServerState, id: string, query: URLSearchParams): Reply {
  const group = storeOf(state, 'Group').get(id);
  if (group === undefined) throw new ScimHttpError(404, `Group ${id} not found`);
  const members = isList(group['members']) ? group['members'] : [];
  const window = pageWindow(state, query, members.length, `Members\u0000${id}`, 'members');
  const page = members.slice(window.offset, window.offset + window.count);
  return jsonReply(200, {
    schemas: [LIST_RESPONSE_SCHEMA],
    displayName: group['displayName'],
    memberSize: members.length,
    startIndex: window.mode === 'index' ? window.startIndex : window.offset + 1,
    itemsPerPage: page.length,
    members: page,
  });
}
