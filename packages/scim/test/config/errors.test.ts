import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { loadScimConfig } from '../../src/config/load.js';

function problems(text: string, file = 'bad.yaml'): string[] {
  try {
    loadScimConfig(text, { file });
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).code).toBe('invalid-argument');
    return (err as ConfigError).lines;
  }
  throw new Error('the config loaded although it is invalid');
}

const VALID_REST = `group:
  id: id
  displayName: displayName
pagination:
  totalResults: totalResults
  itemsPerPage: itemsPerPage
  startIndex: startIndex
`;

describe('loadScimConfig reports every problem at once', () => {
  it('names unknown keys, bad JSONPaths, missing required keys and wrong types together', () => {
    const text = `apiEndpoint: "https://api.example.com/scim/v2/"
hasScimHeader: "yes"
auth:
  authType: oauth2
user:
  id: id
  fristName: name.givenName
  lastName: name.familyName[
  primaryEmail: "emails[?(@.primary==)].value"
  active: active
${VALID_REST}`;
    expect(problems(text)).toEqual([
      'bad.yaml: hasScimHeader: expected true or false, got string "yes" (line 2)',
      'bad.yaml: user.firstName: missing required key (a string) (line 5)',
      'bad.yaml: user.userName: missing required key (a string) (line 5)',
      'bad.yaml: user.fristName: unknown key; did you mean "firstName"? (line 7)',
      'bad.yaml: user.lastName: invalid JSONPath "name.familyName[": unclosed "[" at character 16 (line 8)',
      'bad.yaml: user.primaryEmail: invalid JSONPath "emails[?(@.primary==)].value": filter expression "@.primary==" does not parse: Expected expression after == (line 9)',
    ]);
  });

  it('points keys written at the wrong level to where they belong (the old README put auth keys at the top)', () => {
    const text = `apiEndpoint: "https://api.example.com/scim/v2/"
hasScimHeader: true
authType: oauth2
auth:
  authType: oauth2
user:
  id: id
  userName: userName
  firstName: name.givenName
  lastName: name.familyName
  primaryEmail: emails[0].value
  active: active
  bogus: 1
${VALID_REST}`;
    expect(problems(text)).toEqual([
      'bad.yaml: authType: unknown key here; it belongs under "auth.authType" (line 3)',
      'bad.yaml: user.bogus: unknown key; valid keys here: id, userName, firstName, lastName, primaryEmail, firstEmail, active, displayName, emails, hasGroupsOnUser, userGroup, roles, enterprise, profile (line 13)',
    ]);
  });

  it('reports missing sections and a wrongly typed section', () => {
    expect(problems('apiEndpoint: "https://x.example/scim"\nhasScimHeader: false\nauth: oauth2\n')).toEqual([
      'bad.yaml: group: missing required key (a mapping)',
      'bad.yaml: pagination: missing required key (a mapping)',
      'bad.yaml: user: missing required key (a mapping)',
      'bad.yaml: auth: expected a mapping, got string "oauth2" (line 3)',
    ]);
  });

  it('checks the rules that join keys, even when other keys are wrong', () => {
    const text = `apiEndpoint: "ftp://x.example/scim"
hasScimHeader: true
auth:
  authType: OAuth2
  shouldObtainToken: true
user:
  id: id
  userName: userName
  firstName: name.givenName
  lastName: name.familyName
  primaryEmail: emails[0].value
  active: active
  hasGroupsOnUser: true
group:
  id: id
  displayName: displayName
  excludeMembersInList: true
pagination:
  style: cursor
  startIndex: startIndex
  pageSize: 500
  maxPageSize: 200
provisioning:
  removeUserFromGroup:
    op: add
  removeUserRole:
    op: replace
    style: filter
headers:
  Authorization: "Bearer secret"
  X-Tenant: "t1"
`;
    expect(problems(text)).toEqual([
      'bad.yaml: apiEndpoint: must be an absolute http:// or https:// URL (line 1)',
      'bad.yaml: auth.authUrl: required when auth.shouldObtainToken is true (line 3)',
      'bad.yaml: auth.tokenPath: required when auth.shouldObtainToken is true (line 3)',
      'bad.yaml: auth.authType: must be one of "oauth2", "apiKey", "basic" (got string "OAuth2"); did you mean "oauth2"? (line 4)',
      'bad.yaml: user.userGroup: required when user.hasGroupsOnUser is true (line 6)',
      'bad.yaml: group.members: required when group.excludeMembersInList is true (line 14)',
      'bad.yaml: pagination.pageSize: is larger than pagination.maxPageSize (200) (line 21)',
      'bad.yaml: provisioning.removeUserFromGroup.op: must be "remove" or "replace" to remove (line 25)',
      'bad.yaml: provisioning.removeUserRole.op: op "replace" contradicts style "filter"; remove op (style decides the operation) (line 27)',
      'bad.yaml: headers.Authorization: key "Authorization" is set by the connector; credentials come from flags such as --token or --api-key (line 30)',
    ]);
  });

  it('names the key of a bad rate limit or 403 reason', () => {
    const text = `apiEndpoint: "https://api.example.com/scim/v2/"
hasScimHeader: true
auth:
  authType: oauth2
user:
  id: id
  userName: userName
  firstName: name.givenName
  lastName: name.familyName
  primaryEmail: emails[0].value
  active: active
${VALID_REST}http:
  rateLimits:
    - { requests: 5, perSeconds: 30, path: Groups }
    - { requests: 0, perSeconds: 30, method: FETCH }
  retryOn403Reasons: ["rate limit"]
`;
    const got = problems(text);
    expect(got).toContainEqual(expect.stringMatching(/^bad\.yaml: http\.rateLimits\[0\]\.path: must start with "\/", relative to apiEndpoint, e\.g\. "\/Groups"/));
    expect(got).toContainEqual(expect.stringMatching(/^bad\.yaml: http\.rateLimits\[1\]\.requests: /));
    expect(got).toContainEqual(expect.stringMatching(/^bad\.yaml: http\.rateLimits\[1\]\.method: /));
    expect(got).toContainEqual(expect.stringMatching(/^bad\.yaml: http\.retryOn403Reasons\[0\]: must be one word/));
  });

  it('never echoes a header value or URL, which could hold a secret pasted by mistake', () => {
    const text = `apiEndpoint: "https://admin:s3cr3t@x.example/scim"\nauth:\n  authType: basic\n  authUrl: "htp:/s3cr3t"\nheaders:\n  Authorization: "Bearer s3cr3t"\nuser: "s3cr3t-0123456789-0123456789"\n`;
    const lines = problems(text);
    expect(lines).toContain(
      'bad.yaml: apiEndpoint: must not contain a user name or password; credentials come from flags such as --username (line 1)',
    );
    expect(lines).toContain('bad.yaml: auth.authUrl: must be an absolute http:// or https:// URL (line 4)');
    expect(lines).toContain('bad.yaml: user: expected a mapping, got a string of 28 characters (line 7)');
    expect(lines.join('\n')).not.toContain('s3cr3t');
  });

  it('reports YAML syntax errors with line and column', () => {
    expect(problems('apiEndpoint: [1\nhasScimHeader: true\n')).toEqual([
      'bad.yaml:2:1: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
    expect(problems('user:\n  id: id\n  id: userName\n')).toEqual(['bad.yaml:3:3: YAML syntax error: Map keys must be unique']);
  });

  it('refuses YAML whose aliases would expand without bound', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= 9; i++) {
      const name = String.fromCharCode(97 + i);
      const prev = String.fromCharCode(96 + i);
      lines.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    const [line, ...rest] = problems(lines.join('\n'));
    expect(rest).toEqual([]);
    expect(line).toMatch(/^bad\.yaml: YAML cannot be read: Excessive alias count/);
  });

  it('rejects a document that is not a mapping', () => {
    const expected = ['bad.yaml: the config must be a YAML mapping with apiEndpoint, hasScimHeader, auth, user, group and pagination'];
    expect(problems('')).toEqual(expected);
    expect(problems('- a\n- b\n')).toEqual(expected);
  });
});
