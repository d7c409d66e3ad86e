// Small readers for Okta's JSON: present strings, nested objects, and objects without undefined fields.
import type { JsonObject, JsonValue } from '@baton-scim/scim';

export function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value when it is a string that is not blank; Okta sends null for unset profile attributes. */
export function text(value: JsonValue | undefined): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** The fields that have a value, so an unset Okta attribute is absent rather than an empty string. */
export function compact(fields: Readonly<Record<string, JsonValue | undefined>>): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) out[key] = value;
  return out;
}
