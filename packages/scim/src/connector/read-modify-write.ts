// Rewrites a multi-valued attribute inside the whole resource (PUT), from a fresh read, guarded by If-Match when versioned.
import { BatonError } from '@baton-scim/core';
import { isJsonObject, type JsonObject, type JsonValue } from '../http/json.js';
import { keyOf, listAt } from './attribute-read.js';
import { clientFor, type ConnectorContext } from './context.js';
import { etagAdvertised, versionTag } from './etag.js';

export interface ListEdit {
  /** `/Users/{id}`, id already encoded. */
  readonly path: string;
  /** The multi-valued attribute, e.g. `roles`. */
  readonly attribute: string;
  /** The new list, or undefined when the change is already in place. */
  readonly edit: (elements: readonly JsonValue[]) => JsonValue[] | undefined;
  readonly write: (resource: JsonObject, key: string, next: JsonValue[], ifMatch: string | undefined) => Promise<void>;
  readonly signal: AbortSignal;
}

/** One read and one write; a 412 reaches the caller, whose verified change reads again. */
export async function readModifyWrite(ctx: ConnectorContext, e: ListEdit): Promise<void> {
  const supported = await etagAdvertised(ctx, e.signal);
  const client = await clientFor(ctx, 'provisioningReads');
  const res = await client.get(e.path, undefined, { signal: e.signal });
  if (!isJsonObject(res.body)) {
    throw new BatonError('invalid-data', `GET ${e.path} did not return a SCIM resource object, so it cannot be changed safely`);
  }
  const key = keyOf(res.body, e.attribute);
  const next = e.edit(listAt(res.body, key));
  if (next === undefined) return;
  await e.write(res.body, key, next, versionTag(res, supported));
}
