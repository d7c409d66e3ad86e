// Records each request as the server saw it, with credentials and secret fields redacted.
import type { IncomingMessage } from 'node:http';
import type { AuthOptions, LoggedRequest } from './options.js';
import { redactCredential, redactFields } from './secrets.js';

const CREDENTIAL_HEADERS = ['authorization', 'proxy-authorization', 'cookie', 'x-api-key'];

function logHeaders(req: IncomingMessage, auth: AuthOptions | undefined): Record<string, string> {
  const secretHeaders = new Set([...CREDENTIAL_HEADERS, ...(auth?.apiKey ? [auth.apiKey.header.toLowerCase()] : [])]);
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(', ') : value;
    out[name] = secretHeaders.has(name) ? redactCredential(text) : text;
  }
  return out;
}

function logQuery(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of params) {
    const prev = out[key];
    out[key] = prev === undefined ? value : [...(Array.isArray(prev) ? prev : [prev]), value];
  }
  return out;
}

export function startEntry(seq: number, req: IncomingMessage, url: URL, auth: AuthOptions | undefined): LoggedRequest {
  return {
    seq,
    method: req.method ?? 'GET',
    path: url.pathname,
    query: logQuery(url.searchParams),
    headers: logHeaders(req, auth),
    body: undefined,
    status: undefined,
  };
}

/** Bodies are kept for assertions on what the client sent, minus anything that looks like a secret. */
export function logBody(raw: string, contentType: string | undefined): unknown {
  if (raw.length === 0) return undefined;
  const type = (contentType ?? '').toLowerCase();
  if (type.startsWith('application/x-www-form-urlencoded')) return redactFields(Object.fromEntries(new URLSearchParams(raw)));
  if (type.includes('json')) {
    try {
      return redactFields(JSON.parse(raw));
    } catch {
      // Logged as sent; the handler answers it with 400 invalidSyntax.
      return raw;
    }
  }
  return type.startsWith('text/') ? raw : `[${raw.length} bytes of ${type || 'untyped'} content not logged]`;
}
