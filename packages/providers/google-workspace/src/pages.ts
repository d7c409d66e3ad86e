// Admin SDK paging: `maxResults` and `pageToken`, with the next token in the body's `nextPageToken`.
import { ScimHttpError, type JsonValue, type Query, type ScimHttpClient } from '@baton-scim/scim';
import { isObject, text } from './json.js';

export interface GooglePage {
  readonly items: readonly JsonValue[];
  readonly next: string;
}

export async function googlePage(client: ScimHttpClient, path: string, query: Query, key: string, cursor: string, signal: AbortSignal): Promise<GooglePage> {
  const res = await client.get(path, cursor === '' ? query : { ...query, pageToken: cursor }, { signal });
  const body = res.body;
  const list = isObject(body) ? (body[key] ?? []) : undefined;
  if (!Array.isArray(list)) {
    const advice = 'check that --api-endpoint is the Admin SDK Directory API base, https://admin.googleapis.com/admin/directory/v1/';
    throw new ScimHttpError({ code: 'invalid-data', method: 'GET', path, problem: `returned no "${key}" list (HTTP ${res.status})`, advice, requestSent: true });
  }
  const next = isObject(body) ? (text(body['nextPageToken']) ?? '') : '';
  if (next !== '' && next === cursor) {
    throw new ScimHttpError({ code: 'invalid-data', method: 'GET', path, problem: 'returned the pageToken it was called with, so paging would never end', advice: 'retry later; this is a server fault', requestSent: true });
  }
  return { items: list, next };
}

export async function googleAll(client: ScimHttpClient, path: string, query: Query, key: string, signal: AbortSignal): Promise<JsonValue[]> {
  const items: JsonValue[] = [];
  let cursor = '';
  do {
    const page = await googlePage(client, path, query, key, cursor, signal);
    items.push(...page.items);
    cursor = page.next;
  } while (cursor !== '');
  return items;
}
