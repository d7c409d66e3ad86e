// Routes grant and revoke requests to the resource syncer that owns the entitlement's resource type.
import type { ChangeOutcome, Connector, GrantsWithOutcome, ResourceSyncer } from '../connector/contract.js';
import { BatonError, errorCode } from '../errors.js';
import { resourceKey } from '../model/ids.js';
import type { Entitlement, Grant, Resource } from '../model/pb.js';

type Provisioner = Required<Pick<ResourceSyncer, 'grant' | 'revoke'>>;

/** Grants `entitlement` to `principal`; returns the grants the connector reports. */
export async function grantEntitlement(
  connector: Connector,
  entitlement: Entitlement,
  principal: Resource,
  signal: AbortSignal,
): Promise<GrantsWithOutcome> {
  const what = `grant of entitlement "${entitlement.id ?? ''}" to ${resourceKey(principal.id ?? {})}`;
  const type = entitlement.resource?.id?.resourceType ?? '';
  const syncer = provisionerFor(connector, type, 'grant', what);
  try {
    return await syncer.grant(principal, entitlement, signal);
  } catch (err) {
    throw failed(what, err);
  }
}

/** Revokes `grant`; routed by the type of the resource that owns the grant's entitlement. Returns the connector's outcome, if it reports one. */
export async function revokeGrant(connector: Connector, grant: Grant, signal: AbortSignal): Promise<ChangeOutcome | undefined> {
  const what = `revoke of grant "${grant.id ?? ''}"`;
  const type = grant.entitlement?.resource?.id?.resourceType ?? '';
  const syncer = provisionerFor(connector, type, 'revoke', what);
  try {
    return (await syncer.revoke(grant, signal)) ?? undefined;
  } catch (err) {
    throw failed(what, err);
  }
}

function provisionerFor<K extends keyof Provisioner>(
  connector: Connector,
  type: string,
  op: K,
  what: string,
): Pick<Provisioner, K> {
  if (type === '') {
    throw new BatonError('invalid-argument', `${what}: the entitlement has no resource type, so no syncer can be chosen`);
  }
  const syncer = connector.resourceSyncers().find((s) => s.resourceType.id === type);
  const name = connector.metadata().displayName;
  if (!syncer) {
    throw new BatonError('unimplemented', `${what}: connector "${name}" has no resource type "${type}"`);
  }
  const fn = syncer[op];
  if (!fn) {
    throw new BatonError(
      'unimplemented',
      `${what}: resource type "${type}" of connector "${name}" has no provisioner (it cannot ${op}); ` +
        `configure provisioning for "${type}" or pick an entitlement of another type`,
    );
  }
  return { [op]: fn.bind(syncer) } as Pick<Provisioner, K>;
}

function failed(what: string, err: unknown): BatonError {
  const message = err instanceof Error ? err.message : String(err);
  return new BatonError(errorCode(err), `${what} failed: ${message}`, { cause: err });
}
