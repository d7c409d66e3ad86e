// The fake ConductorOne token endpoint: checks the client assertion's EdDSA signature and claims, issues tokens.
import { randomBytes, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { decodeProtectedHeader, jwtVerify } from 'jose';

export interface IssuedToken {
  readonly value: string;
  /** Set by the test to make the server refuse the token from now on. */
  expired: boolean;
}

export interface TokenEndpointOptions {
  readonly clientId: string;
  readonly publicKey: KeyObject;
  readonly audience: string;
  /** `expires_in` of issued tokens. */
  lifetimeSeconds: number;
}

export interface TokenEndpoint {
  readonly server: Server;
  readonly issued: IssuedToken[];
  /** Requests refused, with the reason. */
  readonly rejected: string[];
  /** The `aud` of every assertion received. */
  readonly audiences: string[];
  readonly options: TokenEndpointOptions;
}

export function createTokenEndpoint(options: TokenEndpointOptions, onIssued: () => void): TokenEndpoint {
  const issued: IssuedToken[] = [];
  const rejected: string[] = [];
  const audiences: string[] = [];
  const server = createServer((req, res) => {
    void handle(req, res).catch((err: Error) => {
      rejected.push(err.message);
      reply(res, 401, { error: 'invalid_client', error_description: err.message });
    });
  });
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST' || req.url !== '/auth/v1/token') return reply(res, 404, { error: 'not_found' });
    const form = new URLSearchParams(await readBody(req));
    if (form.get('grant_type') !== 'client_credentials') throw new Error('grant_type must be client_credentials');
    if (form.get('client_assertion_type') !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer') throw new Error('bad client_assertion_type');
    if (form.get('client_id') !== options.clientId) throw new Error('unknown client_id');
    const assertion = form.get('client_assertion') ?? '';
    const header = decodeProtectedHeader(assertion);
    const claims = JSON.parse(Buffer.from(assertion.split('.')[1] ?? '', 'base64url').toString('utf8')) as { aud?: unknown };
    audiences.push(String(claims.aud));
    if (typeof header.nonce !== 'string' || Buffer.from(header.nonce, 'base64url').length !== 16) throw new Error('the assertion needs a 16-byte nonce header');
    const { payload } = await jwtVerify(assertion, options.publicKey, {
      algorithms: ['EdDSA'], issuer: options.clientId, subject: options.clientId, audience: options.audience,
    });
    if (typeof payload.nbf !== 'number' || typeof payload.iat !== 'number' || typeof payload.exp !== 'number') throw new Error('the assertion needs nbf, iat and exp');
    const token: IssuedToken = { value: randomBytes(18).toString('base64url'), expired: false };
    issued.push(token);
    onIssued();
    reply(res, 200, { access_token: token.value, token_type: 'Bearer', expires_in: options.lifetimeSeconds });
  }
  return { server, issued, rejected, audiences, options };
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
