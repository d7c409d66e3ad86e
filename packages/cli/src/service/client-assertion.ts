// The EdDSA-signed JWT a connector presents as its client assertion when it asks for an access token.
import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import type { ClientCredentials } from './credentials.js';

/** The assertion is short-lived on purpose: two minutes either side tolerates clock skew and nothing more. */
const SKEW_SECONDS = 120;

export async function clientAssertion(credentials: ClientCredentials, audience: string, nowMs: number): Promise<string> {
  const now = Math.floor(nowMs / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: 'EdDSA', nonce: randomBytes(16).toString('base64url') })
    .setIssuer(credentials.clientId)
    .setSubject(credentials.clientId)
    .setAudience(audience)
    .setIssuedAt(now)
    .setNotBefore(now - SKEW_SECONDS)
    .setExpirationTime(now + SKEW_SECONDS)
    .sign(credentials.key);
}
