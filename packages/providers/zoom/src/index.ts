// The Zoom provider: provider.yaml maps its SCIM2 API; src/hooks.ts adds each user's groups and role from
// Zoom's REST API, because Zoom's SCIM ListUsers returns neither.
import { defineScimProvider } from '@baton-scim/scim';
import { hooks } from './hooks.js';

export default defineScimProvider({
  id: 'zoom',
  displayName: 'Zoom',
  config: new URL('../provider.yaml', import.meta.url),
  hooks,
});
