// The Google Workspace provider: Workspace serves no SCIM directory to read, so hooks read the Admin SDK
// Directory API with a service account's domain-wide delegated token.
import { defineScimProvider } from '@baton-scim/scim';
import { hooks } from './hooks.js';

export default defineScimProvider({
  id: 'google-workspace',
  displayName: 'Google Workspace',
  config: new URL('../provider.yaml', import.meta.url),
  hooks,
  authHelp: 'Create a service account with a JSON key, grant its client id domain-wide delegation for the Admin SDK read-only scopes, then pass the key with --api-key (JSON or file path) and an admin e-mail with --username.',
});
