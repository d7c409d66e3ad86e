// Reads every page of a Zoom REST list (`page_size` + `next_page_token`) under https://api.zoom.us/v2/.
import { hookPages, ScimHttpError, httpAuth, type JsonObject, type JsonValue, type ListHookContext, type ScimHttpClient } from '@baton-scim/scim';

export function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Zoom's REST lists named here accept up to 300 records per page ("light" APIs). */
export const REST_PAGE_SIZE = 300;

/** The REST API beside the SCIM2 one: same origin, path `/v2/` (https://api.zoom.us/scim2/ → https://api.zoom.us/v2/). */
export function restBase(apiEndpoint: string): string {
  return new URL('/v2/', apiEndpoint).toString();
}

/** A client for the REST API with the SCIM client's credentials: the same server-to-server OAuth app. */
export function restClient(ctx: ListHookContext): ScimHttpClient {
  return ctx.createClient({ baseUrl: restBase(ctx.config.apiEndpoint), auth: httpAuth(ctx.config, ctx.credentials) });
}

function invalid(path: string, problem: string): ScimHttpError {
  const advice = 'check that the Zoom app has the REST scopes listed in the provider README (roles and groups, read)';
  return new ScimHttpError({ code: 'invalid-data', method: 'GET', path, problem, advice, requestSent: true });
}

/**
 * Every item of `key` across all pages of `path`; the walk ends when Zoom sends an empty next_page_token, and the
 * shared hook paging bounds it (a token that repeats or cycles, or a listing past the page cap, fails).
 */
export function restListAll(client: ScimHttpClient, path: string, key: string, signal: AbortSignal): Promise<JsonObject[]> {
  return hookPages({ what: `Zoom GET ${path}`, idOf: (item: JsonObject) => text(item['id']) }, async (token) => {
    const query = { page_size: REST_PAGE_SIZE, ...(token === '' ? {} : { next_page_token: token }) };
    const res = await client.get(path, query, { signal });
    if (!isObject(res.body)) throw invalid(path, `returned no JSON object (HTTP ${res.status})`);
    const list = res.body[key];
    if (list !== undefined && !Array.isArray(list)) throw invalid(path, `returned "${key}" that is not an array`);
    const next = res.body['next_page_token'];
    return { items: (list ?? []).filter(isObject), next: typeof next === 'string' ? next : '' };
  });
}

/** Zoom ids are strings; some REST lists send numbers. */
export const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined);
