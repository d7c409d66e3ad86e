// The Keeper provider: its SCIM config is provider.yaml; nothing here needs code.
import { defineScimProvider } from '@baton-scim/scim';

export default defineScimProvider({
  id: 'keeper',
  displayName: 'Keeper',
  config: new URL('../provider.yaml', import.meta.url),
});
