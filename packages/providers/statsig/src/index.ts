// The Statsig provider: its SCIM config is provider.yaml; nothing here needs code.
import { defineScimProvider } from '@baton-scim/scim';

export default defineScimProvider({
  id: 'statsig',
  displayName: 'Statsig',
  config: new URL('../provider.yaml', import.meta.url),
});
