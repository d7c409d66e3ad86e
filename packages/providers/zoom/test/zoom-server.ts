// A Zoom stand-in on 127.0.0.1: SCIM2 and the token endpoint from the testkit server (users in Zoom's documented
// ListUsers shape, without groups or roles), and the REST /v2 lists replayed from fixtures/rest.json.
import { readFileSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startScimServer, type AuthOptions, type ScimDirectoryData, type ScimTestServer } from '@baton-scim/testkit';

export interface FakeZoom {
  readonly scimUrl: string;
  readonly tokenUrl: string;
  /** `METHOD /path?query` of every REST request, with the Authorization scheme it carried. */
  readonly rest: { target: string; scheme: string | undefined }[];
  readonly scim: ScimTestServer;
  close(): Promise<void>;
}

type Recording = Record<string, unknown>;


/** Users as Zoom's SCIM ListUsers documents them: no `groups`, no `roles`. */
export function documentedListShape(directory: ScimDirectoryData): ScimDirectoryData {
  const users = directory.users.map(({ groups: _groups, roles: _roles, ...user }) => user);
  return { ...directory, users };
}

function replay(recording: Recording, req: IncomingMessage, res: ServerResponse, log: FakeZoom['rest']): void {
  const url = new URL(req.url ?? '/', 'http://zoom.invalid');
  const token = url.searchParams.get('next_page_token');
  const key = `${req.method ?? 'GET'} ${url.pathname}${token === null ? '' : `?next_page_token=${token}`}`;
  const scheme = req.headers.authorization?.split(' ')[0];
  log.push({ target: `${req.method ?? 'GET'} ${url.pathname}${url.search}`, scheme });
  const body = recording[key];
  const status = scheme !== 'Bearer' ? 401 : body === undefined ? 404 : 200;
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(status === 200 ? body : { code: status === 401 ? 124 : 4130, message: status === 401 ? 'Invalid access token.' : 'Not found' }));
}

function proxy(to: string, req: IncomingMessage, res: ServerResponse): void {
  const target = new URL(req.url ?? '/', to);
  const out = request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (upstream) => {
    res.writeHead(upstream.statusCode ?? 502, upstream.headers);
    upstream.pipe(res);
  });
  out.on('error', () => res.destroy());
  req.pipe(out);
}

/** `editRest` changes the REST recording before it is served (e.g. to make its paging misbehave). */
export async function startFakeZoom(directory: ScimDirectoryData, auth: AuthOptions, editRest?: (recording: Record<string, Record<string, unknown>>) => void): Promise<FakeZoom> {
  const recording = JSON.parse(readFileSync(new URL('../fixtures/rest.json', import.meta.url), 'utf8')) as Record<string, Record<string, unknown>>;
  editRest?.(recording);
  const scim = await startScimServer({ directory, auth, basePath: '/scim2' });
  const rest: FakeZoom['rest'] = [];
  const server = createServer((req, res) => {
    if ((req.url ?? '').startsWith('/v2/')) replay(recording, req, res, rest);
    else proxy(scim.origin, req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    scimUrl: `${origin}/scim2`,
    tokenUrl: new URL(new URL(scim.tokenUrl).pathname, origin).toString(),
    rest,
    scim,
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      });
      await scim.close();
    },
  };
}
