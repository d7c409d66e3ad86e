// The AWS IAM Identity Center provider: its SCIM config is provider.yaml; nothing here needs code.
import { defineScimProvider } from '@baton-scim/scim';

export default defineScimProvider({
  id: 'aws-identity-center',
  displayName: 'AWS IAM Identity Center',
  config: new URL('../provider.yaml', import.meta.url),
});
