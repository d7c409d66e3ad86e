// The AWS IAM Identity Center provider: provider.yaml maps its SCIM API; src/hooks.ts reads group members,
// which Identity Center leaves out of every group it returns.
import { defineScimProvider } from '@baton-scim/scim';
import { hooks } from './hooks.js';

export default defineScimProvider({
  id: 'aws-identity-center',
  displayName: 'AWS IAM Identity Center',
  config: new URL('../provider.yaml', import.meta.url),
  hooks,
});
