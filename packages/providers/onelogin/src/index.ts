// The OneLogin provider: OneLogin serves no SCIM directory to read, so hooks read its REST API (v2, and v1
// for groups) and hand the connector SCIM-shaped users and groups.
import { defineScimProvider } from '@baton-scim/scim';
import { hooks } from './hooks.js';

export default defineScimProvider({
  id: 'onelogin',
  displayName: 'OneLogin',
  config: new URL('../provider.yaml', import.meta.url),
  hooks,
  authHelp: 'Create API credentials in OneLogin (Developers → API Credentials, scope "Read users" or "Manage all") and pass --scim-client-id, --scim-client-secret, --api-endpoint https://<subdomain>.onelogin.com/api/ and --auth-url https://<subdomain>.onelogin.com/auth/oauth2/v2/token.',
});
