import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScimTestServer } from '@baton-scim/testkit';
import { cli, CONFIG, startServer, startSyncedServer, syncArgs, tempDir, TOKEN } from './support/run.js';

let server: ScimTestServer;
let file: string;
beforeAll(async () => {
  ({ server, file } = await startSyncedServer());
});
afterAll(async () => server.close());

describe('capabilities, config, providers, validate-config, completion', () => {
  it('defects 7, 38, 39: capabilities needs no credentials or network and offers provisioning only where the config has it', async () => {
    const run = await cli(['capabilities', '--scim-config', CONFIG]);
    expect(run.code, run.stderr).toBe(0);
    const caps = JSON.parse(run.stdout) as { '@type': string; resourceTypeCapabilities: { resourceType: { id: string }; capabilities: string[] }[]; connectorCapabilities: string[] };
    expect(caps['@type']).toBe('type.googleapis.com/c1.connector.v2.ConnectorCapabilities');
    const byType = Object.fromEntries(caps.resourceTypeCapabilities.map((c) => [c.resourceType.id, c.capabilities]));
    expect(byType).toEqual({ group: ['CAPABILITY_PROVISION', 'CAPABILITY_SYNC'], role: ['CAPABILITY_SYNC'], user: ['CAPABILITY_SYNC'] });
    expect(caps.connectorCapabilities).toEqual(['CAPABILITY_PROVISION', 'CAPABILITY_SYNC']);
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

  it('syncs, diff and export csv', async () => {
    await server.close();
    server = await startServer();
    const second = await cli(syncArgs(server, file));
    expect(second.code, second.stderr).toBe(0);
    const syncs = JSON.parse((await cli(['inspect', 'syncs', '-o', 'json', '-f', file])).stdout) as { syncs: unknown[] };
    expect(syncs.syncs).toHaveLength(2);
    const diff = JSON.parse((await cli(['inspect', 'diff', '-f', file])).stdout) as { resources: { created: string[]; deleted: string[] } };
    expect(diff.resources.created).toEqual([]);
    expect(diff.resources.deleted).toEqual([]);
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
