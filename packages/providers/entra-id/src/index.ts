// The Microsoft Entra ID provider: Entra ID serves no SCIM directory to read, so hooks read Microsoft Graph.
import { defineScimProvider } from '@baton-scim/scim';
import { hooks } from './hooks.js';

export default defineScimProvider({
  id: 'entra-id',
  displayName: 'Microsoft Entra ID',
  config: new URL('../provider.yaml', import.meta.url),
  hooks,
  authHelp: 'Register an app in Microsoft Entra ID with the application permissions User.Read.All, GroupMember.Read.All and RoleManagement.Read.Directory (GroupMember.ReadWrite.All to provision), then pass --scim-client-id, --scim-client-secret and --auth-url https://login.microsoftonline.com/<tenant-id>/oauth2/v2.0/token.',
});
