// A stateful stand-in for the parts of Okta's API that group provisioning uses, on 127.0.0.1.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OktaGroupState {
  readonly type: 'OKTA_GROUP' | 'APP_GROUP' | 'BUILT_IN';
  readonly name: string;
  members: string[];
}

export interface OktaWrites {
  readonly apiEndpoint: string;
  readonly groups: Map<string, OktaGroupState>;
  /** `METHOD /path` of every request, in order. */
  readonly requests: string[];
  /** The query string of every request, in the same order. */
  readonly queries: string[];
  close(): Promise<void>;
}

function json(res: ServerResponse, status: number, body?: unknown): void {
  res.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}

export async function startOktaWrites(token: string, groups: Record<string, OktaGroupState>): Promise<OktaWrites> {
  const state = new Map(Object.entries(groups));
  const requests: string[] = [];
  const queries: string[] = [];
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://x');
    const method = req.method ?? 'GET';
    requests.push(`${method} ${url.pathname}`);
    queries.push(url.search);
    if (req.headers.authorization !== `SSWS ${token}`) return json(res, 401, { errorCode: 'E0000011' });
    if (method === 'GET' && url.pathname === '/api/v1/users') return json(res, 200, []);
    const userGroups = /^\/api\/v1\/users\/([^/]+)\/groups$/.exec(url.pathname);
    if (method === 'GET' && userGroups) {
      const user = decodeURIComponent(userGroups[1]!);
      return json(res, 200, [...state].filter(([, g]) => g.members.includes(user)).map(([id, g]) => ({ id, type: g.type, profile: { name: g.name } })));
    }
    const group = /^\/api\/v1\/groups\/([^/]+)$/.exec(url.pathname);
    if (method === 'GET' && group) {
      const g = state.get(decodeURIComponent(group[1]!));
      return g ? json(res, 200, { id: group[1], type: g.type, profile: { name: g.name } }) : json(res, 404, { errorCode: 'E0000007' });
    }
    const membership = /^\/api\/v1\/groups\/([^/]+)\/users\/([^/]+)$/.exec(url.pathname);
    const g = membership ? state.get(decodeURIComponent(membership[1]!)) : undefined;
    if (membership && g && (method === 'PUT' || method === 'DELETE')) {
      // Okta itself refuses membership changes outside OKTA_GROUP groups.
      if (g.type !== 'OKTA_GROUP') return json(res, 403, { errorCode: 'E0000006' });
      const user = decodeURIComponent(membership[2]!);
      g.members = method === 'PUT' ? [...new Set([...g.members, user])] : g.members.filter((m) => m !== user);
      return json(res, 204);
    }
    return json(res, 404, { errorCode: 'E0000007' });
  };
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    apiEndpoint: `${origin}/api/v1/`,
    groups: state,
    queries,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
