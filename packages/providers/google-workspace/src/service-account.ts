// The service-account key (from --api-key: the key file's JSON, or its path) and the RS256 JWT it signs for
// Google's token endpoint, with the admin to impersonate (domain-wide delegation) as the subject.
import { createSign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ScimHttpError, type HookContext } from '@baton-scim/scim';

export interface ServiceAccount {
  readonly clientEmail: string;
  readonly privateKey: string;
  readonly privateKeyId: string | undefined;
  readonly tokenUri: string;
  /** The Workspace admin whose authority the service account uses (`sub`). */
  readonly subject: string;
}

/** Read-only scopes for users, groups, members and admin roles; each must be granted to the client id. */
export const SCOPES = [
  'https://www.googleapis.com/auth/admin.directory.user.readonly',
  'https://www.googleapis.com/auth/admin.directory.group.readonly',
  'https://www.googleapis.com/auth/admin.directory.group.member.readonly',
  'https://www.googleapis.com/auth/admin.directory.rolemanagement.readonly',
].join(' ');

const LIFETIME_S = 3600;

function refused(problem: string, advice: string, cause?: unknown): ScimHttpError {
  return new ScimHttpError({ code: 'invalid-argument', method: 'POST', path: 'service account', problem, advice, requestSent: false, ...(cause === undefined ? {} : { cause }) });
}

const KEY_ADVICE = 'pass the service account key with --api-key (BATON_API_KEY): the JSON key file downloaded from the Google Cloud console, or its path';

function keyJson(value: string): Record<string, unknown> {
  let text = value.trim();
  if (!text.startsWith('{')) {
    try {
      text = readFileSync(text, 'utf8');
    } catch (cause) {
      throw refused('could not read the key file named by --api-key', KEY_ADVICE, cause);
    }
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // Reported below without echoing the key.
  }
  throw refused('--api-key is not a service account key in JSON', KEY_ADVICE);
}

/** The key and subject from the credentials; every problem is reported by flag, never with the key's content. */
export function serviceAccount(ctx: HookContext): ServiceAccount {
  const key = keyJson(ctx.credentials.apiKey ?? ctx.credentials.token ?? '');
  const field = (name: string): string | undefined => (typeof key[name] === 'string' && key[name] !== '' ? key[name] : undefined);
  const clientEmail = field('client_email');
  const privateKey = field('private_key');
  if (key['type'] !== 'service_account' || clientEmail === undefined || privateKey === undefined) {
    throw refused('--api-key holds JSON that is not a service account key (type, client_email and private_key are required)', KEY_ADVICE);
  }
  const subject = ctx.credentials.username?.trim() ?? '';
  if (subject === '') {
    throw refused('needs a Workspace admin to impersonate', 'pass the admin\'s e-mail address with --username (BATON_USERNAME); domain-wide delegation acts as that admin');
  }
  return { clientEmail, privateKey, privateKeyId: field('private_key_id'), tokenUri: field('token_uri') ?? 'https://oauth2.googleapis.com/token', subject };
}

const b64url = (value: string | Buffer): string => Buffer.from(value).toString('base64url');

/** A signed JWT (RFC 7519, RS256) asking for `SCOPES` on behalf of the subject, valid for an hour. */
export function signAssertion(account: ServiceAccount, nowMs: number = Date.now()): string {
  const iat = Math.floor(nowMs / 1000);
  const header = { alg: 'RS256', typ: 'JWT', ...(account.privateKeyId === undefined ? {} : { kid: account.privateKeyId }) };
  const claims = { iss: account.clientEmail, sub: account.subject, scope: SCOPES, aud: account.tokenUri, iat, exp: iat + LIFETIME_S };
  const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
  const signature = createSign('RSA-SHA256').update(input).sign(account.privateKey);
  return `${input}.${b64url(signature)}`;
}
