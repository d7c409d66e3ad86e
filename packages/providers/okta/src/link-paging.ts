// Okta pages with `limit` and `Link: <…>; rel="next"`; a next link is followed only under the configured API base.
import { hookPage, hookPages, ScimHttpError, type JsonValue, type ListHookContext, type Query } from '@baton-scim/scim';
import { isObject, text } from './json.js';

export interface OktaPage {
  readonly items: readonly JsonValue[];
  /** The next request, relative to the API base (e.g. `users?after=00u…&limit=200`); '' on the last page. */
  readonly next: string;
}

/** The target of the `rel="next"` link in a Link header (RFC 8288), which Okta may send as several joined values. */
export function nextLinkOf(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  for (const [, target, params] of header.matchAll(/<([^>]*)>([^,]*)/g)) {
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^;\s]+))/i.exec(params ?? '');
    const values = (rel?.[1] ?? rel?.[2] ?? '').toLowerCase().split(/\s+/);
    if (values.includes('next')) return target;
  }
  return undefined;
}

/** The next link as a request under the API base; anything else is refused so the token never leaves that base. */
export function relativeNext(link: string, apiEndpoint: string, path: string): string {
  const base = new URL(apiEndpoint);
  const prefix = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`;
  let next: URL;
  try {
    next = new URL(link, base);
  } catch (cause) {
    throw refused(path, `sent a next link that is not a URL (${link.slice(0, 200)})`, cause);
  }
  if (next.origin !== base.origin || !next.pathname.startsWith(prefix)) {
    throw refused(path, `sent a next link outside ${base.origin}${prefix} (${next.origin}${next.pathname})`);
  }
  return `${next.pathname.slice(prefix.length)}${next.search}`;
}

function refused(path: string, problem: string, cause?: unknown): ScimHttpError {
  const advice = 'check that --api-endpoint is your Okta org URL ending in /api/v1/, e.g. https://example.okta.com/api/v1/';
  return new ScimHttpError({ code: 'invalid-data', method: 'GET', path, problem, advice, requestSent: true, ...(cause === undefined ? {} : { cause }) });
}

type OktaContext = Pick<ListHookContext, 'client' | 'signal' | 'config'>;

/** The page at `position` ('' for the first: `path` with `query`; later exactly the next link Okta sent). */
function fetcher(ctx: OktaContext, path: string, query: Query): (position: string) => Promise<OktaPage> {
  return async (position) => {
    const res = await ctx.client.get(position === '' ? path : position, position === '' ? query : undefined, { signal: ctx.signal });
    if (!Array.isArray(res.body)) {
      const problem = `returned ${res.body === undefined ? 'no body' : 'JSON that is not an array'} (HTTP ${res.status})`;
      throw new ScimHttpError({ code: 'invalid-data', method: 'GET', path, problem, advice: 'check that --api-endpoint points at the Okta Management API (/api/v1/)', requestSent: true });
    }
    const link = nextLinkOf(res.headers['link']);
    return { items: res.body, next: link === undefined ? '' : relativeNext(link, ctx.config.apiEndpoint, path) };
  };
}

const oktaId = (item: JsonValue): string | undefined => (isObject(item) ? text(item['id']) : undefined);

/**
 * One page of a listing the engine drives; the hook's cursor carries the next link together with the bounds of
 * the shared hook paging (a link that repeats or cycles, or a listing past the page cap, fails).
 */
export function oktaPage(ctx: OktaContext & Pick<ListHookContext, 'cursor'>, path: string, query: Query): Promise<{ items: JsonValue[]; nextCursor: string }> {
  return hookPage(ctx.cursor, { what: `Okta GET ${path}`, idOf: oktaId }, fetcher(ctx, path, query));
}

/** Every item of a listing read inside one hook call (a user's groups), with the same bounds. */
export function oktaAll(ctx: OktaContext, path: string, query: Query): Promise<JsonValue[]> {
  return hookPages({ what: `Okta GET ${path}`, idOf: oktaId }, fetcher(ctx, path, query));
}
