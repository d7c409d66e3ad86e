// Rewrites a multi-valued attribute from a fresh read, guarded by If-Match and retried on a version conflict.
import { BatonError } from '@baton-scim/core';
import { isJsonObject, type JsonObject, type JsonValue } from '../http/json.js';
import { clientFor, type ConnectorContext } from './context.js';
import { etagAdvertised, versionTag } from './etag.js';
import { isVersionConflict } from './write-outcome.js';

const MAX_TRIES = 3;

export interface ListEdit {
  /** `/Groups/{id}` or `/Users/{id}`, ids already encoded. */
  readonly path: string;
  /** The multi-valued attribute, e.g. `members` or `roles`. */
  readonly attribute: string;
  /** Refuse unless the read returned a resource version (rewriting a list without If-Match races). */
  readonly requireVersion: string | undefined;
  /** The new list, or undefined when the change is already in place. */
  readonly edit: (elements: readonly JsonValue[]) => JsonValue[] | undefined;
  readonly write: (resource: JsonObject, key: string, next: JsonValue[], ifMatch: string | undefined) => Promise<void>;
  readonly signal: AbortSignal;
}

/** The read is never cached: a stale list would put back members removed since, or drop ones added since. */
export async function readModifyWrite(ctx: ConnectorContext, e: ListEdit): Promise<void> {
  const supported = await etagAdvertised(ctx, e.signal);
  for (let attempt = 1; ; attempt += 1) {
    const client = await clientFor(ctx, 'provisioningReads');
    const res = await client.get(e.path, undefined, { signal: e.signal });
    if (!isJsonObject(res.body)) {
      throw new BatonError('invalid-data', `GET ${e.path} did not return a SCIM resource object, so it cannot be changed safely`);
    }
    const tag = versionTag(res, supported);
    if (tag === undefined && e.requireVersion !== undefined) throw refusal(ctx, e, e.requireVersion);
    const key = keyOf(res.body, e.attribute);
    const next = e.edit(listAt(res.body, key));
    if (next === undefined) return;
    try {
      await e.write(res.body, key, next, tag);
      return;
    } catch (err) {
      if (!isVersionConflict(err) || attempt >= MAX_TRIES) throw err;
      ctx.logger.info({ path: e.path, attempt }, 'resource changed between read and write; reading it again');
    }
  }
}

function refusal(ctx: ConnectorContext, e: ListEdit, configKey: string): BatonError {
  return new BatonError(
    'failed-precondition',
    `${ctx.config.file}: ${configKey}: style "replace" rewrites the whole "${e.attribute}" list, which is only safe with ` +
      `If-Match, but ${ctx.config.apiEndpoint} does not support ETags (ServiceProviderConfig etag.supported is not true ` +
      `and GET ${e.path} returned no resource version). Nothing was changed; set style "filter" or "valueList" instead.`,
  );
}

/** SCIM attribute names are case-insensitive (RFC 7643 §2.1). */
export function keyOf(resource: JsonObject, attribute: string): string {
  const lower = attribute.toLowerCase();
  return Object.keys(resource).find((k) => k.toLowerCase() === lower) ?? attribute;
}

export function listAt(resource: JsonObject, key: string): JsonValue[] {
  const value = resource[key];
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The element's id under `valuePath`, compared as text. */
export function elementId(element: JsonValue, valuePath: string): string | undefined {
  if (!isJsonObject(element)) return typeof element === 'string' ? element : undefined;
  const value = element[valuePath];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}
