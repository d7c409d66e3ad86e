// A stop (SIGINT/SIGTERM) that arrives once a write went out: the read-back, and the restore of anything the
// server changed beyond the named value, finish first; then the change ends, saying what state it left.
import type { Entitlement, Logger, Resource } from '@baton-scim/core';
import { startScimServer, type ScimTestServer } from '@baton-scim/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import type { ScimConnector } from '../../src/connector/connector.js';
import { connectorFor, PROVISIONING, scimConfig, TOKEN } from '../sync/support.js';
import { directoryFor } from './provisioning-fixture.js';

let server: ScimTestServer | undefined;
let connector: ScimConnector | undefined;
afterEach(async () => {
  await connector?.close();
  await server?.close();
  connector = server = undefined;
});

/**
 * Users 0..2; group 0 holds users 1 and 2. The stop fires the moment the PATCH has been answered (the
 * connector logs each request once its answer is in), before anything is read back; `onWrite` runs first,
 * as a server that changes more than it was asked would.
 */
async function setup(onWrite: (s: ScimTestServer) => void = () => undefined) {
  const data = directoryFor({ roles: [[], [], []], members: [1, 2] });
  server = await startScimServer({ directory: structuredClone(data), auth: { bearer: TOKEN } });
  const controller = new AbortController();
  const s = server;
  const at = (level: string) => (obj: Record<string, unknown>, msg: string): void => {
    if (level === 'debug' && msg === 'SCIM request' && obj['method'] === 'PATCH' && !controller.signal.aborted) {
      onWrite(s);
      controller.abort();
    }
  };
  const logger: Logger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
  connector = connectorFor({ config: scimConfig(server.url, { provisioning: PROVISIONING }), provisioning: true, logger });
  const [, groups] = connector.resourceSyncers();
  const groupId = data.groups[0]!.id;
  const members: Entitlement = { id: `group:${groupId}:member`, slug: 'member', resource: { id: { resourceType: 'group', resource: groupId } } };
  const user = (i: number): Resource => ({ id: { resourceType: 'user', resource: data.users[i]!.id } });
  const memberIds = (): string[] => (s.directory.groups.get(groupId)?.members ?? []).map((m) => m.value).sort();
  const methodsAfterPatch = (): string[] => {
    const all = s.requests.map((r) => r.method);
    return all.slice(all.indexOf('PATCH') + 1);
  };
  return { data, groupId, controller, memberIds, methodsAfterPatch, add: (i: number) => groups!.grant!(user(i), members, controller.signal) };
}

describe('a stop during a provisioning write', () => {
  it('reads the change back first, then ends saying it is applied and verified', async () => {
    const t = await setup();
    const err = (await t.add(0).then(() => undefined, (e: unknown) => e)) as Error & { code?: string };
    expect(err?.code).toBe('cancelled');
    expect(err.message).toContain(`stopped after the add of "${t.data.users[0]!.id}" was sent; the read-back was finished first: the change is applied and verified`);
    expect(t.methodsAfterPatch()).toContain('GET');
    expect(t.memberIds()).toEqual([t.data.users[0]!.id, t.data.users[1]!.id, t.data.users[2]!.id].sort());
  });

  it('restores a member the server dropped beyond the one asked, then reports the state', async () => {
    let dropped = '';
    const t = await setup((s) => {
      const group = [...s.directory.groups.values()][0]!;
      dropped = group.members!.find((m) => m.value !== '')!.value;
      group.members = group.members!.filter((m) => m.value !== dropped);
    });
    const err = (await t.add(0).then(() => undefined, (e: unknown) => e)) as Error;
    expect(err.message).toMatch(/Restored: put back "[^"]+" \(the read-back confirms it\)/);
    expect(t.memberIds()).toContain(dropped);
    expect(t.memberIds()).toContain(t.data.users[0]!.id);
  });

  it('sends nothing when the stop came before the write', async () => {
    const t = await setup();
    t.controller.abort();
    const err = (await t.add(0).then(() => undefined, (e: unknown) => e)) as Error & { code?: string };
    expect(err?.code).toBe('cancelled');
    expect(err.message).toContain('nothing was changed');
    expect(server!.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });
});
