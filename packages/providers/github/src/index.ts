// The GitHub Enterprise Managed Users provider: its SCIM config is provider.yaml; nothing here needs code.
import { defineScimProvider } from '@baton-scim/scim';

export default defineScimProvider({
  id: 'github',
  displayName: 'GitHub Enterprise Managed Users',
  config: new URL('../provider.yaml', import.meta.url),
});
