// Turns one HTTP exchange into a SCIM response or a typed error.
import { STATUS_CODES } from 'node:http';
import { BatonError } from '@baton-scim/core';
import { readErrorBody } from './error-body.js';
import { statusError } from './errors.js';
import { isJsonMediaType, parseJsonBody, type JsonValue } from './json.js';
import { readThrottle, type HeaderMap } from './rate-limit.js';
import type { Redactor } from './redact.js';
import type { Exchange } from './transport.js';

export interface ScimResponse {
  readonly status: number;
  /** Response headers, names lower-cased. */
  readonly headers: HeaderMap;
  /** The `ETag` header, when the server sent one (SCIM `meta.version`). */
  readonly etag: string | undefined;
  /** Parsed JSON body; undefined when the body was empty (e.g. 204). */
  readonly body: JsonValue | undefined;
  /** Length of the body text: what holding the parsed body costs, roughly, for fetching pages ahead. */
  readonly bodyChars?: number;
}

export interface ResponseContext {
  readonly method: string;
  readonly path: string;
  readonly now: number;
  readonly redactor: Redactor;
  /** A 403 whose body names one of these is a rate limit (`http.retryOn403Reasons`). */
  readonly retryOn403Reasons?: readonly string[];
}

/** Whether a 403 body names one of the configured rate or quota reasons, as a whole word. */
function namesRateReason(text: string, reasons: readonly string[] | undefined): boolean {
  if (reasons === undefined || reasons.length === 0) return false;
  const words = new Set(text.split(/[^A-Za-z0-9_]+/));
  return reasons.some((reason) => words.has(reason));
}

function successBody(ctx: ResponseContext, ex: Exchange): JsonValue | undefined {
  const type = ex.headers['content-type'];
  const what = `${ctx.method} ${ctx.path} (HTTP ${ex.status})`;
  if (type === undefined || isJsonMediaType(type) || /^\s*[[{]/.test(ex.text) || ex.text.trim() === '') {
    return parseJsonBody(ex.text, what);
  }
  // A write already succeeded at this point; its body is informational and SCIM allows none.
  if (ctx.method !== 'GET') return undefined;
  const summary = readErrorBody(ex.text, ctx.redactor).summary;
  throw new BatonError(
    'invalid-data',
    `${what} returned ${type} instead of JSON (${summary}); check that the base URL points at the SCIM API and not at a login or proxy page`,
  );
}

export function toScimResponse(ctx: ResponseContext, ex: Exchange): ScimResponse {
  if (ex.status < 200 || ex.status >= 300) {
    const throttle = readThrottle(ex.status, ex.headers, ctx.now);
    throw statusError({
      method: ctx.method,
      path: ctx.path,
      status: ex.status,
      statusText: STATUS_CODES[ex.status] ?? '',
      body: readErrorBody(ex.text, ctx.redactor),
      waitMs: throttle.waitMs,
      rateLimit: throttle.rateLimit,
      rateReason: ex.status === 403 && namesRateReason(ex.text, ctx.retryOn403Reasons),
    });
  }
  return { status: ex.status, headers: ex.headers, etag: ex.headers['etag'], body: successBody(ctx, ex), bodyChars: ex.text.length };
}
