// A small Okta Management API stand-in on 127.0.0.1 that replays the recorded, scrubbed responses of fixtures/directory.json.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedResponse {
  /** `METHOD /path?query` as recorded. */
  readonly request: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string | readonly string[]>>;
  readonly body: unknown;
}

export interface OktaRecording {
  /** The org URL the responses were recorded from; their Link headers name it. */
  readonly recordedFrom: string;
  readonly responses: readonly RecordedResponse[];
}

export interface SeenRequest {
  readonly method: string;
  readonly target: string;
  /** Only the scheme of the Authorization header (`SSWS`), never the token. */
  readonly scheme: string | undefined;
  readonly status: number;
}

export interface FakeOkta {
  /** `http://127.0.0.1:PORT/api/v1/`, what --api-endpoint is given. */
  readonly apiEndpoint: string;
  readonly requests: SeenRequest[];
  close(): Promise<void>;
}

export interface FakeOktaOptions {
  readonly token: string;
  /** Origin written into Link headers instead of the recorded one; default: this server's origin. */
  readonly linkOrigin?: string;
}

export function readRecording(url: URL): OktaRecording {
  return JSON.parse(readFileSync(url, 'utf8')) as OktaRecording;
}

/** Requests match on method, path and query, except `limit`: the recording's page size is whatever it was. */
function matchKey(method: string, target: string): string {
  const url = new URL(target, 'http://recorded.invalid');
  const query = [...url.searchParams].filter(([k]) => k !== 'limit').sort(([a], [b]) => a.localeCompare(b));
  return `${method} ${url.pathname}?${new URLSearchParams(query).toString()}`;
}

function oktaError(res: ServerResponse, status: number, errorCode: string, errorSummary: string): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ errorCode, errorSummary, errorLink: errorCode, errorId: 'oaeFakeOktaErrorId0001', errorCauses: [] }));
}

function replay(res: ServerResponse, recorded: RecordedResponse, from: string, to: string): void {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(recorded.headers)) {
    headers[name] = typeof value === 'string' ? value.replaceAll(from, to) : value.map((v) => v.replaceAll(from, to));
  }
  res.writeHead(recorded.status, headers);
  res.end(JSON.stringify(recorded.body));
}

export async function startFakeOkta(recording: OktaRecording, options: FakeOktaOptions): Promise<FakeOkta> {
  const byKey = new Map(recording.responses.map((r) => {
    const [method = 'GET', target = '/'] = r.request.split(' ');
    return [matchKey(method, target), r] as const;
  }));
  const requests: SeenRequest[] = [];
  let origin = '';
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const method = req.method ?? 'GET';
    const target = req.url ?? '/';
    const authorization = req.headers.authorization;
    const log = (status: number): void => void requests.push({ method, target, scheme: authorization?.split(' ')[0], status });
    if (authorization !== `SSWS ${options.token}`) {
      log(401);
      oktaError(res, 401, 'E0000011', 'Invalid token provided');
      return;
    }
    const recorded = byKey.get(matchKey(method, target));
    if (recorded === undefined) {
      log(404);
      oktaError(res, 404, 'E0000007', `Not found: Resource not found: ${target}`);
      return;
    }
    log(recorded.status);
    replay(res, recorded, recording.recordedFrom, options.linkOrigin ?? origin);
  };
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    apiEndpoint: `${origin}/api/v1/`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
