// Reads a SCIM ListResponse defensively: only `Resources` is trusted, and only after checking its shape.
import { BatonError } from '@baton-scim/core';
import { isJsonObject, type JsonObject, type JsonValue } from '../http/json.js';

export interface ListResponse {
  readonly resources: readonly JsonObject[];
  /** undefined when absent or not a number; never an error, since many servers get it wrong. */
  readonly totalResults: number | undefined;
  /** RFC 9865 cursor for the next page; undefined at the end. */
  readonly nextCursor: string | undefined;
}

/** Accepts numbers and numeric strings (SCIM servers send both); anything else is "unknown". */
export function looseCount(value: JsonValue | undefined): number | undefined {
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

export function readListResponse(body: JsonValue | undefined, what: string): ListResponse {
  if (!isJsonObject(body)) {
    throw new BatonError('invalid-data', `${what} did not return a SCIM ListResponse object; check the endpoint path in the provider config`);
  }
  const raw = body['Resources'];
  if (raw !== undefined && raw !== null && !Array.isArray(raw)) {
    throw new BatonError('invalid-data', `${what} returned "Resources" that is not an array; the server's list format is not SCIM`);
  }
  const resources = (raw ?? []).map((item, index) => {
    if (!isJsonObject(item)) throw new BatonError('invalid-data', `${what} returned Resources[${index}] that is not an object`);
    return item;
  });
  const next = body['nextCursor'];
  return {
    resources,
    totalResults: looseCount(body['totalResults']),
    nextCursor: typeof next === 'string' && next !== '' ? next : undefined,
  };
}
