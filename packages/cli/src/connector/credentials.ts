// The credentials the flags carry, and which of them each auth type needs.
import { envName } from '../options/flags.js';
import type { ResolvedFlags } from '../options/resolve.js';

export interface Credentials {
  readonly token?: string;
  readonly apiKey?: string;
  readonly username?: string;
  readonly password?: string;
  readonly clientId?: string;
  readonly clientSecret?: string;
  readonly accountId?: string;
}

export function credentialsFromFlags(flags: ResolvedFlags): Credentials {
  const pairs: [keyof Credentials, string][] = [
    ['token', 'token'], ['apiKey', 'api-key'], ['username', 'username'], ['password', 'password'],
    ['clientId', 'scim-client-id'], ['clientSecret', 'scim-client-secret'], ['accountId', 'account-id'],
  ];
  const out: Record<string, string> = {};
  for (const [key, flag] of pairs) {
    const v = flags.string(flag);
    if (v !== undefined) out[key] = v;
  }
  return out as Credentials;
}

export function secretValues(flags: ResolvedFlags): string[] {
  return ['token', 'api-key', 'password', 'scim-client-secret', 'client-secret']
    .map((f) => flags.string(f))
    .filter((v): v is string => v !== undefined);
}

const spell = (n: string): string => `--${n} ($${envName(n)})`;

export interface AuthShape {
  readonly authType: 'oauth2' | 'apiKey' | 'basic';
  readonly shouldObtainToken?: boolean | undefined;
}

/** Every credential problem for the configured auth type, named by flag and variable. */
export function credentialProblems(auth: AuthShape, c: Credentials, where: string): string[] {
  if (auth.shouldObtainToken) {
    const missing = [!c.clientId && 'scim-client-id', !c.clientSecret && 'scim-client-secret'].filter((x): x is string => !!x);
    return missing.length === 0 ? [] : [`${where} obtains a token with client credentials: set ${missing.map(spell).join(' and ')}`];
  }
  switch (auth.authType) {
    case 'basic': {
      const missing = [!c.username && 'username', !c.password && 'password'].filter((x): x is string => !!x);
      return missing.length === 0 ? [] : [`${where} uses basic authentication: set ${missing.map(spell).join(' and ')}`];
    }
    case 'apiKey':
      return c.apiKey || c.token ? [] : [`${where} uses an API key: set ${spell('api-key')}`];
    case 'oauth2':
      return c.token || c.apiKey ? [] : [`${where} uses an OAuth2 bearer token: set ${spell('token')}`];
  }
}
