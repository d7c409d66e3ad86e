// Small HTTP helpers shared by the test files: raw requests against a running test server.
import { PATCH_OP_SCHEMA } from '../src/scim-types.js';

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

export async function call(url: string, init: RequestInit = {}): Promise<RawResponse> {
  const res = await fetch(url, init);
  const text = await res.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

export function bearer(token: string, extra: Record<string, string> = {}): Record<string, string> {
  return { authorization: `Bearer ${token}`, ...extra };
}

export function jsonInit(method: string, body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method, headers: { 'content-type': 'application/scim+json', ...headers }, body: JSON.stringify(body) };
}

export function patchOp(...operations: Array<Record<string, unknown>>): Record<string, unknown> {
  return { schemas: [PATCH_OP_SCHEMA], Operations: operations };
}

/** Bounded wait for a condition the server reaches asynchronously; fails the test instead of hanging it. */
export async function waitFor(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Walks index paging the way a careful client does: advance by what was returned; stop on an empty page or past totalResults. */
export async function walkIndex(url: string, count: number, headers: Record<string, string> = {}): Promise<{ ids: string[]; pages: any[] }> {
  const ids: string[] = [];
  const pages: any[] = [];
  let startIndex = 1;
  for (let guard = 0; guard < 1000; guard++) {
    const sep = url.includes('?') ? '&' : '?';
    const page = await call(`${url}${sep}startIndex=${startIndex}&count=${count}`, { headers });
    pages.push(page.json);
    const resources: any[] = page.json.Resources ?? [];
    if (resources.length === 0) break;
    ids.push(...resources.map((r) => r.id as string));
    startIndex += resources.length;
    if (typeof page.json.totalResults === 'number' && startIndex > page.json.totalResults) break;
  }
  return { ids, pages };
}

function records(list: unknown, what: string): Array<Record<string, unknown>> {
  if (!Array.isArray(list)) throw new Error(`expected ${what} to be an array, got ${JSON.stringify(list)}`);
  return list as Array<Record<string, unknown>>;
}

/** The ids of a ListResponse's Resources, in order. */
export function ids(body: unknown): string[] {
  return records((body as { Resources?: unknown }).Resources, 'Resources').map((r) => String(r['id']));
}

/** The `value`s of a multi-valued attribute such as members. */
export function values(list: unknown): string[] {
  return records(list, 'a multi-valued attribute').map((m) => String(m['value']));
}

export function str(value: unknown): string {
  if (typeof value !== 'string') throw new Error(`expected a string, got ${JSON.stringify(value)}`);
  return value;
}
