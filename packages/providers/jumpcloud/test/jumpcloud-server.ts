// A JumpCloud API stand-in on 127.0.0.1 serving fixtures/directory.json in JumpCloud's shapes: v1
// `{ totalCount, results }`, v2 bare arrays and graph connections, a user's v2 memberof, `limit`/`skip` paging,
// `x-api-key` auth, and membership POSTs.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type Obj = Record<string, unknown>;

export interface JumpCloudDirectory {
  readonly systemusers: Obj[];
  readonly usergroups: Obj[];
  readonly members: Record<string, string[]>;
}

export interface SeenRequest {
  readonly method: string;
  readonly target: string;
  readonly apiKey: boolean;
  readonly authorization: string | undefined;
  readonly body: string;
  readonly status: number;
}

export interface FakeJumpCloud {
  readonly apiEndpoint: string;
  readonly requests: SeenRequest[];
  readonly directory: JumpCloudDirectory;
  close(): Promise<void>;
}

export function readDirectory(url: URL): JumpCloudDirectory {
  return JSON.parse(readFileSync(url, 'utf8')) as JumpCloudDirectory;
}

function send(res: ServerResponse, status: number, body?: unknown): number {
  if (body === undefined) res.writeHead(status).end();
  else res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
  return status;
}

/** JumpCloud refuses a limit above 100 with 400. */
function window(url: URL): { limit: number; skip: number } | undefined {
  const limit = Number(url.searchParams.get('limit') ?? '10');
  const skip = Number(url.searchParams.get('skip') ?? '0');
  return limit >= 1 && limit <= 100 && skip >= 0 ? { limit, skip } : undefined;
}

export interface FakeJumpCloudOptions {
  /** The first user added also leaves every other group, as a replace instead of an add would. */
  readonly dropOthersOnFirstAdd?: boolean;
  /** Lists whose paths end with this ignore `skip`: every request gets the first page again. */
  readonly ignoreSkipOn?: string;
}

export async function startFakeJumpCloud(directory: JumpCloudDirectory, apiKey: string, pageCap = 100, options: FakeJumpCloudOptions = {}): Promise<FakeJumpCloud> {
  const dir = structuredClone(directory);
  const requests: SeenRequest[] = [];
  let misbehave = options.dropOthersOnFirstAdd === true;
  // A user's groups as graph objects with paths, in the order of the user group list.
  const memberOf = (userId: string): Obj[] => dir.usergroups
    .filter((g) => dir.members[String(g['id'])]?.includes(userId))
    .map((g) => ({ id: g['id'], type: 'user_group', paths: [[{ attributes: null, to: { id: g['id'], type: 'user_group' } }]], compiledAttributes: null }));
  const route = (req: IncomingMessage, res: ServerResponse, body: string): number => {
    const url = new URL(req.url ?? '/', 'http://jc.invalid');
    if (req.headers['x-api-key'] !== apiKey) return send(res, 401, { message: 'Unauthorized' });
    const parts = url.pathname.split('/').slice(2).map(decodeURIComponent);
    const w = window(url);
    if (req.method === 'GET' && w === undefined) return send(res, 400, { message: 'Bad Request: limit must be between 1 and 100' });
    const skip = options.ignoreSkipOn !== undefined && url.pathname.endsWith(options.ignoreSkipOn) ? 0 : (w?.skip ?? 0);
    const page = <T>(items: T[]): T[] => items.slice(skip, skip + Math.min(w?.limit ?? 10, pageCap));
    if (req.method === 'GET' && parts.join('/') === 'systemusers') return send(res, 200, { totalCount: dir.systemusers.length, results: page(dir.systemusers) });
    if (req.method === 'GET' && parts.join('/') === 'v2/usergroups') return send(res, 200, page(dir.usergroups));
    const [v2, kind, groupId, sub] = parts;
    if (req.method === 'GET' && v2 === 'v2' && kind === 'users' && sub === 'memberof' && parts.length === 4) {
      const userId = parts[2] ?? '';
      if (!dir.systemusers.some((u) => u['_id'] === userId)) return send(res, 404, { message: 'Not Found' });
      return send(res, 200, page(memberOf(userId)));
    }
    if (v2 !== 'v2' || kind !== 'usergroups' || groupId === undefined || sub !== 'members' || parts.length !== 4) return send(res, 404, { message: 'Not Found' });
    const members = dir.members[groupId];
    if (members === undefined) return send(res, 404, { message: 'Not Found' });
    if (req.method === 'GET') {
      return send(res, 200, page(members).map((id) => ({ to: { id, type: 'user', attributes: null }, attributes: null })));
    }
    if (req.method !== 'POST') return send(res, 405, { message: 'Method Not Allowed' });
    const change = JSON.parse(body) as { op?: string; type?: string; id?: string };
    if (change.type !== 'user' || typeof change.id !== 'string') return send(res, 400, { message: 'Bad Request' });
    const at = members.indexOf(change.id);
    if (change.op === 'add' && at < 0) {
      members.push(change.id);
      if (misbehave) {
        misbehave = false;
        for (const [other, list] of Object.entries(dir.members)) if (other !== groupId && list.includes(change.id)) list.splice(list.indexOf(change.id), 1);
      }
    } else if (change.op === 'remove' && at >= 0) members.splice(at, 1);
    else return send(res, 409, { message: change.op === 'add' ? 'Already Exists' : 'Not Found' });
    return send(res, 204);
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const status = route(req, res, body);
      requests.push({ method: req.method ?? 'GET', target: req.url ?? '/', apiKey: req.headers['x-api-key'] === apiKey, authorization: req.headers.authorization, body, status });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    apiEndpoint: `${origin}/api/`,
    requests,
    directory: dir,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
