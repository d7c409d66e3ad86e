// The OAuth 2.0 token endpoint (client_credentials and Zoom-style account_credentials).
import type { IncomingHttpHeaders } from 'node:http';
import type { Reply } from './http-io.js';
import type { OAuthClient } from './options.js';
import { parseBasic, safeEqual } from './secrets.js';
import type { ServerState } from './state.js';

function oauthError(status: number, error: string, description: string, headers: Record<string, string> = {}): Reply {
  return { status, body: { error, error_description: description }, contentType: 'application/json', headers: { 'cache-control': 'no-store', ...headers } };
}

function clientFrom(headers: IncomingHttpHeaders, form: URLSearchParams): { id: string; secret: string } | Reply {
  const basic = parseBasic(headers.authorization);
  const bodyId = form.get('client_id');
  if (basic !== undefined && bodyId !== null) {
    return oauthError(400, 'invalid_request', 'Send client credentials in the Basic header or in the body, not both (RFC 6749 §2.3)');
  }
  if (basic !== undefined) {
    try {
      // application/x-www-form-urlencoded, so `+` is a space (RFC 6749 §2.3.1 refers to Appendix B).
      const formDecode = (s: string): string => decodeURIComponent(s.replace(/\+/g, ' '));
      return { id: formDecode(basic.user), secret: formDecode(basic.pass) };
    } catch {
      return oauthError(400, 'invalid_request', 'Basic client credentials are not valid percent-encoding (RFC 6749 §2.3.1)');
    }
  }
  if (bodyId !== null) return { id: bodyId, secret: form.get('client_secret') ?? '' };
  return oauthError(401, 'invalid_client', 'No client credentials; send client_id and client_secret', { 'www-authenticate': 'Basic realm="oauth"' });
}

export function handleTokenRequest(state: ServerState, headers: IncomingHttpHeaders, body: string): Reply {
  const config = state.auth?.oauth;
  if (config === undefined) return oauthError(404, 'invalid_request', 'This server has no OAuth token endpoint configured');
  if (!(headers['content-type'] ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    return oauthError(400, 'invalid_request', 'The token request must be an application/x-www-form-urlencoded form (RFC 6749 §4.4.2)');
  }
  const form = new URLSearchParams(body);
  const grant = form.get('grant_type');
  if (grant !== 'client_credentials' && grant !== 'account_credentials') {
    return oauthError(400, 'unsupported_grant_type', `grant_type "${grant ?? ''}" is not supported; use client_credentials or account_credentials`);
  }
  const creds = clientFrom(headers, form);
  if ('status' in creds) return creds;
  const client = config.clients.find((c: OAuthClient) => safeEqual(c.clientId, creds.id) && safeEqual(c.clientSecret, creds.secret));
  if (client === undefined) return oauthError(401, 'invalid_client', 'Unknown client or wrong secret', { 'www-authenticate': 'Basic realm="oauth"' });
  if (grant === 'account_credentials' && (client.accountId === undefined || form.get('account_id') !== client.accountId)) {
    return oauthError(400, 'invalid_grant', 'account_credentials needs the account_id registered for this client');
  }
  const expiresIn = config.expiresInSeconds ?? 3600;
  const token = state.tokens.issue(state.now() + expiresIn * 1000);
  const scope = form.get('scope');
  return {
    status: 200,
    contentType: 'application/json',
    headers: { 'cache-control': 'no-store' },
    body: { access_token: token, token_type: 'bearer', expires_in: expiresIn, ...(scope !== null && { scope }) },
  };
}
