// A Microsoft Graph and identity-platform stand-in on 127.0.0.1, serving fixtures/directory.json in Graph's
// shapes: $top/$skiptoken paging with absolute @odata.nextLink, members with @odata.type, a user's memberOf
// (groups and directory roles), and members/$ref writes.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type Obj = Record<string, unknown>;

export interface GraphDirectory {
  readonly tenantId: string;
  readonly users: Obj[];
  readonly groups: Obj[];
  /** group id → member ids; `device:<id>` and `sp:<id>` stand for a device and a service principal. */
  readonly groupMembers: Record<string, string[]>;
  readonly directoryRoles: Obj[];
  readonly roleMembers: Record<string, string[]>;
}

export interface SeenRequest {
  readonly method: string;
  readonly target: string;
  readonly scheme: string | undefined;
  readonly body: string;
  readonly status: number;
}

export interface FakeGraph {
  /** `http://127.0.0.1:PORT/v1.0/`, what --api-endpoint is given. */
  readonly apiEndpoint: string;
  readonly tokenUrl: string;
  readonly requests: SeenRequest[];
  /** The `scope` of every token request. */
  readonly tokenScopes: string[];
  readonly directory: GraphDirectory;
  close(): Promise<void>;
}

export interface FakeGraphOptions {
  readonly clientId: string;
  readonly clientSecret: string;
  /** Graph's default page size when $top is absent is 100; tests lower it to force paging. */
  readonly maxTop?: number;
  /** Origin written into @odata.nextLink; default this server's. */
  readonly linkOrigin?: string;
  /** The first member added also leaves every other group, as a replace instead of an add would. */
  readonly dropOthersOnFirstAdd?: boolean;
  /**
   * A listing whose paths end with `pathEnd` pages wrongly: after the page at `$skiptoken` = skip, its nextLink
   * names `next(skip)` whatever the collection holds (a cycle, a link to itself, a listing without end).
   */
  readonly hostile?: { readonly pathEnd: string; readonly next: (skip: number) => number };
}

export function readDirectory(url: URL): GraphDirectory {
  return JSON.parse(readFileSync(url, 'utf8')) as GraphDirectory;
}

const ACCESS_TOKEN = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.fake-graph-token.';

function send(res: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    res.writeHead(status).end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8' });
  res.end(JSON.stringify(body));
}

function graphError(res: ServerResponse, status: number, code: string, message: string): void {
  send(res, status, { error: { code, message, innerError: { 'request-id': 'a1b2c3d4-0000-4000-8000-000000000000', date: '2024-06-01T10:00:00' } } });
}

