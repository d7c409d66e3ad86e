// Builds request targets under the configured base URL, and the query-free form used in messages.
import { BatonError } from '@baton-scim/core';

export type QueryValue = string | number | boolean | undefined;
export type Query = Readonly<Record<string, QueryValue>>;

export interface BaseUrl {
  /** `scheme://host[:port]`; the only origin that ever receives credentials. */
  readonly origin: string;
  /** Path prefix without a trailing slash, e.g. `/scim/v2` (empty for the root). */
  readonly prefix: string;
}

export function parseBaseUrl(raw: string): BaseUrl {
  let url: URL;
  try {
    url = new URL(raw);
  } catch (cause) {
    throw new BatonError('invalid-argument', `baseUrl "${raw}" is not an absolute URL; use e.g. https://api.example.com/scim/v2`, { cause });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new BatonError('invalid-argument', `baseUrl must use https (or http for local servers), got "${url.protocol}"`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new BatonError('invalid-argument', 'baseUrl must not contain a user name or password; configure them under auth instead');
  }
  if (url.search !== '' || url.hash !== '') {
    throw new BatonError('invalid-argument', `baseUrl must not contain a query or fragment: ${url.origin}${url.pathname}`);
  }
  return { origin: url.origin, prefix: url.pathname.replace(/\/+$/, '') };
}

/**
 * Percent-encodes with `encodeURIComponent` rather than URLSearchParams, which writes
 * spaces as `+`; several SCIM servers read a `+` in `filter` literally.
 */
export function encodeQuery(query: Query | undefined): string {
  if (query === undefined) return '';
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  }
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

/**
 * One id as a path segment: `encodeURIComponent` keeps `.`, so ids `.` and `..` would name the
 * collection or its parent; every dot of an all-dot id is escaped, which no dot-segment rule matches
 * once the path is never re-parsed (see resolvePath).
 */
export function pathSegment(id: string): string {
  const encoded = encodeURIComponent(id);
  return /^\.+$/.test(id) ? encoded.replace(/\./g, '%2E') : encoded;
}

/** Characters sent raw in a target; everything else is escaped, and existing `%XX` escapes are kept. */
const RAW_TARGET = /[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2}/y;

function escapeTarget(target: string): string {
  let out = '';
  let i = 0;
  while (i < target.length) {
    RAW_TARGET.lastIndex = i;
    const raw = RAW_TARGET.exec(target);
    if (raw) {
      out += raw[0];
      i += raw[0].length;
      continue;
    }
    const ch = String.fromCodePoint(target.codePointAt(i) ?? 0);
    out += encodeURIComponent(ch);
    i += ch.length;
  }
  return out;
}

/**
 * The request path under the base prefix; `path` may start with or without a slash. It is never
 * parsed as a URL: the URL parser folds `.`, `..` and their escaped forms, which would let an id
 * change the path. What may not appear raw (spaces, quotes, `#`, non-ASCII) is escaped.
 */
export function resolvePath(base: BaseUrl, path: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) {
    throw new BatonError('invalid-argument', `request path "${path.split('?')[0] ?? ''}" must be relative to baseUrl`);
  }
  const relative = path.replace(/^\/+/, '');
  return escapeTarget(relative === '' ? base.prefix || '/' : `${base.prefix}/${relative}`);
}

/** Path under the base prefix plus query, appended to any query the path already carries. */
export function requestTarget(base: BaseUrl, path: string, query?: Query): string {
  const target = resolvePath(base, path);
  const encoded = encodeQuery(query);
  return target.includes('?') && encoded !== '' ? `${target}&${encoded.slice(1)}` : target + encoded;
}

/** The part of a request target that is safe to show: the path, never the query. */
export function displayPath(target: string): string {
  return target.split('?')[0] ?? target;
}
