// The Miro provider: provider.yaml, plus a hook that types the role a grant adds (user or admin role).
import { defineScimProvider } from '@baton-scim/scim';
import { hooks } from './hooks.js';

export default defineScimProvider({
  id: 'miro',
  displayName: 'Miro',
  config: new URL('../provider.yaml', import.meta.url),
  hooks,
});
