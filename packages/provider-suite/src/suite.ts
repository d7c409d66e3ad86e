// Registers a provider's shared suite: the testkit conformance run and each quirk its conformance.yaml declares.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '@baton-scim/cli';
import { startScimServer, type ScimDirectoryData, type ScimTestServer } from '@baton-scim/testkit';
import { defineProviderConformance, runCli, type CliRun } from '@baton-scim/testkit/conformance';
import { describe, expect, it } from 'vitest';
import type { Declared, Quirk, Step } from './declared.js';

export function defineProviderSuite(d: Declared): void {
  defineProviderConformance({
    providerId: d.providerId,
    packageDir: d.packageDir,
    main,
    credentialFlags: d.credentials,
    serverAuth: d.serverAuth,
    basePath: d.basePath,
    extraFlags: d.extraFlags,
    readsMembersPerGroup: d.readsMembersPerGroup,
    obtainsToken: d.obtainsToken,
  });
  describe(`provider ${d.providerId}: quirks`, () => {
    if (d.templatedEndpoint !== undefined) {
      const placeholder = d.templatedEndpoint;
      it(`refuses the templated endpoint until --api-endpoint names ${placeholder}`, async () => {
        const file = join(mkdtempSync(join(tmpdir(), `${d.providerId}-`)), 'sync.c1z');
        const run = await runCli(main, ['--service-provider', d.providerId, ...d.credentials, ...d.extraFlags, '-f', file], cwd(d));
        expect(run.code).not.toBe(0);
        expect(run.stderr).toContain(placeholder);
        expect(run.stderr).toContain('--api-endpoint');
      });
    }
    for (const quirk of d.quirks) it(quirk.name, async () => runQuirk(d, quirk));
  });
}

const cwd = (d: Declared): string => fileURLToPath(d.packageDir);

/** The package's recorded directory, read fresh for each server so no test sees another's writes. */
export function fixtureDirectory(d: Declared): ScimDirectoryData {
  return JSON.parse(readFileSync(new URL('fixtures/directory.json', d.packageDir), 'utf8')) as ScimDirectoryData;
}

/** The CLI flags of a sync of `d` against `server` into a new file. */
export function syncArgv(d: Declared, server: ScimTestServer): string[] {
  const file = join(mkdtempSync(join(tmpdir(), `${d.providerId}-`)), 'sync.c1z');
  return ['--service-provider', d.providerId, '--api-endpoint', server.url, ...(d.obtainsToken ? ['--auth-url', server.tokenUrl] : []),
    ...d.credentials, ...d.extraFlags, '--log-level', 'warn', '-f', file];
}

export async function cli(d: Declared, argv: readonly string[]): Promise<CliRun> {
  return runCli(main, argv, cwd(d));
}

async function runQuirk(d: Declared, q: Quirk): Promise<void> {
  const directory = fixtureDirectory(d);
  for (const g of q.addGroups ?? []) directory.groups.push(g as unknown as ScimDirectoryData['groups'][number]);
  const server = await startScimServer({ ...q.server, directory, auth: d.serverAuth, basePath: d.basePath });
  try {
    const argv = syncArgv(d, server);
    const file = argv[argv.indexOf('-f') + 1]!;
    const sync = await cli(d, argv);
    if (q.syncFails !== undefined) {
      expect(sync.code).not.toBe(0);
      expect(sync.stderr).toContain(q.syncFails);
      return;
    }
    expect(sync.code, sync.stderr).toBe(0);
    checkSyncRequests(server, q);
    for (const [kind, texts] of [['grants', q.grantsInclude], ['resources', q.resourcesInclude]] as const) {
      if (!texts) continue;
      const listed = await cli(d, ['inspect', kind, '-o', 'json', '-f', file]);
      expect(listed.code, listed.stderr).toBe(0);
      for (const text of texts) expect(listed.stdout).toContain(text);
    }
    if (!q.steps) return;
    server.resetLog();
    for (const step of q.steps) {
      const run = await cli(d, [...argv, '--provisioning', ...stepFlags(step)]);
      if (step.fails === true) expect(run.code).not.toBe(0);
      else expect(run.code, run.stderr).toBe(0);
    }
    checkWrites(server, d, q);
  } finally {
    await server.close();
  }
}

function stepFlags(step: Step): string[] {
  if ('revoke' in step) return ['--revoke-grant', step.revoke];
  const g = step.grant;
  return ['--grant-entitlement', g.entitlement, '--grant-principal', g.principal, '--grant-principal-type', g.principalType ?? 'user'];
}

function checkSyncRequests(server: ScimTestServer, q: Quirk): void {
  if (q.listing) {
    const l = q.listing;
    const lists = server.requests.filter((r) => r.method === 'GET' && /\/(Users|Groups)$/.test(r.path));
    expect(lists.length).toBeGreaterThan(0);
    for (const r of lists) {
      if (l.authorization !== undefined) expect(r.headers['authorization']).toBe(l.authorization);
      if (l.accept === 'scim') expect(r.headers['accept']).toContain('application/scim+json');
      if (l.accept === 'json') expect(r.headers['accept']).not.toContain('application/scim+json');
    }
    // The connection check reads one user (count=1); every listing page after it asks for the page size.
    const pages = lists.filter((r) => r.query['count'] !== '1');
    if (l.morePagesThan !== undefined) expect(pages.length).toBeGreaterThan(l.morePagesThan);
    if (l.count !== undefined) for (const r of pages) expect(r.query['count']).toBe(String(l.count));
  }
  if (q.everyRequest) {
    expect(server.requests.length).toBeGreaterThan(0);
    for (const r of server.requests) {
      if (q.everyRequest.authorization !== undefined) expect(r.headers['authorization']).toBe(q.everyRequest.authorization);
      if (q.everyRequest.status !== undefined) expect(r.status).toBe(q.everyRequest.status);
    }
  }
}

function checkWrites(server: ScimTestServer, d: Declared, q: Quirk): void {
  const patches = server.requests.filter((r) => r.method === 'PATCH');
  if (q.patches) expect(patches.map((r) => r.body)).toMatchObject(q.patches as unknown[]);
  if (q.operations) expect(patches.map((r) => (r.body as { Operations?: unknown }).Operations)).toEqual(q.operations);
  if (q.patchStatuses) expect(patches.map((r) => r.status)).toEqual(q.patchStatuses);
  if (q.requestsTo) {
    const path = `${new URL(server.url).pathname.replace(/\/$/, '')}${q.requestsTo.path}`;
    expect(server.requests.filter((r) => r.path === path).map((r) => r.method)).toEqual(q.requestsTo.methods);
  }
  const membersOf = (group: string): string[] => (server.directory.groups.get(group)?.members ?? []).map((m) => m.value);
  for (const [group, ids] of Object.entries(q.members ?? {})) expect(membersOf(group), `${d.providerId} group ${group}`).toEqual(ids);
  for (const [group, ids] of Object.entries(q.membersInclude ?? {})) for (const id of ids) expect(membersOf(group)).toContain(id);
  for (const [group, ids] of Object.entries(q.membersExclude ?? {})) for (const id of ids) expect(membersOf(group)).not.toContain(id);
}
