// Two small real servers for cases the testkit server does not cover: a strict SCIM server and a non-SCIM directory API.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LocalServer {
  readonly origin: string;
  readonly requests: { method: string; url: string; body: unknown; authorization: string | undefined }[];
  close(): Promise<void>;
}

type Handler = (method: string, url: URL, body: unknown, res: ServerResponse) => void;

async function serve(handler: Handler): Promise<LocalServer> {
  const requests: LocalServer['requests'] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const body: unknown = text === '' ? undefined : JSON.parse(text);
      const url = new URL(req.url ?? '/', 'http://localhost');
      requests.push({ method: req.method ?? 'GET', url: `${url.pathname}${url.search}`, body, authorization: req.headers.authorization });
      handler(req.method ?? 'GET', url, body, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/scim+json', ...headers });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}

function scimError(res: ServerResponse, status: number, scimType: string, detail: string): void {
  json(res, status, { schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: String(status), scimType, detail });
}

/**
 * One group `g1` whose PATCH rejects value-filter paths (as better-auth does for roles) and answers an add of
 * an existing member with 409 (as some servers do instead of the RFC's silent success); `replace` sets the list.
 */
export async function startStrictScimServer(members: string[]): Promise<LocalServer & { readonly state: { members: string[] } }> {
  const state = { members: [...members] };
  const server = await serve((method, url, body, res) => {
    if (url.pathname !== '/scim/v2/Groups/g1') return scimError(res, 404, 'noTarget', 'not found');
    const group = { id: 'g1', displayName: 'G1', members: state.members.map((value) => ({ value, type: 'User' })) };
    if (method === 'GET') return json(res, 200, group);
    const op = (body as { Operations: { op: string; path: string; value?: { value: string }[] }[] }).Operations[0]!;
    if (op.path.includes('[')) return scimError(res, 400, 'invalidPath', 'value filters are not supported in PATCH paths');
    const ids = (op.value ?? []).map((v) => v.value);
    if (op.op === 'add') {
      if (ids.some((id) => state.members.includes(id))) return scimError(res, 409, 'uniqueness', 'already a member');
      state.members.push(...ids);
    } else if (op.op === 'remove') {
      state.members = state.members.filter((m) => !ids.includes(m));
    } else if (op.op === 'replace') {
      state.members = ids;
    }
    return json(res, 204, undefined);
  });
  return { ...server, state };
}

export interface DirectoryPerson {
  readonly id: string;
  readonly login: string;
  readonly firstName: string;
  readonly lastName: string;
}

/**
 * A non-SCIM directory API in the style of Okta's: `SSWS` tokens, `limit` and `after` parameters, and the next
 * page in a `Link: <…>; rel="next"` header.
 */
export async function startDirectoryApi(token: string, people: DirectoryPerson[], groups: Record<string, string[]>): Promise<LocalServer> {
  const page = (res: ServerResponse, url: URL, items: unknown[]): void => {
    const limit = Number(url.searchParams.get('limit') ?? '200');
    const after = Number(url.searchParams.get('after') ?? '0');
    const slice = items.slice(after, after + limit);
    const headers: Record<string, string> = {};
    if (after + limit < items.length) {
      const next = new URL(url.toString());
      next.searchParams.set('after', String(after + limit));
      headers['link'] = `<${server.origin}${next.pathname}${next.search}>; rel="next"`;
    }
    json(res, 200, slice, headers);
  };
  const server = await serve((method, url, _body, res) => {
    if (res.req.headers.authorization !== `SSWS ${token}`) return json(res, 401, { errorCode: 'E0000011', errorSummary: 'Invalid token provided' });
    if (url.pathname === '/api/v1/users') return page(res, url, people.map((p) => ({ id: p.id, status: 'ACTIVE', profile: { login: p.login, email: p.login, firstName: p.firstName, lastName: p.lastName } })));
    if (url.pathname === '/api/v1/groups') return page(res, url, Object.keys(groups).map((id) => ({ id, profile: { name: `Group ${id}` } })));
    const members = /^\/api\/v1\/groups\/([^/]+)\/users$/.exec(url.pathname);
    if (members) return page(res, url, (groups[members[1]!] ?? []).map((id) => ({ id })));
    return json(res, 404, { errorCode: 'E0000007' });
  });
  return server;
}
