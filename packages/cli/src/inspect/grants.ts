// inspect grants, principals and access.
import { resourceKey, type Grant, type GrantFilter, type Resource, type SyncReader } from '@baton-scim/core';
import { renderTable } from '../output/table.js';
import { protoTypes, toProtoJson } from '../output/protojson.js';
import { allRows, principalOf, requireResourceId, resourceLabel, typeLabel, withReader, type InspectOptions } from './context.js';

export interface GrantQuery {
  readonly resourceType?: string | undefined;
  readonly resource?: string | undefined;
  readonly entitlement?: string | undefined;
}

function grantFilter(q: GrantQuery): GrantFilter {
  if (q.entitlement) return { entitlementId: q.entitlement };
  if (q.resource) return { resource: requireResourceId(q.resourceType, q.resource, '--resource and --resource-type') };
  if (q.resourceType) return { resourceTypeId: q.resourceType };
  return {};
}

function listGrants(reader: SyncReader, q: GrantQuery): Grant[] {
  const filter = grantFilter(q);
  return [...allRows((a, l) => reader.listGrants(filter, a, l))];
}

export async function inspectGrants(o: InspectOptions, q: GrantQuery): Promise<string> {
  return withReader(o, (reader) => {
    const grants = listGrants(reader, q);
    if (o.output === 'json') {
      return JSON.stringify({
        grants: grants.map((g) => ({
          grant: toProtoJson(protoTypes.grant, g),
          entitlement: toProtoJson(protoTypes.entitlement, reader.getEntitlement(g.entitlement?.id ?? '') ?? g.entitlement ?? {}),
          resource: toProtoJson(protoTypes.resource, reader.getResource(g.entitlement?.resource?.id ?? {}) ?? {}),
          resourceType: toProtoJson(protoTypes.resourceType, reader.getResourceType(g.entitlement?.resource?.id?.resourceType ?? '') ?? {}),
          principal: toProtoJson(protoTypes.resource, principalOf(reader, g.principal?.id ?? {})),
        })),
      });
    }
    const rows = grants.map((g) => [
      g.id ?? '',
      typeLabel(reader, g.entitlement?.resource?.id?.resourceType),
      resourceLabel(reader, g.entitlement?.resource?.id),
      reader.getEntitlement(g.entitlement?.id ?? '')?.displayName || (g.entitlement?.id ?? ''),
      `${resourceLabel(reader, g.principal?.id)} (${g.principal?.id?.resourceType ?? ''})`,
    ]);
    return renderTable(['ID', 'Resource Type', 'Resource', 'Entitlement', 'Principal'], rows);
  });
}

export async function inspectPrincipals(o: InspectOptions, q: GrantQuery): Promise<string> {
  return withReader(o, (reader) => {
    const seen = new Map<string, Resource>();
    for (const g of listGrants(reader, q)) {
      const id = g.principal?.id;
      if (id && !seen.has(resourceKey(id))) seen.set(resourceKey(id), principalOf(reader, id));
    }
    const principals = [...seen.values()];
    if (o.output === 'json') {
      return JSON.stringify({ resources: principals.map((r) => ({ resource: toProtoJson(protoTypes.resource, r) })) });
    }
    const rows = principals.map((r) => [r.id?.resource ?? '', r.displayName ?? '', typeLabel(reader, r.id?.resourceType)]);
    return renderTable(['ID', 'Display Name', 'Resource Type'], rows);
  });
}

export async function inspectAccess(o: InspectOptions, type: string | undefined, id: string | undefined): Promise<string> {
  const principal = requireResourceId(type, id, '--resource-type and --resource');
  return withReader(o, (reader) => {
    const byResource = new Map<string, { resource: Resource; slugs: string[] }>();
    for (const g of allRows((a, l) => reader.listGrants({ principal }, a, l))) {
      const rid = g.entitlement?.resource?.id;
      if (!rid) continue;
      const entry = byResource.get(resourceKey(rid)) ?? { resource: reader.getResource(rid) ?? { id: rid }, slugs: [] };
      entry.slugs.push(reader.getEntitlement(g.entitlement?.id ?? '')?.slug || (g.entitlement?.id ?? ''));
      byResource.set(resourceKey(rid), entry);
    }
    const name = resourceLabel(reader, principal);
    if (o.output === 'json') {
      return JSON.stringify({
        principal: toProtoJson(protoTypes.resource, principalOf(reader, principal)),
        access: [...byResource.values()].map((e) => ({
          resourceType: e.resource.id?.resourceType ?? '',
          resource: toProtoJson(protoTypes.resource, e.resource),
          entitlements: e.slugs,
        })),
      });
    }
    const lines = [`Effective Access for ${name} (${principal.resourceType ?? ''})`];
    for (const e of byResource.values()) {
      lines.push(`  ${resourceLabel(reader, e.resource.id)} (${e.resource.id?.resourceType ?? ''})`);
      for (const slug of e.slugs) lines.push(`    ${slug}`);
    }
    return lines.join('\n') + '\n';
  });
}
