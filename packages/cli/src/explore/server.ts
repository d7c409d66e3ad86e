// The explorer's HTTP server: loopback only, every request under a per-run random token, read-only (GET and
// HEAD), nothing fetched from anywhere else (the CSS and script are served from here).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { csvCell } from '../inspect/export-csv.js';
import { cellText, CSS, JS } from './html.js';
import { ExploreModel, type ExploreSource } from './model.js';
import { changesPage, entitlementPage, glancePage, LISTS, NotFound, resourcePage, searchPage, searchResults, type Ctx } from './views.js';

export interface ExplorerOptions extends ExploreSource {
  /** 0 picks a free port. */
  readonly port: number;
  /** Files with at most this many records are indexed for search before serving; default 20,000. */
  readonly indexBeforeServing?: number;
  /** Search rows written per background step; default 500. */
  readonly indexChunk?: number;
}

export interface Explorer {
  /** The URL to open, token included. */
  readonly url: string;
  readonly model: ExploreModel;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
const CSV_PAGE = 1000;
/** Files this small are indexed for search before the URL is printed: it takes a moment and no page is partial. */
const INDEX_BEFORE_SERVING = 20_000;
/** Lists read from the search table: their CSV export waits for the whole table rather than export part of it. */
const INDEXED_LISTS = new Set(['search', 'disabled', 'privileged']);

const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
} as const;

export async function startExplorer(options: ExplorerOptions): Promise<Explorer> {
  const model = await ExploreModel.open(options, options.indexChunk === undefined ? {} : { indexChunk: options.indexChunk });
  if (model.progress.total <= (options.indexBeforeServing ?? INDEX_BEFORE_SERVING)) {
    await model.indexed.catch((err: unknown) => { model.close(); throw err; });
  }
  const token = randomBytes(24).toString('base64url');
  const base = `/${token}`;
  const ctx: Ctx = { model, base, fileLabel: options.file };
  let port = 0;
  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (err instanceof NotFound) return send(res, 404, 'text/plain; charset=utf-8', `not found: ${err.message}\n`);
      const note = model.damaged(err);
      send(res, 500, 'text/plain; charset=utf-8', `error: ${(err as Error).message}${note === undefined ? '' : `: ${note}`}\n`);
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Another local user, or a web page rebinding a name to 127.0.0.1, has neither the token nor our Host.
    const url = new URL(req.url ?? '/', `http://${HOST}:${port}`);
    if (!allowedHost(req.headers.host, port) || !hasToken(url.pathname, token)) {
      return send(res, 403, 'text/plain; charset=utf-8', 'forbidden: open the URL baton-scim explore printed; it carries this run\'s token\n');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      return send(res, 405, 'text/plain; charset=utf-8', 'read-only: only GET and HEAD are answered\n');
    }
    const parts = url.pathname.slice(base.length).split('/').filter((p) => p !== '').map(decodeURIComponent);
    const html = (body: string) => send(res, 200, 'text/html; charset=utf-8', body);
    const [head, a, b] = parts;
    if (head === undefined) return html(await glancePage(ctx, url));
    if (head === 'assets' && a === 'app.css') return send(res, 200, 'text/css; charset=utf-8', CSS);
    if (head === 'assets' && a === 'app.js') return send(res, 200, 'text/javascript; charset=utf-8', JS);
    if (head === 'search' && parts.length === 1) {
      return html(url.searchParams.get('fragment') === '1' ? await searchResults(ctx, url) : await searchPage(ctx, url));
    }
    if (head === 'changes' && parts.length === 1) return html(await changesPage(ctx, url));
    if (head === 'r' && a !== undefined && b !== undefined && parts.length === 3) return html(await resourcePage(ctx, url, { resourceType: a, resource: b }));
    if (head === 'e' && a !== undefined && parts.length === 2) return html(await entitlementPage(ctx, url, a));
    if (head === 'csv' && a !== undefined && parts.length === 2) return csv(res, a, url.searchParams, req.method === 'HEAD');
    throw new NotFound(url.pathname.slice(base.length));
  }

  /** Every row of a list, fetched a page at a time and written as it comes. */
  async function csv(res: ServerResponse, name: string, q: URLSearchParams, headOnly: boolean): Promise<void> {
    const make = LISTS[name];
    if (!make) throw new NotFound(`list ${name}`);
    if (INDEXED_LISTS.has(name)) await ctx.model.indexed;
    const spec = make(ctx, q);
    res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}.csv"` });
    if (headOnly) { res.end(); return; }
    res.write(spec.columns.map(csvCell).join(',') + '\n');
    for (let after = 0; ;) {
      const page = await spec.rows(after, CSV_PAGE);
      const chunk = page.items.map((row) => row.map((c) => csvCell(cellText(c))).join(',') + '\n').join('');
      if (chunk && !res.write(chunk)) await new Promise((r) => res.once('drain', r));
      if (page.next === undefined || res.destroyed) break;
      after = page.next;
    }
    res.end();
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, HOST, () => resolve());
  }).catch((err: unknown) => {
    model.close();
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(code === 'EADDRINUSE' ? `--port ${options.port}: already in use on ${HOST}; pick another port or 0 for any free one` : (err as Error).message);
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://${HOST}:${port}${base}/`,
    model,
    close: () => closeServer(server).finally(() => model.close()),
  };
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  if (res.headersSent) { res.destroy(); return; }
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, 'content-length': Buffer.byteLength(body) });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

function allowedHost(host: string | undefined, port: number): boolean {
  return host === `${HOST}:${port}` || host === `localhost:${port}`;
}

function hasToken(pathname: string, token: string): boolean {
  const given = Buffer.from(pathname.split('/')[1] ?? '');
  const want = Buffer.from(token);
  return given.length === want.length && timingSafeEqual(given, want);
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
