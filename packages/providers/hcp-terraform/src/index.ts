// The HCP Terraform provider: its SCIM config is provider.yaml; nothing here needs code.
import { defineScimProvider } from '@baton-scim/scim';

export default defineScimProvider({
  id: 'hcp-terraform',
  displayName: 'HCP Terraform',
  config: new URL('../provider.yaml', import.meta.url),
});
