// The Tableau Cloud provider: its SCIM config is provider.yaml; nothing here needs code.
import { defineScimProvider } from '@baton-scim/scim';

export default defineScimProvider({
  id: 'tableau',
  displayName: 'Tableau Cloud',
  config: new URL('../provider.yaml', import.meta.url),
});
