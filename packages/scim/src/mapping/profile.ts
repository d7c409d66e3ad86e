// Builds the string-valued profile Struct of a user, including enterprise-extension attributes.
import type { Struct } from '@baton-scim/core';
import type { UserMapping } from '../config/types.js';
import { scalarText } from './values.js';
import type { MappingWarnings } from './warnings.js';

export const ENTERPRISE_URN = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

// RFC 7643 §4.3 attribute → profile key (snake_case like the built-in keys).
const ENTERPRISE_KEYS: readonly (readonly [string, string])[] = [
  ['employeeNumber', 'employee_number'],
  ['costCenter', 'cost_center'],
  ['organization', 'organization'],
  ['division', 'division'],
  ['department', 'department'],
];

export function toStruct(values: ReadonlyMap<string, string>): Struct {
  const fields: NonNullable<Struct['fields']> = {};
  for (const [key, value] of values) fields[key] = { stringValue: value };
  return { fields };
}

/** Enterprise attributes and custom profile paths, in that order (a custom key wins). */
export function extraProfile(
  json: unknown,
  mapping: UserMapping,
  userId: string,
  warnings: MappingWarnings,
): Map<string, string> {
  const out = new Map<string, string>();
  if (mapping.enterprise) addEnterprise(json, out);
  for (const { key, path } of mapping.profile) {
    const value = path.first(json);
    if (value === undefined || value === null) continue;
    const text = scalarText(value);
    if (text === undefined) {
      if (typeof value === 'object') warnings.note('user-profile-not-scalar', `${userId}: ${key}`);
      continue;
    }
    out.set(key, text);
  }
  return out;
}

function addEnterprise(json: unknown, out: Map<string, string>): void {
  const ext = ownObject(json, ENTERPRISE_URN);
  if (!ext) return;
  for (const [attribute, key] of ENTERPRISE_KEYS) {
    const text = scalarText(ownValue(ext, attribute));
    if (text !== undefined) out.set(key, text);
  }
  const manager = ownObject(ext, 'manager');
  const managerId = scalarText(manager ? ownValue(manager, 'value') : undefined);
  const managerName = scalarText(manager ? ownValue(manager, 'displayName') : undefined);
  if (managerId !== undefined) out.set('manager_id', managerId);
  if (managerName !== undefined) out.set('manager_name', managerName);
}

function ownValue(obj: object, key: string): unknown {
  return Object.hasOwn(obj, key) ? (obj as Record<string, unknown>)[key] : undefined;
}

function ownObject(obj: unknown, key: string): object | undefined {
  if (typeof obj !== 'object' || obj === null) return undefined;
  const value = ownValue(obj, key);
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}
