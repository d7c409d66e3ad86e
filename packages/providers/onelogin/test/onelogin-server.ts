// A OneLogin stand-in on 127.0.0.1 serving fixtures/directory.json in OneLogin's shapes: the v2 token endpoint,
// v2 lists with `limit` then `cursor` and an `After-Cursor` header, and v1 groups with `pagination.after_cursor`.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type Obj = Record<string, unknown>;

export interface OneLoginDirectory {
  readonly users: Obj[];
  readonly groups: Obj[];
  readonly roles: Obj[];
  readonly roleUsers: Record<string, number[]>;
}

export interface SeenRequest {
  readonly method: string;
  readonly target: string;
  readonly authorization: string | undefined;
  readonly body: string;
  readonly status: number;
}

export interface FakeOneLogin {
  readonly apiEndpoint: string;
  readonly tokenUrl: string;
  readonly requests: SeenRequest[];
  close(): Promise<void>;
}

export function readDirectory(url: URL): OneLoginDirectory {
  return JSON.parse(readFileSync(url, 'utf8')) as OneLoginDirectory;
}

const TOKEN = 'ol-fake-access-token-0123456789abcdef';

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): number {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(body));
  return status;
}

/** Opaque cursors, each naming an offset into one list. */
class Cursors {
  private readonly issued = new Map<string, { list: string; offset: number }>();
  private seq = 0;
  issue(list: string, offset: number): string {
    const token = `c${(++this.seq).toString(36)}x${offset}`;
    this.issued.set(token, { list, offset });
    return token;
  }
  resolve(list: string, token: string): number | undefined {
    const found = this.issued.get(token);
    return found?.list === list ? found.offset : undefined;
  }
}

/** A v2 list whose paths end with `pathEnd` pages wrongly: its cursors go A→B→A…, or a fresh one comes forever. */
export interface Misbehaviour {
  readonly pathEnd: string;
  readonly kind: 'cycle' | 'endless';
}

export async function startFakeOneLogin(directory: OneLoginDirectory, client: { id: string; secret: string }, pageCap = 1000, misbehave?: Misbehaviour): Promise<FakeOneLogin> {
  const requests: SeenRequest[] = [];
  const cursors = new Cursors();
  let endless = 0;
  const v2List = (res: ServerResponse, url: URL, list: string, items: unknown[]): number => {
    const cursor = url.searchParams.get('cursor');
    if (misbehave !== undefined && url.pathname.endsWith(misbehave.pathEnd)) {
      const next = misbehave.kind === 'endless' ? `e${++endless}` : cursor === 'A' ? 'B' : 'A';
      // Each cursor serves its own item, so only the cursors go round.
      const at = cursor === null ? 0 : cursor === 'A' ? 1 : cursor === 'B' ? 2 : 3;
      return send(res, 200, items.slice(at, at + 1), { 'after-cursor': next });
    }
    const offset = cursor === null ? 0 : cursors.resolve(list, cursor);
    if (offset === undefined) return send(res, 400, { statusCode: 400, name: 'BadRequest', message: 'Invalid cursor' });
    // OneLogin keeps the first request's limit inside the cursor; the fake uses its page cap for later pages.
    const limit = Math.min(cursor === null ? Number(url.searchParams.get('limit') ?? '50') : pageCap, pageCap);
    const page = items.slice(offset, offset + limit);
    const end = offset + page.length;
    return send(res, 200, page, end < items.length ? { 'after-cursor': cursors.issue(list, end), 'total-count': String(items.length) } : { 'total-count': String(items.length) });
  };
  const route = (req: IncomingMessage, res: ServerResponse, body: string): number => {
    const url = new URL(req.url ?? '/', 'http://onelogin.invalid');
    if (req.method === 'POST' && url.pathname === '/auth/oauth2/v2/token') {
      const basic = `Basic ${Buffer.from(`${client.id}:${client.secret}`).toString('base64')}`;
      const grant = (JSON.parse(body || '{}') as Obj)['grant_type'];
      if (req.headers.authorization !== basic || grant !== 'client_credentials') return send(res, 401, { status: { error: true, code: 401, type: 'Unauthorized', message: 'Authentication Failure' } });
      return send(res, 200, { access_token: TOKEN, created_at: '2024-06-01T10:00:00.000Z', expires_in: 36000, refresh_token: 'ol-fake-refresh', token_type: 'bearer', account_id: 555555 });
    }
    if (req.headers.authorization !== `Bearer ${TOKEN}`) return send(res, 401, { statusCode: 401, name: 'Unauthorized', message: 'Authentication Failure' });
    const path = url.pathname;
    if (path === '/api/2/users') return v2List(res, url, 'users', directory.users);
    if (path === '/api/2/roles') return v2List(res, url, 'roles', directory.roles);
    const roleUsers = /^\/api\/2\/roles\/(\d+)\/users$/.exec(path);
    if (roleUsers?.[1] !== undefined) {
      const ids = directory.roleUsers[roleUsers[1]] ?? [];
      return v2List(res, url, path, ids.map((id) => ({ id, name: directory.users.find((u) => u['id'] === id)?.['username'] ?? '' })));
    }
    if (path === '/api/1/groups') {
      const cursor = url.searchParams.get('after_cursor');
      const offset = cursor === null ? 0 : cursors.resolve('groups', cursor);
      if (offset === undefined) return send(res, 400, { status: { error: true, code: 400, type: 'bad request', message: 'Invalid cursor' } });
      const page = directory.groups.slice(offset, offset + Math.min(50, pageCap));
      const end = offset + page.length;
      const after = end < directory.groups.length ? cursors.issue('groups', end) : null;
      return send(res, 200, { status: { error: false, code: 200, type: 'success', message: 'Success' }, pagination: { before_cursor: null, after_cursor: after, previous_link: null, next_link: after === null ? null : `https://example.onelogin.com/api/1/groups?after_cursor=${after}` }, data: page });
    }
    return send(res, 404, { statusCode: 404, name: 'NotFound', message: 'Not Found' });
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const status = route(req, res, body);
      requests.push({ method: req.method ?? 'GET', target: req.url ?? '/', authorization: req.headers.authorization?.split(' ')[0], body, status });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    apiEndpoint: `${origin}/api/`,
    tokenUrl: `${origin}/auth/oauth2/v2/token`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
