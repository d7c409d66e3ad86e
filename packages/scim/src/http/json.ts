// JSON value types for SCIM bodies, and the one place response text becomes JSON.
import { BatonError } from '@baton-scim/core';

export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for `application/json`, `application/scim+json` and other `+json` media types. */
export function isJsonMediaType(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || type.endsWith('+json');
}

/**
 * Parses a successful response body. An empty body is `undefined` (204, or a 200 without
 * content); a body that does not parse is `invalid-data`, because a SCIM server that cut
 * its answer short must not look like an empty page.
 */
export function parseJsonBody(text: string, what: string): JsonValue | undefined {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as JsonValue;
  } catch (cause) {
    throw new BatonError(
      'invalid-data',
      `${what} returned a body that is not valid JSON (${Buffer.byteLength(text)} bytes, possibly truncated); ` +
        'retry, and if it persists check the server or any proxy in front of it',
      { cause },
    );
  }
}
