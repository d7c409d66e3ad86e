import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScimConfig } from '../../src/config/load.js';
import { PATCH_OP_SCHEMA } from '../../src/config/provisioning-schema.js';
import type { ScimConfig } from '../../src/config/types.js';

// The YAML blocks of the product documentation, copied verbatim (trailing spaces included).
function docsExample(name: string): ScimConfig {
  const file = `test/config/fixtures/docs/${name}.yaml`;
  return loadScimConfig(readFileSync(file, 'utf8'), { file });
}

describe('every example config in the product docs loads', () => {
  it('the generic "configuration file structure" example', () => {
    const config = docsExample('generic');
    expect(config.apiEndpoint).toBe('https://api.example.com/scim/v2/');
    expect(config.hasScimHeader).toBe(true);
    expect(config.auth).toEqual({ authType: 'oauth2', apiKeyPrefix: 'Bearer' });
    expect(config.user.primaryEmail.source).toBe('emails[?(@.primary==true)].value');
    expect(config.user.firstEmail?.source).toBe('emails[0].value');
    // hasGroupsOnUser is false, so the documented userGroup block is not used.
    expect(config.user.groupsOnUser).toBeUndefined();
    expect(config.user.roles?.path.source).toBe('roles');
    expect(config.user.roles?.display?.source).toBe('display');
    expect(config.group.members?.displayName?.source).toBe('display');
    expect(config.pagination.style).toBe('index');
    expect(config.pagination.pageSize).toBe(100);
    expect(config.provisioning.removeUserFromGroup).toEqual({
      schemas: [PATCH_OP_SCHEMA],
      op: 'replace',
      path: 'members',
      valuePath: 'value',
      style: 'replace',
    });
    expect(config.provisioning.removeUserRole).toMatchObject({ op: 'remove', path: 'roles', style: 'filter' });
    expect(config.provisioning.roleStrategy).toBe('patch');
  });

  it('Okta', () => {
    const config = docsExample('okta');
    expect(config.apiEndpoint).toBe('https://your-domain.okta.com/api/v1/scim/v2/');
    expect(config.auth).toEqual({ authType: 'apiKey', apiKeyPrefix: 'Bearer' });
    expect(config.provisioning.removeUserFromGroup).toMatchObject({ op: 'remove', style: 'filter' });
    expect(config.provisioning.addUserRole).toBeUndefined();
  });

  it('Azure AD, with a token obtained by client credentials', () => {
    const config = docsExample('azure-ad');
    expect(config.auth.authType).toBe('oauth2');
    expect(config.auth.obtainToken?.url).toBe('https://login.microsoftonline.com/your-tenant-id/oauth2/v2.0/token');
    expect(config.auth.obtainToken?.tokenPath.first({ access_token: 'abc' })).toBe('abc');
    expect(config.auth.obtainToken).toMatchObject({ style: 'form', clientAuth: 'basic', grantType: 'client_credentials' });
    expect(config.user.firstEmail).toBeUndefined();
    expect(config.group.members?.displayName).toBeUndefined();
  });

  it('OneLogin', () => {
    const config = docsExample('onelogin');
    expect(config.apiEndpoint).toBe('https://api.us.onelogin.com/scim/v2/');
    expect(config.auth).toEqual({ authType: 'apiKey', apiKeyPrefix: 'Bearer' });
    expect(config.group.members?.id.source).toBe('value');
  });

  it('Google Workspace', () => {
    const config = docsExample('google-workspace');
    expect(config.apiEndpoint).toBe('https://admin.googleapis.com/admin/directory/v1/scim/');
    expect(config.auth).toEqual({ authType: 'oauth2' });
    expect(config.provisioning.addUserToGroup).toEqual({
      schemas: [PATCH_OP_SCHEMA],
      op: 'add',
      path: 'members',
      valuePath: 'value',
      userType: false,
    });
  });
});
