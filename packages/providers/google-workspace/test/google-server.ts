// An Admin SDK Directory API and OAuth token endpoint stand-in on 127.0.0.1. The token endpoint checks the
// service account's RS256 JWT with the public key; lists page with maxResults/pageToken like the real API.
import { createVerify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type Obj = Record<string, unknown>;

export interface GoogleDirectory {
  readonly users: Obj[];
  readonly groups: Obj[];
  readonly members: Record<string, Obj[]>;
  readonly roles: Obj[];
  readonly roleAssignments: Obj[];
}

export interface SeenRequest {
  readonly method: string;
  readonly target: string;
  readonly authorization: string | undefined;
  readonly status: number;
}

export interface FakeGoogle {
  readonly apiEndpoint: string;
  readonly tokenUrl: string;
  readonly requests: SeenRequest[];
  /** Claims of every assertion the token endpoint accepted. */
  readonly assertions: Obj[];
  close(): Promise<void>;
}

export interface FakeGoogleOptions {
  readonly publicKey: string;
  readonly clientEmail: string;
  /** Serve at most this many items per page, whatever maxResults asks. */
  readonly pageCap?: number;
  /** Answer the first N Directory API requests with 403 and this quota reason, as Google does when throttling. */
  readonly quotaErrors?: { readonly first: number; readonly reason: string };
  /** A listing whose paths end with `pathEnd` sends, after the page at offset N, the token of `next(N)` always. */
  readonly hostile?: { readonly pathEnd: string; readonly next: (offset: number) => number };
}

export function readDirectory(url: URL): GoogleDirectory {
  return JSON.parse(readFileSync(url, 'utf8')) as GoogleDirectory;
}

const TOKEN = 'ya29.fake-google-access-token';

function send(res: ServerResponse, status: number, body: unknown): number {
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' }).end(JSON.stringify(body));
  return status;
}

function googleError(res: ServerResponse, status: number, message: string, reason: string): number {
  return send(res, status, { error: { code: status, message, errors: [{ message, domain: 'global', reason }] } });
}

/** The claims of a correctly signed RS256 JWT, or undefined. */
function verify(jwt: string, publicKey: string): Obj | undefined {
  const [header, claims, signature] = jwt.split('.');
  if (header === undefined || claims === undefined || signature === undefined) return undefined;
  const alg = (JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as Obj)['alg'];
  const ok = alg === 'RS256' && createVerify('RSA-SHA256').update(`${header}.${claims}`).verify(publicKey, Buffer.from(signature, 'base64url'));
  return ok ? (JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as Obj) : undefined;
}

export async function startFakeGoogle(directory: GoogleDirectory, options: FakeGoogleOptions): Promise<FakeGoogle> {
  const requests: SeenRequest[] = [];
  const assertions: Obj[] = [];
  let origin = '';
  let quotaRefusals = 0;
  const list = (res: ServerResponse, url: URL, kind: string, key: string, items: Obj[], max: number): number => {
    const asked = Number(url.searchParams.get('maxResults') ?? '100');
    if (asked > max) return googleError(res, 400, `Invalid value for maxResults: ${asked}`, 'invalid');
    const offset = Number(url.searchParams.get('pageToken')?.replace(/^tok/, '') ?? '0');
    const size = Math.min(asked, options.pageCap ?? asked);
    const page = items.slice(offset, offset + size);
    const hostile = options.hostile !== undefined && url.pathname.endsWith(options.hostile.pathEnd) ? options.hostile : undefined;
    if (hostile) return send(res, 200, { kind, etag: '"list"', [key]: page, nextPageToken: `tok${hostile.next(offset)}` });
    const more = offset + size < items.length;
    return send(res, 200, { kind, etag: '"list"', [key]: page, ...(more ? { nextPageToken: `tok${offset + size}` } : {}) });
  };
  const route = (req: IncomingMessage, res: ServerResponse, body: string): number => {
    const url = new URL(req.url ?? '/', 'http://google.invalid');
    if (req.method === 'POST' && url.pathname === '/token') {
      const form = new URLSearchParams(body);
      const claims = form.get('grant_type') === 'urn:ietf:params:oauth:grant-type:jwt-bearer' ? verify(form.get('assertion') ?? '', options.publicKey) : undefined;
      if (claims === undefined || claims['iss'] !== options.clientEmail || claims['aud'] !== `${origin}/token`) {
        return send(res, 400, { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' });
      }
      assertions.push(claims);
      return send(res, 200, { access_token: TOKEN, expires_in: 3599, token_type: 'Bearer' });
    }
    if (req.headers.authorization !== `Bearer ${TOKEN}`) return googleError(res, 401, 'Request had invalid authentication credentials.', 'authError');
    if (options.quotaErrors !== undefined && quotaRefusals < options.quotaErrors.first) {
      quotaRefusals += 1;
      return googleError(res, 403, 'Quota exceeded for quota metric', options.quotaErrors.reason);
    }
    const path = url.pathname.replace(/^\/admin\/directory\/v1\//, '');
    if (path === 'users') return url.searchParams.get('customer') === 'my_customer' ? list(res, url, 'admin#directory#users', 'users', directory.users, 500) : googleError(res, 400, 'Bad Request', 'badRequest');
    if (path === 'groups') return list(res, url, 'admin#directory#groups', 'groups', directory.groups, 200);
    if (path === 'customer/my_customer/roles') return list(res, url, 'admin#directory#roles', 'items', directory.roles, 100);
    if (path === 'customer/my_customer/roleassignments') return list(res, url, 'admin#directory#roleAssignments', 'items', directory.roleAssignments, 200);
    const members = /^groups\/([^/]+)\/members$/.exec(path);
    if (members?.[1] !== undefined) {
      const found = directory.members[decodeURIComponent(members[1])];
      return found === undefined ? googleError(res, 404, 'Resource Not Found: groupKey', 'notFound') : list(res, url, 'admin#directory#members', 'members', found, 200);
    }
    return googleError(res, 404, 'Not Found', 'notFound');
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const status = route(req, res, Buffer.concat(chunks).toString('utf8'));
      requests.push({ method: req.method ?? 'GET', target: req.url ?? '/', authorization: req.headers.authorization?.split(' ')[0], status });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    apiEndpoint: `${origin}/admin/directory/v1/`,
    tokenUrl: `${origin}/token`,
    requests,
    assertions,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
