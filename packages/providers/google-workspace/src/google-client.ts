// One client per connector for the Admin SDK, authenticated with service-account tokens that the HTTP layer
// obtains with the JWT-bearer grant and renews before they expire.
import { JWT_BEARER_GRANT, type ListHookContext, type ScimConfig, type ScimHttpClient } from '@baton-scim/scim';
import { serviceAccount, signAssertion } from './service-account.js';

const clients = new WeakMap<ScimConfig, ScimHttpClient>();

export function googleClient(ctx: ListHookContext): ScimHttpClient {
  const cached = clients.get(ctx.config);
  if (cached !== undefined) return cached;
  const account = serviceAccount(ctx);
  const client = ctx.createClient({
    baseUrl: ctx.config.apiEndpoint,
    auth: {
      type: 'clientCredentials',
      tokenUrl: account.tokenUri,
      clientId: account.clientEmail,
      clientSecret: '',
      tokenPath: 'access_token',
      style: 'form',
      clientAuth: 'body',
      grantType: JWT_BEARER_GRANT,
      assertion: () => signAssertion(account),
    },
  });
  clients.set(ctx.config, client);
  return client;
}

/** `my_customer` (the admin's own account) unless --account-id names a customer id. */
export function customerOf(ctx: ListHookContext): string {
  const id = ctx.credentials.accountId?.trim();
  return id === undefined || id === '' ? 'my_customer' : id;
}
