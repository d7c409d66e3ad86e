// The Zoom provider: its SCIM config is provider.yaml; nothing here needs code.
import { defineScimProvider } from '@baton-scim/scim';

export default defineScimProvider({
  id: 'zoom',
  displayName: 'Zoom',
  config: new URL('../provider.yaml', import.meta.url),
});
