// Group membership through a provider's own API (hooks.groupMembership), checked on the user's groups like a PATCH.
import { BatonError, type ChangeOutcome, type Entitlement, type Resource, type ResourceSyncer } from '@baton-scim/core';
import { PATCH_OP_SCHEMA } from '../config/provisioning-schema.js';
import type { PatchOpConfig } from '../config/types.js';
import { memberGrant } from '../mapping/memberships.js';
import type { GroupMembershipHooks, MembershipHookContext } from '../provider/hooks.js';
import { checked, type ChangeObserver } from './change-observer.js';
import { clientFor, hookContext, type ConnectorContext } from './context.js';
import { groupPath } from './patch-send.js';
import type { ValueChange } from './value-change.js';
import { verifiedChange, type ChangeStrategy } from './verified-change.js';

type Provisioner = Pick<ResourceSyncer, 'grant' | 'revoke'>;

/** Only what the messages about a membership need: the attribute is a group's `members`. */
const MEMBERS: PatchOpConfig = { schemas: [PATCH_OP_SCHEMA], op: 'add', path: 'members', valuePath: 'value' };

export function hookGroupProvisioner(ctx: ConnectorContext, hooks: GroupMembershipHooks, owner: (e: Entitlement) => Resource): Provisioner {
  return {
    grant: async (principal, entitlement, signal) => {
      const group = owner(entitlement);
      const userId = userOf(principal);
      const outcome = await change(ctx, hooks, group.id?.resource ?? '', userId, 'add', signal);
      return Object.assign([memberGrant(group, { resourceType: 'user', resource: userId })], { outcome });
    },
    revoke: async (grant, signal) => {
      const group = owner(grant.entitlement ?? {});
      return change(ctx, hooks, group.id?.resource ?? '', userOf(grant.principal ?? {}), 'remove', signal);
    },
  };
}

function userOf(principal: Resource): string {
  const id = principal.id;
  if (id?.resourceType !== 'user' || !id.resource) {
    throw new BatonError('invalid-argument', `group membership through this provider's API is granted to users only; ${id?.resourceType ?? '?'} "${id?.resource ?? ''}" cannot be added or removed`);
  }
  return id.resource;
}

async function change(ctx: ConnectorContext, hooks: GroupMembershipHooks, groupId: string, userId: string, direction: 'add' | 'remove', signal: AbortSignal): Promise<ChangeOutcome> {
  const hctx: MembershipHookContext = { ...hookContext(ctx), signal, client: await clientFor(ctx, 'provisioningWrites') };
  const operation = direction === 'add' ? 'addUserToGroup' : 'removeUserFromGroup';
  const c: ValueChange = { operation, op: MEMBERS, path: groupPath(groupId), targetId: groupId, valueId: userId, direction, exclusive: false, signal };
  const read = async (): Promise<{ ids: readonly string[] }> => ({ ids: [...(await hooks.groupsOf(userId, hctx))] });
  const observer: ChangeObserver = {
    what: `the groups of user "${userId}"`,
    expectation: { id: groupId, direction, exclusive: false },
    read,
    restore: async (_before, drift) => {
      for (const id of drift.lost) await hooks.add(id, userId, hctx);
      for (const id of drift.extra) await hooks.remove(id, userId, hctx);
      return checked(drift, new Set((await read()).ids));
    },
  };
  const strategy: ChangeStrategy = {
    write: async () => {
      await (direction === 'add' ? hooks.add(groupId, userId, hctx) : hooks.remove(groupId, userId, hctx));
      return { form: 'providerApi' };
    },
    setList: () => Promise.reject(new Error('unreachable: membership hooks never replace a list')),
  };
  return verifiedChange(ctx, c, strategy, observer);
}
