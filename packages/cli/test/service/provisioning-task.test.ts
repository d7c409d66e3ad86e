import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectorPb, rpcPb } from '../../src/service/pb.js';
import { runService, serviceArgs, startWorld, type ServiceRun, type World } from './service-harness.js';

let world: World;
let run: ServiceRun;
beforeAll(async () => {
  world = await startWorld();
  run = runService(serviceArgs(world, ['-p']), world.env(), world.dir);
  await world.fake.waitFor('hello', undefined, () => world.fake.hellos[0]);
});
afterAll(async () => {
  run.stop();
  await run.exit;
  await world.close();
});

const memberIds = (groupId: string): string[] => (world.scim.directory.groups.get(groupId)?.members ?? []).map((m) => m.value);
const groupResource = (id: string) => ({ id: { resourceType: 'group', resource: id }, displayName: `group ${id}` });
const entitlementOf = (groupId: string) => ({ id: `group:${groupId}:member`, slug: 'member', resource: groupResource(groupId) });
const userResource = (id: string) => ({ id: { resourceType: 'user', resource: id } });

describe('service mode: grant and revoke tasks', () => {
  it('grants a membership as ConductorOne sends it, returns the grant, then revokes exactly that grant', async () => {
    const group = [...world.scim.directory.groups.values()][0];
    const user = [...world.scim.directory.users.values()].find((u) => !memberIds(group?.id ?? '').includes(u.id));
    if (!group || !user) throw new Error('fixture needs a group and a non-member user');
    const before = memberIds(group.id);

    const grantId = world.fake.enqueue({ grant: { entitlement: entitlementOf(group.id), principal: userResource(user.id) } });
    const granted = await world.fake.waitForFinish(grantId);
    expect(granted.success, JSON.stringify(granted.status)).toBeTruthy();
    expect(memberIds(group.id).sort()).toEqual([...before, user.id].sort());
    const response = granted.success?.response;
    expect(response?.type_url).toBe('type.googleapis.com/c1.connector.v2.GrantManagerServiceGrantResponse');
    const grants = connectorPb.GrantManagerServiceGrantResponse.decode(response?.value ?? new Uint8Array()).grants;
    expect(grants.map((g) => g.id)).toEqual([`group:${group.id}:member:user:${user.id}`]);

    const revokeId = world.fake.enqueue({
      revoke: { grant: { id: `group:${group.id}:member:user:${user.id}`, entitlement: entitlementOf(group.id), principal: userResource(user.id) } },
    });
    const revoked = await world.fake.waitForFinish(revokeId);
    expect(revoked.success, JSON.stringify(revoked.status)).toBeTruthy();
    expect(memberIds(group.id).sort()).toEqual([...before].sort());
    expect(run.logLines().some((l) => l.task_id === revokeId && l.msg === 'revoked')).toBe(true);
  });

  it('finishes a failing grant as non-retryable with the error status', async () => {
    const user = [...world.scim.directory.users.values()][0];
    const id = world.fake.enqueue({ grant: { entitlement: entitlementOf('no-such-group'), principal: userResource(user?.id ?? '') } });
    const done = await world.fake.waitForFinish(id);
    expect(done.success).toBeFalsy();
    expect(done.error?.nonRetryable).toBe(true);
    expect(done.status?.message).toMatch(/no-such-group/);
    // The status carries a google.rpc.ErrorInfo naming the error class, as details.
    const info = done.status?.details?.find((d) => d.type_url === 'type.googleapis.com/google.rpc.ErrorInfo');
    const decoded = rpcPb.ErrorInfo.decode(info?.value ?? new Uint8Array());
    expect(decoded.domain).toBe('baton-scim');
    expect(decoded.reason).toMatch(/^[A-Z_]+$/);
  });

  it('refuses an unsupported task type by name as UNKNOWN and retryable, as Go does (a newer connector may take it)', async () => {
    const id = world.fake.enqueue({ createAccount: {} });
    const done = await world.fake.waitForFinish(id);
    expect(done.error?.nonRetryable).toBe(false);
    expect(done.status?.message).toBe('unsupported task type create_account');
    expect(done.status?.code).toBe(2); // UNKNOWN
  });

  it('answers list_event_feeds and action_list_schemas with an empty list, as Go does for a connector without them', async () => {
    const feeds = world.fake.enqueue({ listEventFeeds: {} });
    const actions = world.fake.enqueue({ actionListSchemas: {} });
    const feedsDone = await world.fake.waitForFinish(feeds);
    const actionsDone = await world.fake.waitForFinish(actions);
    expect(feedsDone.success?.response?.type_url).toBe('type.googleapis.com/c1.connector.v2.ListEventFeedsResponse');
    expect(connectorPb.ListEventFeedsResponse.decode(feedsDone.success?.response?.value ?? new Uint8Array()).annotations).toEqual([]);
    expect(actionsDone.success?.response?.type_url).toBe('type.googleapis.com/c1.connector.v2.ListActionSchemasResponse');
  });

  it('refuses a task whose type this build does not know', async () => {
    // A task type added to the protocol later decodes as a task with an id and no known type.
    const id = world.fake.enqueue({});
    const done = await world.fake.waitForFinish(id);
    expect(done.status?.message).toBe('unsupported task type unknown');
  });
});

describe('service mode without -p', () => {
  it('refuses grants because provisioning is not enabled', async () => {
    const other = await startWorld();
    const plain = runService(serviceArgs(other), other.env(), other.dir);
    try {
      const group = [...other.scim.directory.groups.values()][0];
      const user = [...other.scim.directory.users.values()][0];
      const members = (): string[] => (other.scim.directory.groups.get(group?.id ?? '')?.members ?? []).map((m) => m.value);
      const before = members();
      const id = other.fake.enqueue({ grant: { entitlement: entitlementOf(group?.id ?? ''), principal: userResource(user?.id ?? '') } });
      const done = await other.fake.waitForFinish(id);
      expect(done.error?.nonRetryable).toBe(true);
      expect(done.status?.code).toBe(9); // FAILED_PRECONDITION
      expect(done.status?.message).toMatch(/provisioning is not enabled.*-p/);
      expect(other.scim.requests.filter((r) => r.method === 'PATCH')).toHaveLength(0);
      expect(members()).toEqual(before);
    } finally {
      plain.stop();
      await plain.exit;
      await other.close();
    }
  });
});