function memberObject(dir: GraphDirectory, ref: string): Obj {
  const [kind, id] = ref.includes(':') ? ref.split(':') : ['', ref];
  if (kind === 'device') return { '@odata.type': '#microsoft.graph.device', id, displayName: 'LAPTOP-7Q2' };
  if (kind === 'sp') return { '@odata.type': '#microsoft.graph.servicePrincipal', id, displayName: 'Provisioning app' };
  const user = dir.users.find((u) => u['id'] === id);
  if (user) return { '@odata.type': '#microsoft.graph.user', id, displayName: user['displayName'], userPrincipalName: user['userPrincipalName'] };
  const group = dir.groups.find((g) => g['id'] === id);
  return { '@odata.type': '#microsoft.graph.group', id, displayName: group?.['displayName'] ?? null };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startFakeGraph(directory: GraphDirectory, options: FakeGraphOptions): Promise<FakeGraph> {
  const dir = structuredClone(directory);
  const requests: SeenRequest[] = [];
  const tokenScopes: string[] = [];
  let origin = '';
  let misbehave = options.dropOthersOnFirstAdd === true;
  // Direct memberships as Graph lists them: groups and directory roles alike, told apart by @odata.type.
  const memberOf = (id: string): Obj[] => [
    ...dir.groups.filter((g) => dir.groupMembers[String(g['id'])]?.includes(id)).map((g) => ({ '@odata.type': '#microsoft.graph.group', id: g['id'], displayName: g['displayName'] })),
    ...dir.directoryRoles.filter((r) => dir.roleMembers[String(r['id'])]?.includes(id)).map((r) => ({ '@odata.type': '#microsoft.graph.directoryRole', id: r['id'], displayName: r['displayName'] })),
  ];
  const collection = (req: IncomingMessage, url: URL, items: Obj[], fixedTop?: number): unknown => {
    const top = fixedTop ?? Math.min(Number(url.searchParams.get('$top') ?? '100'), options.maxTop ?? 999);
    const skip = Number(url.searchParams.get('$skiptoken') ?? '0');
    const page = items.slice(skip, skip + top);
    const next = new URL(url.pathname, options.linkOrigin ?? origin);
    for (const [k, v] of url.searchParams) if (k !== '$skiptoken') next.searchParams.set(k, v);
    const hostile = options.hostile !== undefined && url.pathname.endsWith(options.hostile.pathEnd) ? options.hostile : undefined;
    next.searchParams.set('$skiptoken', String(hostile ? hostile.next(skip) : skip + top));
    return {
      '@odata.context': `${origin}/v1.0/$metadata#${url.pathname.split('/').slice(2).join('/')}`,
      ...(hostile || skip + top < items.length ? { '@odata.nextLink': next.toString() } : {}),
      value: page,
    };
  };
  const route = (req: IncomingMessage, res: ServerResponse, body: string): number => {
    const url = new URL(req.url ?? '/', 'http://graph.invalid');
    const method = req.method ?? 'GET';
    if (method === 'POST' && url.pathname === `/${dir.tenantId}/oauth2/v2.0/token`) {
      const form = new URLSearchParams(body);
      tokenScopes.push(form.get('scope') ?? '');
      // The scope names this Graph host, as a national cloud's does (https://graph.microsoft.us/.default).
      const ok = form.get('grant_type') === 'client_credentials' && form.get('scope') === `${origin}/.default`
        && form.get('client_id') === options.clientId && form.get('client_secret') === options.clientSecret;
      if (!ok) {
        send(res, 401, { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' });
        return 401;
      }
      send(res, 200, { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: ACCESS_TOKEN });
      return 200;
    }
    if (req.headers.authorization !== `Bearer ${ACCESS_TOKEN}`) {
      graphError(res, 401, 'InvalidAuthenticationToken', 'Access token is empty.');
      return 401;
    }
    const parts = url.pathname.split('/').slice(2).map(decodeURIComponent);
    const [resource, id, sub, memberId, ref] = parts;
    if (method === 'GET' && parts.length === 1 && resource === 'users') return ok(res, collection(req, url, dir.users));
    if (method === 'GET' && parts.length === 1 && resource === 'groups') return ok(res, collection(req, url, dir.groups));
    if (method === 'GET' && parts.length === 1 && resource === 'directoryRoles') return ok(res, { '@odata.context': 'x', value: dir.directoryRoles });
    if (method === 'GET' && parts.length === 3 && resource === 'users' && sub === 'memberOf' && id !== undefined) {
      if (!dir.users.some((u) => u['id'] === id)) return notFound(res, id);
      return ok(res, collection(req, url, memberOf(id)));
    }
    if (method === 'GET' && parts.length === 3 && sub === 'members' && id !== undefined) {
      const ids = resource === 'groups' ? dir.groupMembers[id] : resource === 'directoryRoles' ? dir.roleMembers[id] : undefined;
      if (ids === undefined) return notFound(res, id);
      // A directory role's members: "a default of 1,000 objects", $top not supported, and no nextLink past them.
      if (resource === 'directoryRoles') return ok(res, collection(req, url, ids.slice(0, 1000).map((m) => memberObject(dir, m)), 1000));
      return ok(res, collection(req, url, ids.map((m) => memberObject(dir, m))));
    }
    if (method === 'GET' && url.pathname === '/v1.0/roleManagement/directory/roleAssignments') {
      const filter = /^roleDefinitionId eq '([^']+)'$/.exec(url.searchParams.get('$filter') ?? '');
      const role = dir.directoryRoles.find((r) => r['roleTemplateId'] === filter?.[1]);
      if (role === undefined || url.searchParams.get('$expand') !== 'principal') return badRequest(res, url.search);
      const ids = dir.roleMembers[String(role['id'])] ?? [];
      const assignments = ids.map((m, i) => ({ id: `ra-${i}`, roleDefinitionId: filter?.[1], principalId: m, directoryScopeId: '/', principal: memberObject(dir, m) }));
      // An assignment scoped to an administrative unit is not tenant-wide role membership.
      assignments.push({ id: 'ra-au', roleDefinitionId: filter?.[1], principalId: 'e8b753b5-4117-464e-9a08-713e1ff266b3', directoryScopeId: '/administrativeUnits/au-1', principal: memberObject(dir, 'e8b753b5-4117-464e-9a08-713e1ff266b3') });
      return ok(res, collection(req, url, assignments));
    }
    if (resource === 'groups' && id !== undefined && sub === 'members') {
      const members = (dir.groupMembers[id] ??= []);
      if (method === 'POST' && parts.length === 4 && memberId === '$ref') {
        const raw = (JSON.parse(body) as Obj)['@odata.id'];
        const target = typeof raw === 'string' ? raw : '';
        const added = target.slice(target.lastIndexOf('/') + 1);
        if (!target.startsWith(`${origin}/v1.0/directoryObjects/`)) return badRequest(res, target);
        if (members.includes(added)) {
          graphError(res, 400, 'Request_BadRequest', "One or more added object references already exist for the following modified properties: 'members'.");
          return 400;
        }
        members.push(added);
        if (misbehave) {
          misbehave = false;
          for (const [other, list] of Object.entries(dir.groupMembers)) if (other !== id && list.includes(added)) list.splice(list.indexOf(added), 1);
        }
        send(res, 204);
        return 204;
      }
      if (method === 'DELETE' && parts.length === 5 && ref === '$ref' && memberId !== undefined) {
        const at = members.indexOf(memberId);
        if (at < 0) return notFound(res, memberId);
        members.splice(at, 1);
        send(res, 204);
        return 204;
      }
    }
    return notFound(res, url.pathname);
  };
  const server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const status = route(req, res, body);
      requests.push({ method: req.method ?? 'GET', target: req.url ?? '/', scheme: req.headers.authorization?.split(' ')[0], body, status });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    apiEndpoint: `${origin}/v1.0/`,
    tokenUrl: `${origin}/${dir.tenantId}/oauth2/v2.0/token`,
    requests,
    tokenScopes,
    directory: dir,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function ok(res: ServerResponse, body: unknown): number {
  send(res, 200, body);
  return 200;
}

function notFound(res: ServerResponse, what: string): number {
  graphError(res, 404, 'Request_ResourceNotFound', `Resource '${what}' does not exist or one of its queried reference-property objects are not present.`);
  return 404;
}

function badRequest(res: ServerResponse, what: string): number {
  graphError(res, 400, 'Request_BadRequest', `Invalid object identifier '${what}'.`);
  return 400;
}
