import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BatonError } from '@baton-scim/core';
import { afterAll, describe, expect, it } from 'vitest';
import { loadScimConfig, loadScimConfigFile } from '../../src/config/load.js';

// A Zoom-like provider using every documented extension.
const ZOOM_LIKE = `# yaml-language-server: $schema=../config.schema.json
id: zoom-like
apiEndpoint: "https://api.zoom.example/scim2/"
hasScimHeader: true
headers:
  X-Api-Version: "2"
auth:
  authType: oauth2
  apiKeyPrefix: Bearer
  shouldObtainToken: true
  authUrl: "https://zoom.example/oauth/token"
  tokenPath: access_token
  tokenRequest:
    grantType: account_credentials
user:
  id: id
  userName: userName
  displayName: displayName
  firstName: name.givenName
  lastName: name.familyName
  primaryEmail: userName
  active: active
  hasGroupsOnUser: true
  userGroup:
    path: groups
    name: display
    id: value
  roles:
    path: roles
    name: value
    display: display
  enterprise: false
  profile:
    department: "$['urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'].department"
group:
  id: id
  displayName: displayName
  members:
    path: members
    id: value
  excludeMembersInList: true
pagination:
  style: cursor
  maxPageSize: 50
provisioning:
  roleStrategy: put
  addUserRole: {}
  removeUserRole:
    style: valueList
`;

describe('documented extensions', () => {
  const config = loadScimConfig(ZOOM_LIKE, { file: 'zoom-like.yaml' });

  it('resolves the token request style, with standard defaults for the rest', () => {
    expect(config.auth.obtainToken).toMatchObject({
      url: 'https://zoom.example/oauth/token',
      style: 'form',
      clientAuth: 'basic',
      grantType: 'account_credentials',
    });
    expect(config.auth.obtainToken).not.toHaveProperty('scope');
  });

  it('keeps the provider id and the extra headers', () => {
    expect(config.id).toBe('zoom-like');
    expect(config.headers).toEqual({ 'X-Api-Version': '2' });
  });

  it('compiles user extensions: display name, groups on the user, roles and profile paths', () => {
    expect(config.user.displayName?.source).toBe('displayName');
    expect(config.user.groupsOnUser?.id?.source).toBe('value');
    expect(config.user.enterprise).toBe(false);
    expect(config.user.emails.source).toBe('emails[*].value');
    expect(config.user.profile.map((p) => [p.key, p.path.plain])).toEqual([['department', true]]);
    const record = { 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': { department: 'R&D' } };
    expect(config.user.profile[0]?.path.first(record)).toBe('R&D');
  });

  it('uses cursor paging with the page size clamped to the provider cap', () => {
    expect(config.pagination.style).toBe('cursor');
    expect(config.pagination.pageSize).toBe(50);
    expect(config.pagination.maxPageSize).toBe(50);
    if (config.pagination.style !== 'cursor') throw new Error('expected cursor paging');
    expect(config.pagination.nextCursor.first({ nextCursor: 'c2' })).toBe('c2');
  });

  it('pages members per group with the list page size unless told otherwise', () => {
    expect(config.group.excludeMembersInList).toBe(true);
    expect(config.group.memberPageSize).toBe(50);
    expect(config.group.members?.type.source).toBe('type');
  });

  it('declares the role strategy and fills operation defaults', () => {
    expect(config.provisioning.roleStrategy).toBe('put');
    expect(config.provisioning.addUserRole).toEqual({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      op: 'add',
      path: 'roles',
      valuePath: 'value',
    });
    expect(config.provisioning.removeUserRole).toMatchObject({ op: 'remove', path: 'roles', style: 'valueList' });
    expect(config.provisioning.addUserToGroup).toBeUndefined();
  });

  it('returns a frozen config that cannot be changed after load', () => {
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.user.profile)).toBe(true);
    expect(Object.isFrozen(config.data.user)).toBe(true);
    expect(() => {
      (config as { apiEndpoint: string }).apiEndpoint = 'https://evil.example';
    }).toThrow(TypeError);
    expect(config.apiEndpoint).toBe('https://api.zoom.example/scim2/');
  });

  it('keeps the validated data with defaults applied', () => {
    expect(config.data.user.hasGroupsOnUser).toBe(true);
    expect(config.data.group.excludeMembersInList).toBe(true);
    expect(config.data.pagination.style).toBe('cursor');
  });
});

describe('loadScimConfigFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scim-config-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads a file by path or file: URL, naming it in the config', async () => {
    const file = join(dir, 'zoom-like.yaml');
    writeFileSync(file, ZOOM_LIKE);
    expect((await loadScimConfigFile(file)).file).toBe(file);
    expect((await loadScimConfigFile(pathToFileURL(file))).file).toBe(file);
  });

  it('names the file in validation errors', async () => {
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, ZOOM_LIKE.replace('hasScimHeader: true', 'hasScimHeader: 1'));
    await expect(loadScimConfigFile(file)).rejects.toThrow(`${file}: hasScimHeader: expected true or false, got number 1 (line 4)`);
  });

  it('says which file is missing and which flag to check', async () => {
    const file = join(dir, 'absent.yaml');
    const err: unknown = await loadScimConfigFile(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BatonError);
    expect((err as BatonError).code).toBe('invalid-argument');
    expect((err as BatonError).message).toBe(`${file}: cannot read the SCIM config (ENOENT); check the path given to --scim-config`);
  });
});
