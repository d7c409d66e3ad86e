// The JumpCloud provider: JumpCloud's directory is read and changed through its REST API (v1 users, v2 user
// groups), so hooks do the requests and hand the connector SCIM-shaped users and groups.
import { defineScimProvider } from '@baton-scim/scim';
import { hooks } from './hooks.js';

export default defineScimProvider({
  id: 'jumpcloud',
  displayName: 'JumpCloud',
  config: new URL('../provider.yaml', import.meta.url),
  hooks,
  authHelp: 'Create an API key in the JumpCloud Admin Portal (your admin account menu → My API Key) and pass it with --api-key.',
});
