// `capabilities`: the ConnectorCapabilities protojson Go connectors print, computed from the real provider.
import type { Connector } from '@baton-scim/core';
import { toProtoJson, protoTypes } from '../output/protojson.js';

const CAPABILITY_ORDER = ['CAPABILITY_PROVISION', 'CAPABILITY_SYNC'] as const;

export function capabilitiesJson(connector: Connector): string {
  const union = new Set<string>();
  const perType = [...connector.resourceSyncers()]
    .sort((a, b) => (a.resourceType.id ?? '').localeCompare(b.resourceType.id ?? ''))
    .map((s) => {
      const caps = new Set<string>(['CAPABILITY_SYNC']);
      if (s.grant && s.revoke) caps.add('CAPABILITY_PROVISION');
      caps.forEach((c) => union.add(c));
      return {
        resourceType: toProtoJson(protoTypes.resourceType, s.resourceType),
        capabilities: CAPABILITY_ORDER.filter((c) => caps.has(c)),
      };
    });
  return JSON.stringify({
    '@type': 'type.googleapis.com/c1.connector.v2.ConnectorCapabilities',
    resourceTypeCapabilities: perType,
    connectorCapabilities: CAPABILITY_ORDER.filter((c) => union.has(c)),
    credentialDetails: {},
  }, null, 2);
}
