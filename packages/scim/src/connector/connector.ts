// createScimConnector: the generic SCIM connector, users → groups → roles, with optional provisioning.
import { silentLogger, type Connector, type Logger, type ResourceSyncer } from '@baton-scim/core';
import type { ScimConfig } from '../config/types.js';
import { MappingWarnings, type MappingWarningSummary } from '../mapping/warnings.js';
import type { ScimProviderHooks } from '../provider/hooks.js';
import type { ConnectorContext } from './context.js';
import type { ScimCredentials } from './credentials.js';
import { groupSyncer } from './groups.js';
import { HttpClients, type HttpOverrides } from './http-clients.js';
import type { ListingEnd } from '../paging/page-request.js';
import { IndexPrefetcher } from '../paging/prefetch.js';
import { MembershipsCache, type DroppedGrants } from './memberships-cache.js';
import { groupProvisioner } from './provision-groups.js';
import { roleProvisioner } from './provision-roles.js';
import { RequestCounter, type RequestStats } from './request-stats.js';
import { roleSyncer } from './roles.js';
import { restoreSaved } from './saved-state.js';
import { userSyncer } from './users.js';
import { validateConnection } from './validate.js';

export interface ScimConnectorOptions {
  readonly config: ScimConfig;
  /** May be empty when the connector only describes itself (capabilities); requests then fail naming the flags. */
  readonly credentials?: ScimCredentials;
  /** Overrides `config.apiEndpoint`. */
  readonly apiEndpoint?: string;
  /** Offer grant/revoke for the operations the config declares; default false. */
  readonly provisioning?: boolean;
  readonly hooks?: ScimProviderHooks;
  readonly logger?: Logger;
  readonly http?: HttpOverrides;
  readonly userAgent?: string;
}

export interface ScimConnector extends Connector {
  close(): Promise<void>;
  /** Requests made so far, by purpose. */
  requestStats(): RequestStats;
  mappingWarnings(): MappingWarningSummary[];
  /** Membership grants left out because their principal is not in the sync. */
  droppedGrants(): DroppedGrants;
  /** How the users and groups listings ended (index paging); a listing that could not be made whole failed instead. */
  listingEnds(): ReadonlyMap<'users' | 'groups', ListingEnd>;
}

/** Builds the connector; nothing is read, requested or checked until validate or a listing runs. */
export function createScimConnector(options: ScimConnectorOptions): ScimConnector {
  const config = options.apiEndpoint === undefined ? options.config : { ...options.config, apiEndpoint: options.apiEndpoint };
  const logger = options.logger ?? silentLogger;
  const hooks = options.hooks ?? {};
  const credentials = options.credentials ?? {};
  const ctx: ConnectorContext = {
    config,
    credentials,
    hooks,
    logger,
    warnings: new MappingWarnings(),
    counter: new RequestCounter(),
    cache: new MembershipsCache({ groupNames: config.user.groupsOnUser !== undefined }),
    clients: new HttpClients({ config, credentials, hooks, logger, http: options.http ?? {}, userAgent: options.userAgent }),
    listings: new Map(),
    prefetch: config.pagination.concurrency > 1 ? new IndexPrefetcher(config.pagination.concurrency) : undefined,
  };
  const requested = options.provisioning ?? false;
  const provisioning = requested && config.provisioning.enabled;
  if (requested && !provisioning) {
    logger.warn(
      { config: config.file },
      'provisioning.enabled is false in this config: no grant or revoke is offered (see the provider README for why, and how to allow them)',
    );
  }
  // Users first: the engine lists types in this order, and groups-on-users and roles are read from the users.
  const syncers: readonly ResourceSyncer[] = Object.freeze([
    userSyncer(ctx),
    { ...groupSyncer(ctx), ...groupProvisioner(ctx, provisioning) },
    { ...roleSyncer(ctx), ...roleProvisioner(ctx, provisioning) },
  ]);
  let closed = false;
  return {
    metadata: () => ({
      displayName: config.id === undefined ? 'SCIM' : `SCIM (${config.id})`,
      description: `Users, groups and roles of the SCIM service at ${config.apiEndpoint}`,
    }),
    validate: (signal) => validateConnection(ctx, signal),
    resourceSyncers: () => syncers,
    useSaved: (saved) => ctx.cache.groups.useSaved(saved),
    restore: (saved) => restoreSaved(ctx, saved),
    requestStats: () => ctx.counter.snapshot(),
    mappingWarnings: () => ctx.warnings.summary(),
    droppedGrants: () => ctx.cache.dropped,
    listingEnds: () => new Map(ctx.listings),
    close: async () => {
      if (closed) return;
      closed = true;
      ctx.prefetch?.dropAll();
      report(ctx);
      await ctx.clients.close();
    },
  };
}

/** One summary at the end: the request count proves there was no request per user or group. */
function report(ctx: ConnectorContext): void {
  const stats = ctx.counter.snapshot();
  if (stats.total > 0) ctx.logger.info({ ...stats }, 'SCIM requests made');
  reportListings(ctx);
  ctx.warnings.report(ctx.logger);
  const dropped = ctx.cache.dropped;
  if (dropped.count > 0) {
    ctx.logger.warn(
      { count: dropped.count, examples: dropped.examples },
      'membership grants to principals missing from the user or group listing were left out',
    );
  }
}

const ENDED: Record<ListingEnd['how'], string> = {
  'empty-page': 'an empty page',
  'end-refused': 'an error answering the request past the claimed end (not proved)',
  'repeat-page': 'a page of only resources already listed',
};

/** One line per listing saying how it ended; a warning where the server's paging needed correcting. */
function reportListings(ctx: ConnectorContext): void {
  for (const [kind, end] of ctx.listings) {
    const fields = {
      listing: kind,
      pages: end.pages,
      resources: end.listed,
      repeated_dropped: end.repeated,
      total_results: end.totalResults ?? null,
      ended_on: ENDED[end.how],
    };
    if (end.totalWrong || end.repeated > 0 || end.how === 'end-refused') {
      const why = end.totalWrong
        ? 'its pages held more than the totalResults it reported'
        : end.repeated > 0 ? 'its pages repeated resources' : 'the server refused the request past its claimed end';
      ctx.logger.warn(fields, `the ${kind} listing was completed although ${why}; every resource was kept once`);
    } else ctx.logger.info(fields, `the ${kind} listing ended on ${ENDED[end.how]}`);
  }
}
