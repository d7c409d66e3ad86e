// The Figma provider: its SCIM config is provider.yaml; nothing here needs code.
import { defineScimProvider } from '@baton-scim/scim';

export default defineScimProvider({
  id: 'figma',
  displayName: 'Figma',
  config: new URL('../provider.yaml', import.meta.url),
});
