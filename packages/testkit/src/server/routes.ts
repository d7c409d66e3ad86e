// Maps method + path to the endpoint that answers it, after authentication.
import type { IncomingHttpHeaders } from 'node:http';
import { checkAuth } from './auth.js';
import { discoveryList, serviceProviderConfig } from './discovery.js';
import { parseJsonBody, ScimHttpError, type Reply } from './http-io.js';
import { listGroupMembers } from './group-members.js';
import { listResources, type ResourceKind } from './list.js';
import { handleTokenRequest } from './oauth.js';
import { createResource, deleteResource, getResource, patchResource, replaceResource, type ResourceCall } from './resources.js';
import { isScimPath, routePath, type ServerState } from './state.js';

export const TOKEN_PATH = '/oauth/token';

export interface RouteRequest {
  method: string;
  pathname: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  rawBody: string;
}

const KINDS: Record<string, ResourceKind> = { Users: 'User', Groups: 'Group' };

function notAllowed(method: string, path: string, allow: string[]): ScimHttpError {
  return new ScimHttpError(405, `${method} is not supported on ${path}; use ${allow.join(', ')}`, undefined, { allow: allow.join(', ') });
}

function segments(rel: string): string[] {
  try {
    return rel.split('/').filter((s) => s !== '').map(decodeURIComponent);
  } catch {
    throw new ScimHttpError(400, `Path ${rel} is not valid percent-encoding`, 'invalidSyntax');
  }
}

export function dispatch(state: ServerState, req: RouteRequest): Reply {
  const { method, pathname } = req;
  if (pathname === TOKEN_PATH) {
    if (method !== 'POST') throw notAllowed(method, pathname, ['POST']);
    return handleTokenRequest(state, req.headers, req.rawBody);
  }
  if (!isScimPath(state, pathname)) throw new ScimHttpError(404, `No endpoint at ${pathname}; the SCIM base is ${state.basePath}`);
  checkAuth(state, req.headers);
  const rel = routePath(state, pathname);
  const [head, id, ...rest] = segments(rel);
  if (head === 'Groups' && id !== undefined && rest.length === 1 && rest[0] === 'Members') {
    if (method !== 'GET') throw notAllowed(method, pathname, ['GET']);
    return listGroupMembers(state, id, req.query);
  }
  if (rest.length > 0 || head === undefined) throw new ScimHttpError(404, `No endpoint at ${pathname}`);
  if (head === 'ServiceProviderConfig' && id === undefined) {
    if (method !== 'GET') throw notAllowed(method, pathname, ['GET']);
    return serviceProviderConfig(state);
  }
  if (head === 'ResourceTypes' || head === 'Schemas') {
    if (method !== 'GET') throw notAllowed(method, pathname, ['GET']);
    return discoveryList(state, head, id);
  }
  const kind = KINDS[head];
  if (kind === undefined) throw new ScimHttpError(404, `No endpoint at ${pathname}`);
  return id === undefined ? collection(state, kind, req) : single(state, kind, id, req);
}

function collection(state: ServerState, kind: ResourceKind, req: RouteRequest): Reply {
  if (req.method === 'GET') return listResources(state, kind, req.query);
  if (req.method === 'POST') return createResource(state, kind, parseJsonBody(req.rawBody, req.headers['content-type']), req.query);
  throw notAllowed(req.method, req.pathname, ['GET', 'POST']);
}

function single(state: ServerState, kind: ResourceKind, id: string, req: RouteRequest): Reply {
  const { method, headers, query } = req;
  const call = { kind, id, headers, query };
  const withBody = (): ResourceCall => ({ ...call, body: parseJsonBody(req.rawBody, headers['content-type']) });
  switch (method) {
    case 'GET':
      return getResource(state, call);
    case 'PATCH':
      return patchResource(state, withBody());
    case 'DELETE':
      return deleteResource(state, call);
    case 'PUT':
      if (kind === 'User') return replaceResource(state, withBody());
      throw notAllowed(method, req.pathname, ['GET', 'PATCH', 'DELETE']);
    default:
      throw notAllowed(method, req.pathname, kind === 'User' ? ['GET', 'PUT', 'PATCH', 'DELETE'] : ['GET', 'PATCH', 'DELETE']);
  }
}
