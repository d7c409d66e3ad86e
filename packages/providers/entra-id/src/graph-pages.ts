// Microsoft Graph paging: `$top` on the first request, then exactly the `@odata.nextLink` Graph sent, which is
// followed only while it stays under the configured API base so the token never leaves it. The shared hook
// paging bounds every listing: a link that repeats or cycles, or a listing past the page cap, fails.
import { hookPage, hookPages, ScimHttpError, type JsonValue, type ListHookContext, type Query } from '@baton-scim/scim';
import { isObject } from './json.js';

export interface GraphPage {
  readonly items: readonly JsonValue[];
  /** The next request relative to the API base (e.g. `users?$top=999&$skiptoken=…`); '' on the last page. */
  readonly next: string;
}

const ADVICE = 'check that --api-endpoint is the Microsoft Graph base, e.g. https://graph.microsoft.com/v1.0/';

function invalid(path: string, problem: string, cause?: unknown): ScimHttpError {
  return new ScimHttpError({ code: 'invalid-data', method: 'GET', path, problem, advice: ADVICE, requestSent: true, ...(cause === undefined ? {} : { cause }) });
}

/** The next link as a request under the API base; a link to any other origin or path is refused. */
export function relativeNext(link: string, apiEndpoint: string, path: string): string {
  const base = new URL(apiEndpoint);
  const prefix = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`;
  let next: URL;
  try {
    next = new URL(link, base);
  } catch (cause) {
    throw invalid(path, `sent an @odata.nextLink that is not a URL (${link.slice(0, 200)})`, cause);
  }
  if (next.origin !== base.origin || !next.pathname.startsWith(prefix)) {
    throw invalid(path, `sent an @odata.nextLink outside ${base.origin}${prefix} (${next.origin}${next.pathname})`);
  }
  return `${next.pathname.slice(prefix.length)}${next.search}`;
}

type GraphContext = Pick<ListHookContext, 'client' | 'signal' | 'config'>;

/** Reads the page at `position` ('' for the first): `{ value: [...], "@odata.nextLink"?: "…" }`. */
function fetcher(ctx: GraphContext, path: string, query: Query): (position: string) => Promise<GraphPage> {
  return async (position) => {
    const first = position === '';
    const res = await ctx.client.get(first ? path : position, first ? query : undefined, { signal: ctx.signal });
    const body = res.body;
    if (!isObject(body) || !Array.isArray(body['value'])) throw invalid(path, `returned no Graph collection (HTTP ${res.status})`);
    const link = body['@odata.nextLink'];
    return { items: body['value'], next: typeof link === 'string' && link !== '' ? relativeNext(link, ctx.config.apiEndpoint, path) : '' };
  };
}

const graphId = (item: JsonValue): string | undefined => (isObject(item) && typeof item['id'] === 'string' ? item['id'] : undefined);

/** One page of a Graph collection the engine drives; the cursor carries the next link and the paging bounds. */
export async function graphPage(ctx: GraphContext & Pick<ListHookContext, 'cursor'>, path: string, query: Query): Promise<{ items: JsonValue[]; nextCursor: string }> {
  return hookPage(ctx.cursor, { what: `Microsoft Graph GET ${path}`, idOf: graphId }, fetcher(ctx, path, query));
}

/** Every item of a Graph collection, page after page (for collections read inside one hook call). */
export function graphAll(ctx: GraphContext, path: string, query: Query): Promise<JsonValue[]> {
  return hookPages({ what: `Microsoft Graph GET ${path}`, idOf: graphId }, fetcher(ctx, path, query));
}
