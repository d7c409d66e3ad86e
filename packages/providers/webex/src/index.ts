// The Webex provider: provider.yaml, plus a hook that reads group members from GET /Groups/{id}/Members.
import { defineScimProvider } from '@baton-scim/scim';
import { hooks } from './hooks.js';

export default defineScimProvider({
  id: 'webex',
  displayName: 'Webex',
  config: new URL('../provider.yaml', import.meta.url),
  hooks,
});
