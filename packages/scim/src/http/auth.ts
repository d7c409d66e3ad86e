// Produces the Authorization header for each auth method, validating the credentials up front without any network.
import { BatonError } from '@baton-scim/core';
import { JWT_BEARER_GRANT, type AuthOptions, type ClientCredentialsAuth } from './options.js';
import { basicClientAuth } from './token-request.js';
import { TokenSource, type TokenSourceDeps } from './token-source.js';

export interface Authenticator {
  /** The Authorization value for the next request (undefined for `none`); may obtain a token. */
  authorization(): Promise<string | undefined>;
  /** After a 401 answered to `used`: true when a fresh credential may help, so the request is replayed once. */
  renew(used: string | undefined): boolean;
  close(): Promise<void>;
}

function required(name: string, value: string | undefined, hint: string): string {
  if (value === undefined || value.trim() === '') throw new BatonError('invalid-argument', `${name} is empty; ${hint}`);
  if (/[\r\n]/.test(value)) throw new BatonError('invalid-argument', `${name} contains a line break; remove it`);
  return value;
}

/** Joins scheme and credential, without doubling a scheme the user already included. */
export function withPrefix(prefix: string, credential: string): string {
  const scheme = prefix.trim();
  if (scheme === '') return credential;
  return credential.toLowerCase().startsWith(`${scheme.toLowerCase()} `) ? credential : `${scheme} ${credential}`;
}

function fixed(value: string | undefined): Authenticator {
  return { authorization: () => Promise.resolve(value), renew: () => false, close: () => Promise.resolve() };
}

function validateClientCredentials(auth: ClientCredentialsAuth): void {
  if (auth.grantType === JWT_BEARER_GRANT) {
    if (auth.assertion === undefined) throw new BatonError('invalid-argument', 'auth.assertion is required for the JWT-bearer grant; the provider must sign one');
  } else {
    required('auth.clientId', auth.clientId, 'pass --scim-client-id or BATON_SCIM_CLIENT_ID');
    required('auth.clientSecret', auth.clientSecret, 'pass --scim-client-secret or BATON_SCIM_CLIENT_SECRET');
  }
  required('auth.tokenPath', auth.tokenPath, 'set it to the token field of the token response, e.g. access_token');
  if (auth.grantType === 'account_credentials') {
    required('auth.accountId', auth.accountId, 'the account_credentials grant needs --account-id or BATON_ACCOUNT_ID');
  }
  let url: URL;
  try {
    url = new URL(required('auth.tokenUrl', auth.tokenUrl, 'set authUrl in the provider config'));
  } catch (cause) {
    throw new BatonError('invalid-argument', 'auth.tokenUrl is not an absolute URL; set authUrl to e.g. https://zoom.us/oauth/token', { cause });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new BatonError('invalid-argument', `auth.tokenUrl must use https (or http for local servers), got "${url.protocol}"`);
  }
}

function clientCredentials(auth: ClientCredentialsAuth, deps: TokenSourceDeps): Authenticator {
  validateClientCredentials(auth);
  const source = new TokenSource(auth, deps);
  const prefix = auth.prefix ?? 'Bearer';
  let current: { readonly token: string; readonly header: string } | undefined;
  return {
    authorization: async () => {
      const token = await source.token();
      if (current?.token !== token) current = { token, header: withPrefix(prefix, token) };
      return current.header;
    },
    renew: (used) => {
      // A 401 to an older header means a newer token already exists: replay with it.
      if (current !== undefined && used === current.header) source.invalidate(current.token);
      return true;
    },
    close: () => source.close(),
  };
}

export function createAuthenticator(auth: AuthOptions, deps: TokenSourceDeps): Authenticator {
  switch (auth.type) {
    case 'none':
      return fixed(undefined);
    case 'bearer':
      return fixed(withPrefix(auth.prefix ?? 'Bearer', required('auth.token', auth.token, 'pass --token or BATON_TOKEN')));
    case 'apiKey':
      return fixed(withPrefix(auth.prefix ?? '', required('auth.key', auth.key, 'pass --api-key or BATON_API_KEY')));
    case 'basic': {
      const user = required('auth.username', auth.username, 'pass --username or BATON_USERNAME');
      const password = required('auth.password', auth.password, 'pass --password or BATON_PASSWORD');
      if (user.includes(':')) throw new BatonError('invalid-argument', 'auth.username must not contain ":" (HTTP Basic cannot carry it)');
      return fixed(`Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`);
    }
    case 'clientCredentials':
      return clientCredentials(auth, deps);
  }
}

/** Every value that must be masked wherever text leaves the client. */
export function secretsOf(auth: AuthOptions): string[] {
  switch (auth.type) {
    case 'bearer':
      return [auth.token];
    case 'apiKey':
      return [auth.key];
    case 'basic':
      return [auth.password, Buffer.from(`${auth.username}:${auth.password}`, 'utf8').toString('base64')];
    case 'clientCredentials':
      return auth.grantType === JWT_BEARER_GRANT ? [] : [auth.clientSecret, basicClientAuth(auth).slice('Basic '.length)];
    case 'none':
      return [];
  }
}
