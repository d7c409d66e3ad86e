// Access tokens for BatonService calls: fetched with a signed client assertion, cached until shortly before
// they expire, shared by concurrent callers, and dropped when the server rejects one.
import { request } from 'node:https';
import { isIP } from 'node:net';
import { BatonError } from '@baton-scim/core';
import { clientAssertion } from './client-assertion.js';
import type { ClientCredentials } from './credentials.js';
import type { C1Endpoint } from './endpoint.js';

export interface AccessToken {
  readonly type: string;
  readonly value: string;
  readonly expiresAtMs: number;
}

export interface TokenSourceOptions {
  readonly credentials: ClientCredentials;
  readonly endpoint: C1Endpoint;
  readonly ca: string;
  readonly userAgent: string;
  readonly now?: () => number;
}

/** A token this close to expiry is renewed rather than sent, so it cannot expire in flight. */
export const RENEW_BEFORE_EXPIRY_MS = 60_000;
const REQUEST_TIMEOUT_MS = 30_000;
const MAX_BODY = 64 * 1024;

export class TokenSource {
  private cached: AccessToken | undefined;
  private pending: Promise<AccessToken> | undefined;
  private readonly now: () => number;

  constructor(private readonly options: TokenSourceOptions) {
    this.now = options.now ?? Date.now;
  }

  get url(): string {
    return `https://${this.options.endpoint.authority}/auth/v1/token`;
  }

  async token(signal: AbortSignal): Promise<AccessToken> {
    const cached = this.cached;
    if (cached && cached.expiresAtMs - RENEW_BEFORE_EXPIRY_MS > this.now()) return cached;
    // One request serves every caller waiting at the same time.
    this.pending ??= this.fetch(signal).finally(() => { this.pending = undefined; });
    const fresh = await this.pending;
    this.cached = fresh;
    return fresh;
  }

  /** Forgets a token the server refused, so the next call fetches a new one. */
  invalidate(token: AccessToken): void {
    if (this.cached === token) this.cached = undefined;
  }

  private async fetch(signal: AbortSignal): Promise<AccessToken> {
    const { credentials, endpoint } = this.options;
    const body = new URLSearchParams({
      client_id: credentials.clientId,
      grant_type: 'client_credentials',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: await clientAssertion(credentials, endpoint.audience, this.now()),
    }).toString();
    const started = this.now();
    const reply = await this.post(body, signal);
    return this.parse(reply, started);
  }

  private parse(reply: { status: number; text: string }, startedMs: number): AccessToken {
    if (reply.status !== 200) {
      const code = reply.status === 429 || reply.status >= 500 ? 'unavailable' : 'unauthenticated';
      throw new BatonError(code, `token request to ${this.url} failed with HTTP ${reply.status}${errorDetail(reply.text)}`);
    }
    let json: { access_token?: unknown; token_type?: unknown; expires_in?: unknown };
    try {
      json = JSON.parse(reply.text) as typeof json;
    } catch {
      throw new BatonError('unauthenticated', `token request to ${this.url} returned a body that is not JSON`);
    }
    if (typeof json.access_token !== 'string' || json.access_token === '') {
      throw new BatonError('unauthenticated', `token request to ${this.url} returned no access_token`);
    }
    const expiresIn = typeof json.expires_in === 'number' && json.expires_in > 0 ? json.expires_in : 0;
    const type = typeof json.token_type === 'string' && json.token_type !== '' ? json.token_type : 'Bearer';
    return { type, value: json.access_token, expiresAtMs: startedMs + expiresIn * 1000 };
  }

  private post(body: string, signal: AbortSignal): Promise<{ status: number; text: string }> {
    const { endpoint, ca, userAgent } = this.options;
    return new Promise((resolve, reject) => {
      const req = request({
        host: endpoint.hostname, port: endpoint.port, path: '/auth/v1/token', method: 'POST', ca,
        ...(isIP(endpoint.hostname) ? {} : { servername: endpoint.hostname }), signal, timeout: REQUEST_TIMEOUT_MS,
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body), 'user-agent': userAgent, accept: 'application/json' },
      }, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => { size += c.length; if (size <= MAX_BODY) chunks.push(c); });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', (err) => reject(this.networkError(err, signal)));
      });
      req.on('timeout', () => req.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS / 1000} s`)));
      req.on('error', (err) => reject(this.networkError(err, signal)));
      req.end(body);
    });
  }

  private networkError(err: Error, signal: AbortSignal): BatonError {
    if (signal.aborted) return new BatonError('cancelled', `token request to ${this.url} was cancelled`, { cause: err });
    return new BatonError('unavailable', `token request to ${this.url} failed: ${err.message}`, { cause: err });
  }
}

/** OAuth error responses carry `error` and `error_description`; anything else is left out. */
function errorDetail(text: string): string {
  try {
    const json = JSON.parse(text) as { error?: unknown; error_description?: unknown };
    const parts = [json.error, json.error_description].filter((p): p is string => typeof p === 'string' && p !== '');
    return parts.length > 0 ? `: ${parts.join(': ').slice(0, 300)}` : '';
  } catch {
    return '';
  }
}
