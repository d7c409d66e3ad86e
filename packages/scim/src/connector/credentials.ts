// The credentials a connector is given, which of them each auth type needs, and the HTTP auth built from them.
import { BatonError } from '@baton-scim/core';
import type { ScimConfig } from '../config/types.js';
import type { AuthOptions } from '../http/options.js';

/** Secrets from flags or environment variables; the config file never holds any. */
export interface ScimCredentials {
  readonly token?: string;
  readonly apiKey?: string;
  readonly username?: string;
  readonly password?: string;
  readonly clientId?: string;
  readonly clientSecret?: string;
  readonly accountId?: string;
}

const FLAGS = {
  token: '--token (BATON_TOKEN)',
  apiKey: '--api-key (BATON_API_KEY)',
  username: '--username (BATON_USERNAME)',
  password: '--password (BATON_PASSWORD)',
  clientId: '--scim-client-id (BATON_SCIM_CLIENT_ID)',
  clientSecret: '--scim-client-secret (BATON_SCIM_CLIENT_SECRET)',
  accountId: '--account-id (BATON_ACCOUNT_ID)',
} as const;

const has = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

function missing(credentials: ScimCredentials, keys: readonly (keyof typeof FLAGS)[]): string[] {
  return keys.filter((key) => !has(credentials[key])).map((key) => FLAGS[key]);
}

/**
 * Every credential the config's auth type needs but did not get, each named by flag and variable.
 * A bearer token and an API key stand in for each other, as the CLI accepts either for both types.
 */
export function credentialProblems(config: ScimConfig, credentials: ScimCredentials): string[] {
  const where = config.file;
  const obtain = config.auth.obtainToken;
  if (obtain) {
    const keys = obtain.grantType === 'account_credentials' ? (['clientId', 'clientSecret', 'accountId'] as const) : (['clientId', 'clientSecret'] as const);
    const absent = missing(credentials, keys);
    return absent.length === 0 ? [] : [`${where} obtains a token from ${obtain.url}: set ${absent.join(' and ')}`];
  }
  switch (config.auth.authType) {
    case 'basic': {
      const absent = missing(credentials, ['username', 'password']);
      return absent.length === 0 ? [] : [`${where} uses basic authentication: set ${absent.join(' and ')}`];
    }
    case 'apiKey':
      return has(credentials.apiKey) || has(credentials.token) ? [] : [`${where} uses an API key: set ${FLAGS.apiKey}`];
    case 'oauth2':
      return has(credentials.token) || has(credentials.apiKey) ? [] : [`${where} uses an OAuth2 bearer token: set ${FLAGS.token}`];
  }
}

/** The HTTP client's auth for this config; throws a BatonError listing every missing credential. */
export function httpAuth(config: ScimConfig, credentials: ScimCredentials): AuthOptions {
  const problems = credentialProblems(config, credentials);
  if (problems.length > 0) throw new BatonError('invalid-argument', problems.join('\n'));
  const { auth } = config;
  const prefix = auth.apiKeyPrefix;
  if (auth.obtainToken) {
    const o = auth.obtainToken;
    return {
      type: 'clientCredentials',
      tokenUrl: o.url,
      clientId: credentials.clientId ?? '',
      clientSecret: credentials.clientSecret ?? '',
      tokenPath: o.tokenPath.source,
      style: o.style,
      clientAuth: o.clientAuth,
      grantType: o.grantType,
      ...(credentials.accountId === undefined ? {} : { accountId: credentials.accountId }),
      ...(o.scope === undefined ? {} : { scope: o.scope }),
      // An obtained token is a bearer token whatever the config forgot to say (Zoom's YAML had no prefix).
      prefix: prefix ?? 'Bearer',
    };
  }
  switch (auth.authType) {
    case 'basic':
      return { type: 'basic', username: credentials.username ?? '', password: credentials.password ?? '' };
    case 'apiKey':
      return { type: 'apiKey', key: pick(credentials.apiKey, credentials.token), prefix: prefix ?? '' };
    case 'oauth2':
      return { type: 'bearer', token: pick(credentials.token, credentials.apiKey), prefix: prefix ?? 'Bearer' };
  }
}

function pick(preferred: string | undefined, other: string | undefined): string {
  return has(preferred) ? preferred : (other ?? '');
}
