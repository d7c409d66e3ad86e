// Names the config key a one-shot grant or revoke needs, so a missing operation is reported before any
// request and in the config's own terms.
import type { ResourceSyncer } from '@baton-scim/core';
import type { ProvisioningConfig, ScimConfig } from '@baton-scim/scim';

const KEYS: Record<string, Record<'grant' | 'revoke', keyof ProvisioningConfig>> = {
  group: { grant: 'addUserToGroup', revoke: 'removeUserFromGroup' },
  role: { grant: 'addUserRole', revoke: 'removeUserRole' },
};

/**
 * A problem when the connector cannot perform `op` on entitlements of `resourceType`. `syncers` are the
 * connector's own: a provider's membership hooks offer group grants without any config key.
 */
export function provisioningProblem(config: ScimConfig, syncers: readonly ResourceSyncer[], label: string, resourceType: string, op: 'grant' | 'revoke', flag: string): string | undefined {
  const keys = KEYS[resourceType];
  if (!keys) {
    return `${flag}: resource type "${resourceType}" cannot be provisioned; only group membership (provisioning.addUserToGroup / removeUserFromGroup) and roles (provisioning.addUserRole / removeUserRole) can`;
  }
  const key = keys[op];
  if (config.provisioning[key] || syncers.some((s) => s.resourceType.id === resourceType && s[op] !== undefined)) return undefined;
  return `${flag}: ${label} has no provisioning.${key}, so it cannot ${op} "${resourceType}" entitlements; add provisioning.${key} to the config (see \`baton-scim config --scim\`)`;
}
