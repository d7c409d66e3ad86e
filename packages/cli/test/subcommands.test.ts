import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScimServer, type ScimTestServer } from '@baton-scim/testkit';
import { cli, CONFIG, startSyncedServer, syncArgs, tempDir, TOKEN } from './support/run.js';

interface Capabilities {
  '@type': string;
  resourceTypeCapabilities: { resourceType: { id: string }; capabilities: string[] }[];
  connectorCapabilities: string[];
}

function capabilitiesOf(stdout: string): Capabilities & { byType: Record<string, string[]> } {
  const caps = JSON.parse(stdout) as Capabilities;
  return { ...caps, byType: Object.fromEntries(caps.resourceTypeCapabilities.map((c) => [c.resourceType.id, c.capabilities])) };
}

let server: ScimTestServer;
let file: string;
beforeAll(async () => {
  ({ server, file } = await startSyncedServer());
});
afterAll(async () => server.close());

describe('capabilities, config, providers, validate-config, completion', () => {
  it('defects 7, 38: capabilities needs no credentials and offers provisioning only where the config has it', async () => {
    const run = await cli(['capabilities', '--scim-config', CONFIG]);
    expect(run.code, run.stderr).toBe(0);
    const caps = capabilitiesOf(run.stdout);
    expect(caps['@type']).toBe('type.googleapis.com/c1.connector.v2.ConnectorCapabilities');
    expect(caps.byType).toEqual({ group: ['CAPABILITY_PROVISION', 'CAPABILITY_SYNC'], role: ['CAPABILITY_SYNC'], user: ['CAPABILITY_SYNC'] });
    expect(caps.connectorCapabilities).toEqual(['CAPABILITY_PROVISION', 'CAPABILITY_SYNC']);

    const dir = tempDir();
    writeFileSync(join(dir, 'no-provisioning.yaml'), readFileSync(CONFIG, 'utf8').replace(/^provisioning:[\s\S]*$/m, ''));
    const plain = await cli(['capabilities', '--scim-config', 'no-provisioning.yaml'], { cwd: dir });
    expect(plain.code, plain.stderr).toBe(0);
    expect(capabilitiesOf(plain.stdout).byType).toEqual({ group: ['CAPABILITY_SYNC'], role: ['CAPABILITY_SYNC'], user: ['CAPABILITY_SYNC'] });
    expect(capabilitiesOf(plain.stdout).connectorCapabilities).toEqual(['CAPABILITY_SYNC']);
  });

  it('defects 7, 39: capabilities of a config that obtains a token makes no request, with or without credentials', async () => {
    const client = { clientId: 'caps-client', clientSecret: 'caps-secret-9d2e' };
    const tokenServer = await startScimServer({ auth: { oauth: { clients: [client] } } });
    try {
      const dir = tempDir();
      // The config points at a live server that hands out tokens: any token request or SCIM call would show in its log.
      const yaml = readFileSync(CONFIG, 'utf8')
        .replace(/^apiEndpoint: .*$/m, `apiEndpoint: "${tokenServer.url}"`)
        .replace('  apiKeyPrefix: Bearer\n', `  shouldObtainToken: true\n  authUrl: "${tokenServer.tokenUrl}"\n  tokenPath: access_token\n`);
      writeFileSync(join(dir, 'obtains-token.yaml'), yaml);
      const bare = await cli(['capabilities', '--scim-config', 'obtains-token.yaml'], { cwd: dir });
      expect(bare.code, bare.stderr).toBe(0);
      const withCredentials = await cli(
        ['capabilities', '--scim-config', 'obtains-token.yaml', '--scim-client-id', client.clientId, '--scim-client-secret', client.clientSecret],
        { cwd: dir },
      );
      expect(withCredentials.code, withCredentials.stderr).toBe(0);
      expect(withCredentials.stdout).toBe(bare.stdout);
      expect(tokenServer.requests).toEqual([]);
      // The same config and credentials do obtain a token once a command needs the server.
      const check = await cli(['--scim-config', 'obtains-token.yaml', '--scim-client-id', client.clientId, '--scim-client-secret', client.clientSecret, '-f', join(dir, 'x.c1z')], { cwd: dir });
      expect(check.code, check.stderr).toBe(0);
      expect(tokenServer.requests.filter((r) => r.path === '/oauth/token')).toHaveLength(1);
    } finally {
      await tokenServer.close();
    }
  });

  it('config prints the flag schema with secrets marked, and --scim the YAML JSON Schema', async () => {
    const flags = JSON.parse((await cli(['config'])).stdout) as { fields: { name: string; isSecret?: boolean }[] };
    expect(flags.fields.find((f) => f.name === 'token')?.isSecret).toBe(true);
    expect(flags.fields.find((f) => f.name === 'file')?.isSecret).toBeUndefined();
    const schema = JSON.parse((await cli(['config', '--scim'])).stdout) as { required: string[] };
    expect(schema.required).toContain('apiEndpoint');
  });

  it('providers lists first-party providers with their install command', async () => {
    const run = await cli(['providers']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/slack\s+@baton-scim\/provider-slack/);
  });

  it('validate-config prints every problem with its key path and exits 2', async () => {
    const dir = tempDir();
    const bad = readFileSync(CONFIG, 'utf8').replace('  id: id\n  userName', '  id: id\n  colour: blue\n  userName').replace('hasScimHeader: true', 'hasScimHeader: "yes"');
    writeFileSync(join(dir, 'bad.yaml'), bad);
    const run = await cli(['validate-config', 'bad.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bad\.yaml: user\.colour/);
    expect(run.stderr).toMatch(/bad\.yaml: hasScimHeader/);
    const ok = await cli(['validate-config', CONFIG]);
    expect(ok.code).toBe(0);
  });

  it('completion prints a bash script naming the subcommands', async () => {
    const run = await cli(['completion', 'bash']);
    expect(run.stdout).toContain('complete -F _baton_scim baton-scim');
    expect(run.stdout).toContain('inspect');
    expect((await cli(['completion', 'tcsh'])).code).toBe(2);
  });

  it('probe shows how each mapped field resolved on the first records', async () => {
    const run = await cli(['probe', '--scim-config', CONFIG, '--api-endpoint', server.url, '--token', TOKEN, '--count', '2']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/user #1/);
    expect(run.stdout).toMatch(/primaryEmail\s+emails\[\?\(@\.primary==true\)\]\.value/);
    expect(run.stdout).toMatch(/group #2/);
    expect(run.stdout).not.toContain(TOKEN);
  });
});

describe('inspect', () => {
  const users = () => [...server.directory.users.values()];
  const groups = () => [...server.directory.groups.values()];

  it('lists resource types, resources and entitlements', async () => {
    const types = JSON.parse((await cli(['inspect', 'resource-types', '-o', 'json', '-f', file])).stdout) as { resourceTypes: unknown[] };
    expect(types.resourceTypes).toHaveLength(3);
    const res = JSON.parse((await cli(['inspect', 'resources', '-t', 'user', '-o', 'json', '-f', file])).stdout) as { resources: { resource: { id: { resource: string } } }[] };
    expect(res.resources.map((r) => r.resource.id.resource).sort()).toEqual(users().map((u) => u.id).sort());
    const console = await cli(['inspect', 'entitlements', '-f', file]);
    expect(console.stdout.split('\n')[0]).toMatch(/^ID\s+Display Name\s+Resource Type\s+Resource\s+Permission/);
  });

  it('grants -e lists the members of one group; access shows a user\'s groups', async () => {
    const group = groups().find((g) => (g.members ?? []).some((m) => m.type !== 'Group'));
    if (!group) throw new Error('fixture has no group with user members');
    const run = await cli(['inspect', 'grants', '-e', `group:${group.id}:member`, '-o', 'json', '-f', file]);
    const ids = (JSON.parse(run.stdout) as { grants: { grant: { id: string } }[] }).grants.map((g) => g.grant.id);
    for (const m of group.members ?? []) expect(ids).toContain(`group:${group.id}:member:${m.type === 'Group' ? 'group' : 'user'}:${m.value}`);
    const member = (group.members ?? []).find((m) => m.type !== 'Group');
    const access = await cli(['inspect', 'access', '-t', 'user', '-r', member?.value ?? '', '-f', file]);
    expect(access.stdout).toContain(`${group.displayName} (group)`);
    expect(access.stdout).toContain('member');
  });

  it('diff names the users added, removed and changed between two syncs, and export csv', async () => {
    // Between the two syncs: one user added, one removed (with its memberships), one renamed.
    // The removed user holds no role alone, so every role outlives it.
    const holders = (role: string) => users().filter((u) => (u.roles ?? []).some((r) => r.value === role)).length;
    const gone = users().find((u) => (u.roles ?? []).every((r) => holders(r.value) > 1) && groups().some((g) => g.members?.some((m) => m.value === u.id)));
    const [renamed, template] = users().filter((u) => u !== gone);
    if (!gone || !renamed || !template) throw new Error('fixture has no user to remove');
    const goneGrants = [
      ...groups().filter((g) => (g.members ?? []).some((m) => m.value === gone.id)).map((g) => `group:${g.id}:member:user:${gone.id}`),
      ...(gone.roles ?? []).map((r) => `role:${r.value}:member:user:${gone.id}`),
    ];
    server.directory.users.delete(gone.id);
    for (const g of groups()) g.members = (g.members ?? []).filter((m) => m.value !== gone.id);
    renamed.displayName = `${renamed.displayName ?? renamed.userName} (renamed)`;
    const added = { ...structuredClone(template), id: 'added-user-1', userName: 'added.user@example.test', roles: [], groups: [] };
    server.directory.users.set(added.id, added);

    // A copy holding only the first sync: nothing to compare within it, but it can be compared with the file.
    const first = join(tempDir(), 'first.c1z');
    copyFileSync(file, first);
    const alone = await cli(['inspect', 'diff', '-f', first]);
    expect(alone.code, alone.stderr).toBe(0);
    expect(alone.stdout).toMatch(/^.*first\.c1z holds no finished full sync before \w+, so there is nothing to compare it with yet\. Sync into the same file again, or compare two files: baton-scim inspect diff OLD\.c1z NEW\.c1z\n$/);
    expect(JSON.parse((await cli(['inspect', 'diff', '-f', first, '-o', 'json'])).stdout)).toMatchObject({ base: null, note: expect.stringContaining('nothing to compare') as unknown });

    const second = await cli(syncArgs(server, file));
    expect(second.code, second.stderr).toBe(0);
    const syncs = JSON.parse((await cli(['inspect', 'syncs', '-o', 'json', '-f', file])).stdout) as { syncs: unknown[] };
    expect(syncs.syncs).toHaveLength(2);
    type Changes = { created: string[]; deleted: string[]; modified: string[] };
    const diff = JSON.parse((await cli(['inspect', 'diff', '-f', file, '-o', 'json'])).stdout) as Record<'resources' | 'entitlements' | 'grants', Changes>;
    // Two files compare the latest sync of each: here the same two syncs.
    const across = JSON.parse((await cli(['inspect', 'diff', first, file, '-o', 'json'])).stdout) as Record<string, unknown>;
    expect(across).toEqual({ ...diff, baseFile: first, appliedFile: file });
    // A person reads a list: counts per kind, then + added, - removed, ~ changed, with the resource's name.
    const text = await cli(['inspect', 'diff', first, file]);
    expect(text.code, text.stderr).toBe(0);
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^From sync \\w+ of ${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, finished `));
    expect(lines.slice(2, 6)).toEqual([
      'Resources: 1 added, 1 removed, 1 changed',
      `  + user:${added.id}  ${added.displayName ?? added.userName}`,
      `  - user:${gone.id}  ${gone.displayName ?? gone.userName}`,
      `  ~ user:${renamed.id}  ${renamed.displayName}`,
    ]);
    expect(lines).toContain('Entitlements: no changes');
    expect(lines).toContain(`Grants: ${diff.grants.deleted.length} removed`);
    for (const id of diff.grants.deleted) expect(lines).toContain(`  - ${id}`);
    expect(diff.resources).toEqual({ created: [`user:${added.id}`], deleted: [`user:${gone.id}`], modified: [`user:${renamed.id}`] });
    expect(diff.entitlements).toEqual({ created: [], deleted: [], modified: [] });
    expect(diff.grants.created).toEqual([]);
    expect(diff.grants.modified).toEqual([]);
    // The removed user's direct memberships, and any grant expanded from them, and nothing else.
    expect(diff.grants.deleted).toEqual(expect.arrayContaining(goneGrants));
    for (const id of diff.grants.deleted) expect(id).toMatch(new RegExp(`:user:${gone.id}$`));

    const out = join(tempDir(), 'x.csv');
    expect((await cli(['inspect', 'export', 'csv', '--out', out, '-f', file])).code).toBe(0);
    const csv = readFileSync(out, 'utf8').split('\n');
    expect(csv[0]).toBe('Type,Last Name,First Name,User ID,User Status,Email Address,Entitlement Display Name,Entitlement,Resource Type,Resource Name,Entitlement Description,Entitlement Slug');
    expect(csv.filter((l) => l.startsWith('Identity,'))).toHaveLength(30);
  });

  it('a missing file is a clear error', async () => {
    const run = await cli(['inspect', 'stats', '-f', join(tempDir(), 'nope.c1z')]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/nope\.c1z/);
  });
});
