// Admin SDK paging: `maxResults` and `pageToken`, with the next token in the body's `nextPageToken`. Every listing
// goes through the shared hook paging, so a token that repeats or cycles, or a listing that never ends, fails.
import { hookPage, hookPages, ScimHttpError, type JsonValue, type Query, type ScimHttpClient } from '@baton-scim/scim';
import { isObject, text } from './json.js';

export interface GooglePage {
  readonly items: readonly JsonValue[];
  readonly next: string;
}

function fetcher(client: ScimHttpClient, path: string, query: Query, key: string, signal: AbortSignal): (cursor: string) => Promise<GooglePage> {
  return async (cursor) => {
    const res = await client.get(path, cursor === '' ? query : { ...query, pageToken: cursor }, { signal });
    const body = res.body;
    const list = isObject(body) ? (body[key] ?? []) : undefined;
    if (!Array.isArray(list)) {
      const advice = 'check that --api-endpoint is the Admin SDK Directory API base, https://admin.googleapis.com/admin/directory/v1/';
      throw new ScimHttpError({ code: 'invalid-data', method: 'GET', path, problem: `returned no "${key}" list (HTTP ${res.status})`, advice, requestSent: true });
    }
    return { items: list, next: isObject(body) ? (text(body['nextPageToken']) ?? '') : '' };
  };
}

/** Users, groups and members carry `id`; roles `roleId`, role assignments `roleAssignmentId`. */
const googleId = (item: JsonValue): string | undefined =>
  isObject(item) ? (text(item['id']) ?? text(item['roleAssignmentId']) ?? text(item['roleId'])) : undefined;

/** One page of a listing the engine drives; `cursor` is the hook's cursor. */
export function googlePage(client: ScimHttpClient, path: string, query: Query, key: string, cursor: string, signal: AbortSignal): Promise<{ items: JsonValue[]; nextCursor: string }> {
  return hookPage(cursor, { what: `Google Admin SDK GET ${path}`, idOf: googleId }, fetcher(client, path, query, key, signal));
}

export function googleAll(client: ScimHttpClient, path: string, query: Query, key: string, signal: AbortSignal): Promise<JsonValue[]> {
  return hookPages({ what: `Google Admin SDK GET ${path}`, idOf: googleId }, fetcher(client, path, query, key, signal));
}
