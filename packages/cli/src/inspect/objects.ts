// inspect resource-types, resources and entitlements.
import type { ResourceFilter } from '@baton-scim/core';
import { renderTable } from '../output/table.js';
import { protoTypes, toProtoJson } from '../output/protojson.js';
import { allRows, resourceLabel, typeLabel, withReader, type InspectOptions } from './context.js';

const TRAIT_NAMES = ['', 'user', 'group', 'role', 'app', 'secret', 'security insight', 'scope binding'];

export async function inspectResourceTypes(o: InspectOptions): Promise<string> {
  return withReader(o, (reader) => {
    const types = [...allRows((a, l) => reader.listResourceTypes(a, l))];
    if (o.output === 'json') {
      return JSON.stringify({ resourceTypes: types.map((t) => ({ resourceType: toProtoJson(protoTypes.resourceType, t) })) });
    }
    const rows = types.map((t) => [t.id ?? '', t.displayName ?? '', (t.traits ?? []).map((n) => TRAIT_NAMES[n] ?? String(n)).join(', ')]);
    return renderTable(['ID', 'Display Name', 'Traits'], rows);
  });
}

export async function inspectResources(o: InspectOptions, resourceTypeId?: string): Promise<string> {
  return withReader(o, (reader) => {
    const filter: ResourceFilter = resourceTypeId ? { resourceTypeId } : {};
    const list = [...allRows((a, l) => reader.listResources(filter, a, l))];
    if (o.output === 'json') {
      return JSON.stringify({
        resources: list.map((r) => ({
          resource: toProtoJson(protoTypes.resource, r),
          resourceType: toProtoJson(protoTypes.resourceType, reader.getResourceType(r.id?.resourceType ?? '') ?? {}),
          ...(r.parentResourceId ? { parent: toProtoJson(protoTypes.resource, reader.getResource(r.parentResourceId) ?? {}) } : {}),
        })),
      });
    }
    const rows = list.map((r) => [
      r.id?.resource ?? '',
      r.displayName ?? '',
      typeLabel(reader, r.id?.resourceType),
      r.parentResourceId ? `${resourceLabel(reader, r.parentResourceId)} (${r.parentResourceId.resourceType ?? ''})` : '-',
    ]);
    return renderTable(['ID', 'Display Name', 'Resource Type', 'Parent Resource'], rows);
  });
}

export async function inspectEntitlements(o: InspectOptions, resourceTypeId?: string): Promise<string> {
  return withReader(o, (reader) => {
    const list = [...allRows((a, l) => reader.listEntitlements(resourceTypeId ? { resourceTypeId } : {}, a, l))];
    if (o.output === 'json') {
      return JSON.stringify({
        entitlements: list.map((e) => ({
          entitlement: toProtoJson(protoTypes.entitlement, e),
          resource: toProtoJson(protoTypes.resource, e.resource ?? {}),
          resourceType: toProtoJson(protoTypes.resourceType, reader.getResourceType(e.resource?.id?.resourceType ?? '') ?? {}),
        })),
      });
    }
    const rows = list.map((e) => [
      e.id ?? '',
      e.displayName ?? '',
      typeLabel(reader, e.resource?.id?.resourceType),
      resourceLabel(reader, e.resource?.id),
      e.slug ?? '',
    ]);
    return renderTable(['ID', 'Display Name', 'Resource Type', 'Resource', 'Permission'], rows);
  });
}
