// Sends one provisioning PATCH: the provider's buildPatch hook gets the last word on the body.
import type { JsonObject } from '../http/json.js';
import { pathSegment } from '../http/url.js';
import type { ProvisioningOperation } from '../provider/hooks.js';
import { clientFor, hookContext, type ConnectorContext } from './context.js';

export interface PatchCall {
  readonly operation: ProvisioningOperation;
  /** `/Groups/{id}` or `/Users/{id}`, ids already encoded. */
  readonly path: string;
  readonly targetId: string;
  readonly valueId: string;
  readonly body: JsonObject;
  readonly signal: AbortSignal;
  readonly ifMatch?: string;
}

export async function sendPatch(ctx: ConnectorContext, call: PatchCall): Promise<void> {
  const { operation, targetId, valueId } = call;
  const body = ctx.hooks.buildPatch ? ctx.hooks.buildPatch(call.body, { ...hookContext(ctx), operation, targetId, valueId }) : call.body;
  const client = await clientFor(ctx, 'provisioningWrites');
  await client.send('PATCH', call.path, body, { signal: call.signal, ...(call.ifMatch === undefined ? {} : { ifMatch: call.ifMatch }) });
}

export function groupPath(id: string): string {
  return `/Groups/${pathSegment(id)}`;
}

export function userPath(id: string): string {
  return `/Users/${pathSegment(id)}`;
}
