// The list endpoints (`GET /Users`, `GET /Groups`): filter, page, project, and the list-shape faults.
import { isList, LIST_RESPONSE_SCHEMA, type ScimResource } from '../scim-types.js';
import { project } from './attributes.js';
import { compileFilter } from './filter-eval.js';
import { jsonReply, type Reply } from './http-io.js';
import { pageSize, pageWindow, type PageWindow } from './paging.js';
import type { ServerState } from './state.js';

export type ResourceKind = 'User' | 'Group';

export function storeOf(state: ServerState, kind: ResourceKind): Map<string, ScimResource> {
  return kind === 'User' ? state.directory.users : state.directory.groups;
}

function queryKey(kind: ResourceKind, query: URLSearchParams): string {
  return [kind, 'filter', 'attributes', 'excludedAttributes', 'sortBy', 'sortOrder'].map((k) => query.get(k) ?? '').join('\u0000');
}

export function listResources(state: ServerState, kind: ResourceKind, query: URLSearchParams): Reply {
  const filterText = query.get('filter');
  const all = [...storeOf(state, kind).values()];
  const matched = filterText === null ? all : all.filter(compileFilter(filterText));
  const window = pageWindow(state, query, matched.length, queryKey(kind, query));
  const page = matched.slice(window.offset, window.offset + window.count).map((r) => shape(state, kind, r, query));
  return jsonReply(200, listBody(state, query, window, page, matched.length, queryKey(kind, query)));
}

function shape(state: ServerState, kind: ResourceKind, resource: ScimResource, query: URLSearchParams): Record<string, unknown> {
  const cap = state.faults.membersCap;
  const members = resource['members'];
  if (kind === 'Group' && state.faults.listedWithoutMembers === true) {
    const { members: _left, ...rest } = resource;
    return project(rest, query);
  }
  if (kind !== 'Group' || cap === undefined || !isList(members) || members.length <= cap) return project(resource, query);
  return project({ ...resource, members: members.slice(0, cap) }, query);
}

function listBody(
  state: ServerState,
  query: URLSearchParams,
  window: PageWindow,
  page: Record<string, unknown>[],
  total: number,
  key: string,
): Record<string, unknown> {
  const faults = state.faults;
  const reported = { requested: pageSize(state, query).requested, total, zero: 0 };
  const body: Record<string, unknown> = { schemas: [LIST_RESPONSE_SCHEMA] };
  if (!faults.omitTotalResults) body['totalResults'] = faults.totalIsPageLength === true ? page.length : (faults.totalResults ?? total);
  body['itemsPerPage'] = faults.itemsPerPage === undefined ? page.length : reported[faults.itemsPerPage];
  if (window.mode === 'index') body['startIndex'] = window.startIndex;
  else {
    const end = window.offset + page.length;
    if (end < total && page.length > 0) body['nextCursor'] = state.cursors.issue(end, key);
    if (window.offset > 0) body['previousCursor'] = state.cursors.issue(Math.max(0, window.offset - window.count), key);
  }
  body['Resources'] = page;
  return body;
}
