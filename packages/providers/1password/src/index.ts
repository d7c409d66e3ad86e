// The 1Password SCIM Bridge provider: its SCIM config is provider.yaml; nothing here needs code.
import { defineScimProvider } from '@baton-scim/scim';

export default defineScimProvider({
  id: '1password',
  displayName: '1Password SCIM Bridge',
  config: new URL('../provider.yaml', import.meta.url),
});
