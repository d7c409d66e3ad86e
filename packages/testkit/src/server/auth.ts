// Checks request credentials against the configured bearer token, basic login, API key or OAuth tokens.
import type { IncomingHttpHeaders } from 'node:http';
import { ScimHttpError } from './http-io.js';
import { parseBasic, parseBearer, safeEqual } from './secrets.js';
import type { ServerState } from './state.js';

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/** Throws a 401 SCIM error unless one configured method accepts the request (none configured: open). */
export function checkAuth(state: ServerState, headers: IncomingHttpHeaders): void {
  const auth = state.auth;
  if (auth === undefined || (!auth.bearer && !auth.basic && !auth.apiKey && !auth.oauth)) return;
  const authorization = header(headers, 'authorization');
  const bearer = parseBearer(authorization);
  if (auth.bearer !== undefined && bearer !== undefined && safeEqual(bearer, auth.bearer)) return;
  let expired = false;
  if (auth.oauth !== undefined && bearer !== undefined) {
    const status = state.tokens.check(bearer, state.now());
    if (status === 'valid') return;
    expired = status === 'expired';
  }
  const basic = parseBasic(authorization);
  if (auth.basic !== undefined && basic !== undefined && safeEqual(basic.user, auth.basic.username) && safeEqual(basic.pass, auth.basic.password)) return;
  const key = auth.apiKey === undefined ? undefined : header(headers, auth.apiKey.header);
  if (auth.apiKey !== undefined && key !== undefined && safeEqual(key, auth.apiKey.value)) return;
  throw unauthorized(state, authorization === undefined && key === undefined, expired);
}

function unauthorized(state: ServerState, missing: boolean, expired: boolean): ScimHttpError {
  const auth = state.auth ?? {};
  const schemes = [
    ...(auth.bearer !== undefined || auth.oauth !== undefined ? ['a Bearer token'] : []),
    ...(auth.basic !== undefined ? ['Basic credentials'] : []),
    ...(auth.apiKey !== undefined ? [`an API key in the ${auth.apiKey.header} header`] : []),
  ];
  const detail = expired
    ? `The access token has expired; request a new one from ${state.origin}/oauth/token`
    : `${missing ? 'No credentials were sent' : 'The credentials were rejected'}; send ${schemes.join(' or ')}`;
  const challenge = auth.basic !== undefined && auth.bearer === undefined && auth.oauth === undefined
    ? 'Basic realm="scim"'
    : `Bearer realm="scim"${expired ? ', error="invalid_token"' : ''}`;
  return new ScimHttpError(401, detail, undefined, { 'www-authenticate': challenge });
}
