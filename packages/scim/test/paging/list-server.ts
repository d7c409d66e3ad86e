// A /Users list endpoint with switchable real-world paging quirks, plus an engine-like loop that drains it.
import { createScimHttpClient, type ScimHttpClient, type ScimPage } from '../../src/index.js';
import { json, startServer, type TestServer } from '../http/test-server.js';

export interface Quirks {
  /** Server-side cap on page size (Atlassian 100, AWS 50). */
  cap?: number;
  itemsPerPage?: 'actual' | 'count' | 'total' | 'zero';
  totalResults?: 'number' | 'missing' | 'string' | 'garbage';
  /** Past the end, answer page 1 again (SCIMMY 1.3.5). */
  wrapAround?: boolean;
  ignoreStartIndex?: boolean;
  ignoreCount?: boolean;
  /** Pages after the first start one item early, as if a user was inserted meanwhile. */
  shiftBack?: boolean;
  /** Pages after the first start this many items early (a server whose pages overlap). */
  overlap?: number;
  /** Pages after the first start this many items late (a server that skips resources between pages). */
  skip?: number;
  /** Report this totalResults whatever the server holds. */
  reportTotal?: number;
  /** Answer a startIndex past the end with this status instead of an empty page. */
  refusePastEnd?: number;
}

export const ids = (n: number) => Array.from({ length: n }, (_, i) => `u${String(i + 1).padStart(2, '0')}`);

export async function listServer(total: number, q: Quirks = {}): Promise<{ server: TestServer; client: ScimHttpClient }> {
  const all = ids(total);
  const server = await startServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const count = Number(url.searchParams.get('count') ?? '100');
    let start = Number(url.searchParams.get('startIndex') ?? '1');
    if (q.refusePastEnd !== undefined && start > total) {
      json(res, q.refusePastEnd, { schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: String(q.refusePastEnd), detail: 'startIndex out of range' });
      return;
    }
    if (q.ignoreStartIndex === true || (q.wrapAround === true && start > total)) start = 1;
    if (q.shiftBack === true && start > 1) start -= 1;
    if (start > 1) start = Math.max(1, start - (q.overlap ?? 0) + (q.skip ?? 0));
    const size = q.ignoreCount === true ? total : Math.min(count, q.cap ?? Infinity);
    const page = all.slice(start - 1, start - 1 + size).map((id) => ({ id, userName: `${id}@example.test` }));
    const ipp = { actual: page.length, count, total, zero: 0 }[q.itemsPerPage ?? 'actual'];
    const tr = q.reportTotal ?? { number: total, missing: undefined, string: String(total), garbage: 'lots' }[q.totalResults ?? 'number'];
    json(res, 200, { schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: tr, itemsPerPage: ipp, startIndex: q.wrapAround ? 'one' : start, Resources: page });
  });
  return { server, client: createScimHttpClient({ baseUrl: `${server.url}/scim/v2`, auth: { type: 'bearer', token: 'tok-abcdef' }, retry: { maxAttempts: 1 } }) };
}

/** Calls `page` the way the sync engine does: pass each token back until it is ''. */
export async function drain(page: (token: string) => Promise<ScimPage>, guard = 50): Promise<{ ids: string[]; tokens: string[] }> {
  const seen: string[] = [];
  const tokens: string[] = [];
  let token = '';
  for (let i = 0; i < guard; i += 1) {
    const p = await page(token);
    seen.push(...p.resources.map((r) => r['id'] as string));
    if (p.nextPageToken === '') return { ids: seen, tokens };
    if (p.nextPageToken === token) throw new Error('same page token twice');
    tokens.push(p.nextPageToken);
    token = p.nextPageToken;
  }
  throw new Error(`paging did not end within ${guard} pages`);
}
