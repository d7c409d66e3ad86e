// Drives grant and revoke straight through the connector's provisioners, as a one-shot run or a service task does.
import type { ChangeOutcome, Entitlement, Grant, Logger, Resource } from '@baton-scim/core';
import { generateDirectory, type ScimDirectoryData, type ScimMember } from '@baton-scim/testkit';
import type { ScimConnector } from '../../src/connector/connector.js';
import type { ScimProviderHooks } from '../../src/provider/hooks.js';
import { connectorFor, PROVISIONING, scimConfig } from '../sync/support.js';
import type { ModeServer, ServerMode } from './server-modes.js';

export const ROLE_NAMES = ['admin', 'member', 'billing', 'auditor', 'owner'] as const;

export interface Start {
  /** Role values per user index. */
  readonly roles: readonly (readonly string[])[];
  /** Member user indexes of group 0. */
  readonly members: readonly number[];
}

/** A small directory: users `data.users[i]`, one group (index 0) with the given members, every user with the given roles. */
export function directoryFor(start: Start): ScimDirectoryData {
  const data = generateDirectory({ users: start.roles.length, groups: 1, roles: ROLE_NAMES.length, seed: 4, nestedGroups: 0 });
  data.users.forEach((user, i) => {
    const roles = start.roles[i] ?? [];
    if (roles.length === 0) delete user.roles;
    else user.roles = roles.map((value, n) => ({ value, display: value.toUpperCase(), primary: n === 0 }));
  });
  const group = data.groups[0]!;
  group.members = start.members.map((i): ScimMember => ({ value: data.users[i]!.id, display: data.users[i]!.userName, type: 'User' }));
  // Users carry their groups as a server derives them (read-only, RFC 7643 §4.1.2).
  data.users.forEach((user, i) => {
    if (start.members.includes(i)) user.groups = [{ value: group.id, display: group.displayName, $ref: group.meta.location, type: 'direct' }];
    else delete user.groups;
  });
  return data;
}

export interface Provisioning {
  readonly server: ModeServer;
  readonly data: ScimDirectoryData;
  readonly connector: ScimConnector;
  grantRole(userIndex: number, role: string): Promise<Grant[]>;
  revokeRole(userIndex: number, role: string): Promise<ChangeOutcome | void>;
  addMember(userIndex: number): Promise<Grant[]>;
  removeMember(userIndex: number): Promise<ChangeOutcome | void>;
  close(): Promise<void>;
}

const signal = new AbortController().signal;

export interface Extras {
  readonly hooks?: ScimProviderHooks;
  readonly logger?: Logger;
  /** Merged into the config next to `provisioning`, e.g. a `user` mapping. */
  readonly configPatch?: Record<string, unknown>;
}

export async function provisioning(mode: ServerMode, start: Start, config: Record<string, unknown> = {}, extras: Extras = {}): Promise<Provisioning> {
  const data = directoryFor(start);
  const server = await mode.start(data);
  const { configPatch = {}, ...options } = extras;
  const connector = connectorFor({ config: scimConfig(server.url, { ...configPatch, provisioning: { ...PROVISIONING, ...config } }), provisioning: true, ...options });
  const [, groups, roles] = connector.resourceSyncers();
  const user = (i: number): Resource => ({ id: { resourceType: 'user', resource: data.users[i]!.id } });
  const groupId = data.groups[0]!.id;
  const group: Resource = { id: { resourceType: 'group', resource: groupId } };
  const members: Entitlement = { id: `group:${groupId}:member`, slug: 'member', resource: group };
  const role = (value: string): Entitlement => ({ id: `role:${value}:member`, slug: 'member', resource: { id: { resourceType: 'role', resource: value } } });
  return {
    server,
    data,
    connector,
    grantRole: (i, value) => roles!.grant!(user(i), role(value), signal),
    revokeRole: (i, value) => roles!.revoke!({ id: `role:${value}:member:user:${data.users[i]!.id}`, entitlement: role(value), principal: user(i) }, signal),
    addMember: (i) => groups!.grant!(user(i), members, signal),
    removeMember: (i) => groups!.revoke!({ id: `group:${groupId}:member:user:${data.users[i]!.id}`, entitlement: members, principal: user(i) }, signal),
    close: async () => {
      await connector.close();
      await server.close();
    },
  };
}
