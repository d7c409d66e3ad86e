// The OAuth token request (form or JSON body, Basic or body client auth, client or account credentials) and its answer.
import { isJsonObject, type JsonValue } from './json.js';
import { JWT_BEARER_GRANT, type ClientCredentialsAuth } from './options.js';

export interface TokenHttpRequest {
  readonly headers: Record<string, string>;
  readonly body: string;
  /** Credentials made for this request only (a signed assertion), to be masked like the configured ones. */
  readonly secrets: readonly string[];
}

export interface IssuedToken {
  readonly value: string;
  /** Lifetime the server announced in `expires_in`; undefined when it did not say. */
  readonly lifetimeMs: number | undefined;
}

/** RFC 6749 §2.3.1: id and secret are form-encoded before they are joined and base64-encoded. */
export function basicClientAuth(auth: ClientCredentialsAuth): string {
  const pair = `${formEncode(auth.clientId)}:${formEncode(auth.clientSecret)}`;
  return `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`;
}

function formEncode(value: string): string {
  return encodeURIComponent(value).replace(/%20/g, '+');
}

function tokenParams(auth: ClientCredentialsAuth): Array<[string, string]> {
  const params: Array<[string, string]> = [['grant_type', auth.grantType]];
  // RFC 7523 §2.1: the signed assertion is the client's whole credential; no id or secret is sent.
  if (auth.grantType === JWT_BEARER_GRANT) return [...params, ['assertion', auth.assertion?.() ?? '']];
  if (auth.grantType === 'account_credentials' && auth.accountId !== undefined) params.push(['account_id', auth.accountId]);
  if (auth.scope !== undefined && auth.scope !== '') params.push(['scope', auth.scope]);
  if (auth.clientAuth === 'body') {
    params.push(['client_id', auth.clientId], ['client_secret', auth.clientSecret]);
  }
  return params;
}

export function buildTokenRequest(auth: ClientCredentialsAuth): TokenHttpRequest {
  const params = tokenParams(auth);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (auth.clientAuth === 'basic' && auth.grantType !== JWT_BEARER_GRANT) headers['authorization'] = basicClientAuth(auth);
  if (auth.style === 'json') {
    headers['content-type'] = 'application/json';
    return { headers, body: JSON.stringify(Object.fromEntries(params)), secrets: assertionOf(params) };
  }
  headers['content-type'] = 'application/x-www-form-urlencoded';
  return { headers, body: params.map(([k, v]) => `${formEncode(k)}=${formEncode(v)}`).join('&'), secrets: assertionOf(params) };
}

function assertionOf(params: ReadonlyArray<[string, string]>): string[] {
  return params.filter(([k, v]) => k === 'assertion' && v !== '').map(([, v]) => v);
}

/** Follows a dotted path such as `access_token` or `$.data.token` (numeric segments index arrays). */
export function readPath(value: JsonValue | undefined, path: string): JsonValue | undefined {
  const segments = path.replace(/^\$\.?/, '').split('.').filter((s) => s !== '');
  let node: JsonValue | undefined = value;
  for (const segment of segments) {
    if (Array.isArray(node) && /^\d+$/.test(segment)) node = node[Number(segment)];
    else if (isJsonObject(node)) node = node[segment];
    else return undefined;
  }
  return node;
}

function lifetimeOf(value: JsonValue | undefined): number | undefined {
  const seconds = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined;
}

/** Returns the token, or the reason there is none (for an error message that shows no values). */
export function readTokenResponse(body: JsonValue | undefined, tokenPath: string): IssuedToken | { readonly missing: string } {
  const token = readPath(body, tokenPath);
  if (typeof token !== 'string' || token.trim() === '') {
    const fields = isJsonObject(body) ? `response fields: ${Object.keys(body).join(', ')}` : 'the response is not a JSON object';
    return { missing: `no string at "${tokenPath}" (${fields})` };
  }
  const lifetimeMs = lifetimeOf(isJsonObject(body) ? body['expires_in'] : undefined);
  return { value: token, lifetimeMs };
}
