// Grant and revoke tasks, carried out with the entitlement, principal or grant exactly as ConductorOne sent them.
import { BatonError, grantEntitlement, revokeGrant, type ProvisionOutcome } from '@baton-scim/core';
import { AnyPb, connectorPb } from '../pb.js';
import { NonRetryableTaskError, type TaskContext, type TaskResult } from '../task-context.js';

const TYPE_URL = 'type.googleapis.com/c1.connector.v2.';

/**
 * A grant or revoke that found its change already made says so as Go's connectors do: an empty
 * `GrantAlreadyExists` / `GrantAlreadyRevoked` annotation (baton-sdk annotation_grant.proto), in the response and
 * on the finished task.
 */
function alreadyAnnotations(outcome: ProvisionOutcome, message: 'GrantAlreadyExists' | 'GrantAlreadyRevoked') {
  return outcome === 'already-in-place' ? [AnyPb.create({ type_url: `${TYPE_URL}${message}`, value: new Uint8Array() })] : [];
}

export async function grantTask(ctx: TaskContext): Promise<TaskResult> {
  requireProvisioning(ctx);
  const { entitlement, principal } = ctx.task.grant ?? {};
  if (!entitlement?.id || !principal?.id?.resource) {
    throw new NonRetryableTaskError(new BatonError('invalid-argument', 'malformed grant task: it needs an entitlement with an id and a principal'));
  }
  const { grants, outcome } = await nonRetryable(grantEntitlement(ctx.connector, entitlement, principal, ctx.signal));
  ctx.logger.info({ entitlement: entitlement.id, principal: principal.id.resource, grants: grants.map((g) => g.id), outcome }, 'granted');
  const annotations = alreadyAnnotations(outcome, 'GrantAlreadyExists');
  const body = connectorPb.GrantManagerServiceGrantResponse.encode({ grants, annotations }).finish();
  return { response: AnyPb.create({ type_url: `${TYPE_URL}GrantManagerServiceGrantResponse`, value: body }), annotations };
}

export async function revokeTask(ctx: TaskContext): Promise<TaskResult> {
  requireProvisioning(ctx);
  const grant = ctx.task.revoke?.grant;
  if (!grant?.entitlement?.id || !grant.principal?.id?.resource) {
    throw new NonRetryableTaskError(new BatonError('invalid-argument', 'malformed revoke task: it needs a grant with an entitlement and a principal'));
  }
  const outcome = await nonRetryable(revokeGrant(ctx.connector, grant, ctx.signal));
  ctx.logger.info({ grant: grant.id, outcome }, 'revoked');
  const annotations = alreadyAnnotations(outcome, 'GrantAlreadyRevoked');
  const body = connectorPb.GrantManagerServiceRevokeResponse.encode({ annotations }).finish();
  return { response: AnyPb.create({ type_url: `${TYPE_URL}GrantManagerServiceRevokeResponse`, value: body }), annotations };
}

function requireProvisioning(ctx: TaskContext): void {
  if (!ctx.settings.provisioning) {
    throw new NonRetryableTaskError(new BatonError('failed-precondition', 'provisioning is not enabled; start baton-scim with -p/--provisioning (BATON_PROVISIONING=true) to carry out grants and revokes'));
  }
}

/** ConductorOne decides itself whether to try a grant or revoke again, so every failure is reported as final. */
async function nonRetryable<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    throw new NonRetryableTaskError(err);
  }
}
