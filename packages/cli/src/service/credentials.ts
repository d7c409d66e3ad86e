// Parses the ConductorOne client id and client secret; a malformed value is named but never echoed.
import { createPrivateKey, type KeyObject } from 'node:crypto';
import { UsageError } from '../options/usage-error.js';

export interface ClientCredentials {
  /** The full client id, sent as `client_id` and as the assertion's issuer and subject. */
  readonly clientId: string;
  /** The part before `@`, used in the User-Agent. */
  readonly clientName: string;
  /** The tenant host between `@` and the first `/`, e.g. `acme.conductor.one`. */
  readonly tenantHost: string;
  /** The Ed25519 private key the token request's assertion is signed with. */
  readonly key: KeyObject;
}

const CLIENT_ID = /^([^@/\s]+)@([^@/\s]+)\/\S+$/;

export function parseClientCredentials(clientId: string, clientSecret: string): ClientCredentials {
  const id = CLIENT_ID.exec(clientId.trim());
  const problems: string[] = [];
  if (!id) {
    // The value is never quoted: a client secret pasted into the wrong flag would otherwise be printed whole.
    const hint = /:v1:/.test(clientId) ? '; the value given looks like the client secret, which goes in --client-secret' : '';
    problems.push(`invalid client id (--client-id/BATON_CLIENT_ID, value not shown): expected <name>@<tenant host>/<rest>, as shown by ConductorOne when the connector credential was created${hint}`);
  }
  let key: KeyObject | undefined;
  try {
    key = parseClientSecret(clientSecret);
  } catch (err) {
    problems.push(`invalid client secret (--client-secret/BATON_CLIENT_SECRET): ${(err as Error).message}; copy the secret again from ConductorOne`);
  }
  if (!id || !key || problems.length > 0) throw new UsageError(problems);
  return { clientId: clientId.trim(), clientName: id[1] ?? '', tenantHost: id[2] ?? '', key };
}

/** `<a>:<b>:v1:<base64url JWK>`; the JWK must be an Ed25519 private key. Messages never include the value. */
function parseClientSecret(secret: string): KeyObject {
  const parts = secret.trim().split(':');
  if (parts.length !== 4) throw new Error(`expected 4 parts separated by ":", found ${parts.length}`);
  if (parts[2] !== 'v1') throw new Error('the third part must be "v1"');
  let jwk: unknown;
  try {
    jwk = JSON.parse(Buffer.from(parts[3] ?? '', 'base64url').toString('utf8'));
  } catch {
    throw new Error('the fourth part is not base64url-encoded JSON');
  }
  if (!isEd25519PrivateJwk(jwk)) throw new Error('the key in the fourth part is not an Ed25519 private key (JWK kty "OKP", crv "Ed25519" with "d")');
  try {
    return createPrivateKey({ key: jwk, format: 'jwk' });
  } catch {
    throw new Error('the Ed25519 key in the fourth part could not be loaded');
  }
}

function isEd25519PrivateJwk(v: unknown): v is { kty: 'OKP'; crv: 'Ed25519'; d: string; x: string } {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return o.kty === 'OKP' && o.crv === 'Ed25519' && typeof o.d === 'string' && typeof o.x === 'string';
}
