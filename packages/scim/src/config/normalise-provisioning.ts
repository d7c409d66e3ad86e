// Resolves the provisioning operations' defaults: schema URN, op, attribute, value key and removal style.
import { maybe } from './maybe.js';
import { PATCH_OP_SCHEMA } from './provisioning-schema.js';
import type { ProvisioningConfigData } from './schema.js';
import type { PatchOpConfig, PatchOpName, ProvisioningConfig, RemoveOpConfig, RemoveStyle } from './types.js';

type OpData = NonNullable<ProvisioningConfigData['addUserToGroup']>;
type RemoveOpData = NonNullable<ProvisioningConfigData['removeUserFromGroup']>;

export function normaliseProvisioning(data: ProvisioningConfigData | undefined): ProvisioningConfig {
  if (data === undefined) return { roleStrategy: 'patch', enabled: true, readWholeResource: false };
  return {
    ...maybe('addUserToGroup', data.addUserToGroup && { ...addOp(data.addUserToGroup, 'members'), userType: data.addUserToGroup.userType ?? false }),
    ...maybe('removeUserFromGroup', data.removeUserFromGroup && removeOp(data.removeUserFromGroup, 'members')),
    ...maybe('addUserRole', data.addUserRole && addOp(data.addUserRole, 'roles')),
    ...maybe('removeUserRole', data.removeUserRole && removeOp(data.removeUserRole, 'roles')),
    roleStrategy: data.roleStrategy,
    enabled: data.enabled,
    readWholeResource: data.readWholeResource,
  };
}

function addOp(op: OpData, defaultPath: string): PatchOpConfig {
  return {
    schemas: schemas(op.schemas),
    op: (op.op?.toLowerCase() ?? 'add') as PatchOpName,
    path: op.path ?? defaultPath,
    valuePath: op.valuePath ?? 'value',
  };
}

function removeOp(op: RemoveOpData, defaultPath: string): RemoveOpConfig {
  const style: RemoveStyle = op.style ?? (op.op?.toLowerCase() === 'replace' ? 'replace' : 'filter');
  return {
    schemas: schemas(op.schemas),
    op: style === 'replace' ? 'replace' : 'remove',
    path: op.path ?? defaultPath,
    valuePath: op.valuePath ?? 'value',
    style,
  };
}

function schemas(value: string | readonly string[] | undefined): readonly string[] {
  if (value === undefined) return [PATCH_OP_SCHEMA];
  return typeof value === 'string' ? [value] : [...value];
}
