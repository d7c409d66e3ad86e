// Reusable zod field types of the config: JSONPaths checked at load, URLs, SCIM attribute names.
import { z } from 'zod';
import { compilePath } from '../jsonpath/compile.js';
import { JsonPathError } from '../jsonpath/errors.js';

/** A JSONPath, compiled while validating so a bad path is reported with its key, never per record. */
export function jsonPathField(description: string) {
  return z
    .string()
    .superRefine((value, ctx) => {
      try {
        compilePath(value, { key: 'config' });
      } catch (err) {
        if (!(err instanceof JsonPathError)) throw err;
        ctx.addIssue({ code: 'custom', message: `invalid JSONPath ${JSON.stringify(value)}: ${err.reason}` });
      }
    })
    .describe(description);
}

/** An http(s) URL without user info: credentials come from flags, never from the file. */
export function httpUrlField(description: string) {
  return z
    .url({ protocol: /^https?$/, error: 'must be an absolute http:// or https:// URL' })
    .refine((url) => !/^[a-z]+:\/\/[^/?#]*@/i.test(url), {
      message: 'must not contain a user name or password; credentials come from flags such as --username',
    })
    .describe(description);
}

/** A base URL the connector appends paths and its own query parameters to: no query or fragment. */
export function baseUrlField(description: string) {
  return httpUrlField(description).refine((url) => !/[?#]/.test(url), {
    message: 'must not contain a query (?…) or fragment (#…): the connector adds paths and its own query parameters; remove it',
  });
}

/** A SCIM attribute path as sent in a PATCH operation (`members`, `roles`, `roles.value`, URN-qualified names). */
export function scimAttributeField(description: string) {
  return z
    .string()
    .regex(/^[A-Za-z][\w$:.-]*$/, 'must be a SCIM attribute path such as "members" or "roles"')
    .describe(description);
}

/** Cross-key rules run even when a sibling key failed, so one load reports every problem. */
export const evenWithOtherIssues = {
  when: (payload: z.core.ParsePayload): boolean => typeof payload.value === 'object' && payload.value !== null,
};

/** Reports a problem at `key` of the object a cross-key rule is checking. */
export function problemAt<T>(ctx: z.core.$RefinementCtx<T>, key: string, message: string): void {
  ctx.addIssue({ code: 'custom', path: [key], message });
}

export function pageSizeField(description: string) {
  return z.int().min(1).max(10_000).describe(description);
}
