// What every part of one connector instance shares: config, hooks, clients, the memberships cache and counters.
import type { Logger } from '@baton-scim/core';
import type { ScimConfig } from '../config/types.js';
import type { ScimHttpClient } from '../http/client.js';
import type { MappingWarnings } from '../mapping/warnings.js';
import type { ListingEnd } from '../paging/page-request.js';
import type { IndexPrefetcher } from '../paging/prefetch.js';
import type { HookContext, ListHookContext, ScimProviderHooks } from '../provider/hooks.js';
import type { ScimCredentials } from './credentials.js';
import type { HttpClients } from './http-clients.js';
import type { MembershipsCache } from './memberships-cache.js';
import { counted, type RequestCounter, type RequestPurpose } from './request-stats.js';

export interface ConnectorContext {
  readonly config: ScimConfig;
  readonly credentials: ScimCredentials;
  readonly hooks: ScimProviderHooks;
  readonly logger: Logger;
  readonly warnings: MappingWarnings;
  readonly counter: RequestCounter;
  readonly cache: MembershipsCache;
  readonly clients: HttpClients;
  /** Present when index pages may be fetched ahead (pagination.concurrency above 1). */
  readonly prefetch: IndexPrefetcher | undefined;
  /** How the last full listing of users and of groups ended (index paging), for the end-of-sync report. */
  readonly listings: Map<'users' | 'groups', ListingEnd>;
}

/** The SCIM client, each of whose requests counts as `purpose`. */
export async function clientFor(ctx: ConnectorContext, purpose: RequestPurpose): Promise<ScimHttpClient> {
  return counted(await ctx.clients.scim(), ctx.counter, purpose);
}

export function hookContext(ctx: ConnectorContext): HookContext {
  return { config: ctx.config, credentials: ctx.credentials, logger: ctx.logger };
}

export interface ListCall {
  readonly cursor: string;
  readonly pageSize: number;
  readonly attributes?: readonly string[];
  readonly signal: AbortSignal;
}

/** A hook's requests, on either client, count as `purpose` like the connector's own. */
export async function listHookContext(ctx: ConnectorContext, purpose: RequestPurpose, call: ListCall): Promise<ListHookContext> {
  return {
    ...hookContext(ctx),
    ...call,
    purpose,
    client: await clientFor(ctx, purpose),
    createClient: (overrides) => counted(ctx.clients.create(overrides), ctx.counter, purpose),
  };
}
