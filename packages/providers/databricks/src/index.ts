// The Databricks provider: provider.yaml, plus a hook that types group members from their $ref.
import { defineScimProvider } from '@baton-scim/scim';
import { hooks } from './hooks.js';

export default defineScimProvider({
  id: 'databricks',
  displayName: 'Databricks',
  config: new URL('../provider.yaml', import.meta.url),
  hooks,
  authHelp: 'Create a service principal in the account console, generate an OAuth secret, and pass --scim-client-id, --scim-client-secret and --account-id.',
});
