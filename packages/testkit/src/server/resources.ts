// Single-resource endpoints: GET, POST, PUT, PATCH and DELETE on /Users and /Groups.
import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { deriveUserGroups } from '../directory.js';
import { GROUP_SCHEMA, isRecord, USER_SCHEMA, type ScimResource } from '../scim-types.js';
import { project } from './attributes.js';
import { bumpMeta, checkIfMatch, etagHeaders, isNotModified } from './etag.js';
import { jsonReply, ScimHttpError, type Reply } from './http-io.js';
import { storeOf, type ResourceKind } from './list.js';
import { applyPatch } from './patch.js';
import type { ServerState } from './state.js';
import { checkSchemas, validateGroup, validateUser } from './validate.js';

/** One call on `/{Users|Groups}/{id}`; `body` is the parsed JSON of a PUT or PATCH. */
export interface ResourceCall {
  kind: ResourceKind;
  id: string;
  headers: IncomingHttpHeaders;
  query: URLSearchParams;
  body?: unknown;
}

const READ_ONLY: Record<ResourceKind, string[]> = { User: ['id', 'meta', 'groups'], Group: ['id', 'meta'] };

function find(state: ServerState, kind: ResourceKind, id: string): ScimResource {
  const found = storeOf(state, kind).get(id);
  if (found === undefined) throw new ScimHttpError(404, `${kind} ${id} not found`);
  return found;
}

function validate(state: ServerState, kind: ResourceKind, candidate: Record<string, unknown>, id: string): ScimResource {
  return kind === 'User' ? validateUser(state, candidate, id) : validateGroup(state, candidate, id);
}

function save(state: ServerState, kind: ResourceKind, resource: ScimResource): void {
  storeOf(state, kind).set(resource.id, resource);
  // `User.groups` is derived: a group write changes it, and a user write must not be able to.
  deriveUserGroups(state.directory.users.values(), state.directory.groups.values());
}

function respond(state: ServerState, status: number, resource: ScimResource, query: URLSearchParams, extra: Record<string, string> = {}): Reply {
  return jsonReply(status, project(resource, query), { ...etagHeaders(state, resource), ...extra });
}

export function getResource(state: ServerState, { kind, id, headers, query }: ResourceCall): Reply {
  const resource = find(state, kind, id);
  if (isNotModified(state, headers, resource)) return { status: 304, headers: etagHeaders(state, resource) };
  return respond(state, 200, resource, query);
}

export function createResource(state: ServerState, kind: ResourceKind, body: unknown, query: URLSearchParams): Reply {
  if (!isRecord(body)) throw new ScimHttpError(400, `POST /${kind}s needs a JSON object body`, 'invalidSyntax');
  checkSchemas(body, kind === 'User' ? USER_SCHEMA : GROUP_SCHEMA);
  const id = randomUUID();
  const created = new Date(state.now()).toISOString();
  const location = `${state.baseUrl}/${kind}s/${id}`;
  const candidate: Record<string, unknown> = { ...body, id, meta: { resourceType: kind, created, lastModified: created, location, version: 'W/"1"' } };
  delete candidate['groups'];
  const resource = validate(state, kind, candidate, id);
  save(state, kind, resource);
  return respond(state, 201, resource, query, { location });
}

export function replaceResource(state: ServerState, { kind, id, headers, query, body }: ResourceCall): Reply {
  const current = find(state, kind, id);
  checkIfMatch(state, headers, current);
  if (!isRecord(body)) throw new ScimHttpError(400, `PUT /${kind}s/${id} needs a JSON object body`, 'invalidSyntax');
  checkSchemas(body, kind === 'User' ? USER_SCHEMA : GROUP_SCHEMA);
  const candidate: Record<string, unknown> = { ...structuredClone(body), id, meta: structuredClone(current.meta) };
  delete candidate['groups'];
  const resource = validate(state, kind, candidate, id);
  bumpMeta(resource, state.now());
  save(state, kind, resource);
  return respond(state, 200, resource, query);
}

export function patchResource(state: ServerState, { kind, id, headers, query, body }: ResourceCall): Reply {
  const current = find(state, kind, id);
  checkIfMatch(state, headers, current);
  const draft = structuredClone(current);
  applyPatch(draft, body, { readOnly: READ_ONLY[kind], strict: state.strictPatch, duplicateAdd: state.faults.duplicateMemberAdd === true });
  const resource = validate(state, kind, draft, id);
  if (JSON.stringify(resource) !== JSON.stringify(current)) {
    bumpMeta(resource, state.now());
    save(state, kind, resource);
  }
  const saved = find(state, kind, id);
  if (state.patchResponse === 'no-content') return { status: 204, headers: etagHeaders(state, saved) };
  return respond(state, 200, saved, query);
}

export function deleteResource(state: ServerState, { kind, id, headers }: ResourceCall): Reply {
  checkIfMatch(state, headers, find(state, kind, id));
  storeOf(state, kind).delete(id);
  const leftInGroups = kind === 'User' && state.faults.deletedUsersStayInGroups === true;
  for (const group of leftInGroups ? [] : state.directory.groups.values()) {
    const kept = group.members?.filter((m) => m.value !== id);
    if (kept === undefined || kept.length === group.members?.length) continue;
    group.members = kept;
    bumpMeta(group, state.now());
  }
  deriveUserGroups(state.directory.users.values(), state.directory.groups.values());
  return { status: 204 };
}
