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

const formEncode = (value: string): string => encodeURIComponent(value).replace(/%20/g, '+');

/**
 * The secret values, plus the `user:pass` pairs whose base64 is sent as HTTP Basic credentials
 * (the client pair form-encoded first, as RFC 6749 §2.3.1 asks), so a server echoing the header is masked too.
 */
export function secretValues(flags: ResolvedFlags): string[] {
  const values = ['token', 'api-key', 'password', 'scim-client-secret', 'client-secret']
    .map((f) => flags.string(f))
    .filter((v): v is string => v !== undefined);
  const user = flags.string('username');
  const password = flags.string('password');
  if (user !== undefined && password !== undefined) values.push(`${user}:${password}`);
  const id = flags.string('scim-client-id');
  const secret = flags.string('scim-client-secret');
  if (id !== undefined && secret !== undefined) values.push(`${id}:${secret}`, `${formEncode(id)}:${formEncode(secret)}`);
  return values;
}
