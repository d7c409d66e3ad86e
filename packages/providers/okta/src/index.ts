// The Okta provider: Okta is a SCIM client, not a SCIM server, so hooks read its Management API instead.
import { defineScimProvider } from '@baton-scim/scim';
import { hooks } from './hooks.js';

export default defineScimProvider({
  id: 'okta',
  displayName: 'Okta',
  config: new URL('../provider.yaml', import.meta.url),
  hooks,
  authHelp: 'Create an API token in the Okta Admin Console (Security → API → Tokens) and pass it with --api-key, together with --api-endpoint https://<your-org>.okta.com/api/v1/.',
});
