// Validate: one `/Users` item proves the endpoint, the credentials and the list format, with a clear message.
import { BatonError, errorCode } from '@baton-scim/core';
import { ScimHttpError } from '../http/errors.js';
import type { ConnectorContext } from './context.js';
import { listPage } from './listing.js';

export async function validateConnection(ctx: ConnectorContext, signal: AbortSignal): Promise<void> {
  try {
    await listPage(ctx, 'users', { token: '', signal, purpose: 'validate', pageSize: 1 });
  } catch (err) {
    throw explain(ctx, err);
  }
}

function explain(ctx: ConnectorContext, err: unknown): unknown {
  if (!(err instanceof BatonError)) return err;
  const { file, apiEndpoint } = ctx.config;
  const hint = HINTS[errorCode(err)]?.(ctx);
  if (hint === undefined) return err;
  // For refused credentials the hint replaces the HTTP layer's generic advice, which says the same less exactly.
  if (err instanceof ScimHttpError && err.code === 'unauthenticated') {
    const specific = err.withAdvice(hint.charAt(0).toLowerCase() + hint.slice(1).replace(/\.$/, ''));
    return new BatonError(err.code, `${file}: cannot list users at ${apiEndpoint}: ${specific.message}`, { cause: err });
  }
  return new BatonError(err.code, `${file}: cannot list users at ${apiEndpoint}: ${err.message}. ${hint}`, { cause: err });
}

const HINTS: Partial<Record<ReturnType<typeof errorCode>, (ctx: ConnectorContext) => string>> = {
  unauthenticated: (ctx) => `The credentials were refused: ${credentialHint(ctx)}`,
  'permission-denied': () => 'The credentials are valid but may not list users; give them the SCIM/admin scope the provider requires.',
  'not-found': () => 'Check apiEndpoint (or --api-endpoint): it must be the SCIM base URL that serves /Users.',
  'invalid-data': () => 'The answer is not a SCIM ListResponse; check that apiEndpoint is the SCIM base URL and not a login page.',
};

function credentialHint(ctx: ConnectorContext): string {
  if (ctx.hooks.authenticate) return 'check the credentials the provider hook sends.';
  const { auth } = ctx.config;
  if (auth.obtainToken) return 'check --scim-client-id and --scim-client-secret (and --account-id), and that the OAuth app is active.';
  switch (auth.authType) {
    case 'basic':
      return 'check --username and --password.';
    case 'apiKey':
      return `check --api-key${auth.apiKeyPrefix === undefined ? '' : ` and the "${auth.apiKeyPrefix}" prefix (auth.apiKeyPrefix)`}.`;
    case 'oauth2':
      return 'check --token: it may be wrong, expired or revoked.';
  }
}
