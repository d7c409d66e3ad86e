// The connector's metadata and capabilities in the shape Hello carries them.
import type { Connector } from '@baton-scim/core';
import { Capability, type ConnectorMetadataPb } from './pb.js';

export function connectorMetadata(connector: Connector): ConnectorMetadataPb {
  const meta = connector.metadata();
  const union = new Set<number>();
  const perType = [...connector.resourceSyncers()]
    .sort((a, b) => (a.resourceType.id ?? '').localeCompare(b.resourceType.id ?? ''))
    .map((s) => {
      const caps = [Capability.CAPABILITY_SYNC];
      if (s.grant && s.revoke) caps.unshift(Capability.CAPABILITY_PROVISION);
      caps.forEach((c) => union.add(c));
      return { resourceType: s.resourceType, capabilities: caps };
    });
  return {
    displayName: meta.displayName,
    ...(meta.description ? { description: meta.description } : {}),
    capabilities: {
      resourceTypeCapabilities: perType,
      connectorCapabilities: [Capability.CAPABILITY_PROVISION, Capability.CAPABILITY_SYNC].filter((c) => union.has(c)),
    },
  };
}
