// When an ETag is a SCIM resource version that If-Match can rely on (RFC 7644 §3.14).
import { isNotFound } from '@baton-scim/core';
import { isJsonObject } from '../http/json.js';
import type { ScimResponse } from '../http/response.js';
import { clientFor, type ConnectorContext } from './context.js';

const advertised = new WeakMap<ConnectorContext, Promise<boolean>>();

/** ServiceProviderConfig `etag.supported`, read once per connector; a server without discovery says no. */
export function etagAdvertised(ctx: ConnectorContext, signal: AbortSignal): Promise<boolean> {
  let known = advertised.get(ctx);
  if (!known) {
    known = readSpc(ctx, signal).catch((err: unknown) => {
      advertised.delete(ctx);
      throw err;
    });
    advertised.set(ctx, known);
  }
  return known;
}

async function readSpc(ctx: ConnectorContext, signal: AbortSignal): Promise<boolean> {
  const client = await clientFor(ctx, 'discovery');
  try {
    const res = await client.get('/ServiceProviderConfig', undefined, { signal });
    const etag = isJsonObject(res.body) ? res.body['etag'] : undefined;
    return isJsonObject(etag) && etag['supported'] === true;
  } catch (err) {
    if (isNotFound(err)) return false;
    throw err;
  }
}

/**
 * The response's ETag when it is a resource version: the server advertises ETags, or the header mirrors
 * `meta.version`. Express puts a body hash in ETag for servers without versions (SCIMMY); that is no version.
 */
export function versionTag(res: ScimResponse, supported: boolean): string | undefined {
  const tag = res.etag;
  if (tag === undefined || tag.trim() === '') return undefined;
  if (supported) return tag;
  const meta = isJsonObject(res.body) ? res.body['meta'] : undefined;
  const version = isJsonObject(meta) ? meta['version'] : undefined;
  return typeof version === 'string' && opaque(version) === opaque(tag) ? tag : undefined;
}

function opaque(tag: string): string {
  return tag.trim().replace(/^W\//, '');
}
