// A ConductorOne-style client id and secret around a fresh Ed25519 key pair; the public half verifies tokens.
import { generateKeyPairSync, type KeyObject } from 'node:crypto';

export interface TestClient {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly publicKey: KeyObject;
}

export function makeTestClient(tenantHost = 'acme.conductor.one'): TestClient {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const jwk = privateKey.export({ format: 'jwk' });
  const encoded = Buffer.from(JSON.stringify(jwk)).toString('base64url');
  return {
    clientId: `baton-test-connector@${tenantHost}/pcc`,
    clientSecret: `secret-token:conductorone.com:v1:${encoded}`,
    publicKey,
  };
}
