// The credentials the flags carry, and which of them each auth type needs.
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
  return out;
}

export function secretValues(flags: ResolvedFlags): string[] {
  return ['token', 'api-key', 'password', 'scim-client-secret', 'client-secret']
    .map((f) => flags.string(f))
    .filter((v): v is string => v !== undefined);
}
