// Builds the SCIM connector from the resolved flags: config source, endpoints and credentials.
import { createScimConnector, credentialProblems, MAX_PAGE_CONCURRENCY, type ScimConfig, type ScimConnector } from '@baton-scim/scim';
import type { Logger } from '@baton-scim/core';
import type { CliIo } from '../io.js';
import type { ResolvedFlags } from '../options/resolve.js';
import { UsageError } from '../options/usage-error.js';
import { loadConfigSource } from './config-source.js';
import { credentialsFromFlags, type Credentials } from './credentials.js';
import { resolveEndpoints } from './endpoints.js';
import { ignoredFlagWarnings } from './ignored-flags.js';

export interface BuildOptions {
  readonly logger: Logger;
  readonly provisioning: boolean;
  /** `capabilities` and `validate-config` need no credentials and make no requests. */
  readonly credentialsOptional?: boolean;
}

/** A token given directly (--token/--api-key) is used as is, even where the config could obtain one. */
function preObtainedToken(config: ScimConfig, credentials: Credentials): ScimConfig {
  const direct = credentials.token ?? credentials.apiKey;
  if (!config.auth.obtainToken || !direct || credentials.clientId) return config;
  const { obtainToken: _dropped, ...auth } = config.auth;
  return { ...config, auth };
}

/** --page-concurrency (BATON_PAGE_CONCURRENCY) overrides pagination.concurrency. */
function withPageConcurrency(config: ScimConfig, flags: ResolvedFlags, problems: string[]): ScimConfig {
  const raw = flags.string('page-concurrency');
  if (raw === undefined) return config;
  const value = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
  if (!(value >= 1 && value <= MAX_PAGE_CONCURRENCY)) {
    problems.push(`--page-concurrency (BATON_PAGE_CONCURRENCY) must be a whole number from 1 to ${MAX_PAGE_CONCURRENCY}, got ${JSON.stringify(raw)}`);
    return config;
  }
  return { ...config, pagination: { ...config.pagination, concurrency: value } };
}

export async function buildConnector(flags: ResolvedFlags, io: CliIo, options: BuildOptions): Promise<ScimConnector> {
  return (await buildRun(flags, io, options)).connector;
}

/** The connector, the config it runs (endpoints and auth resolved) and warnings about flags it will not use. */
export interface BuiltRun {
  readonly connector: ScimConnector;
  readonly config: ScimConfig;
  readonly label: string;
  readonly warnings: readonly string[];
}

export async function buildRun(flags: ResolvedFlags, io: CliIo, options: BuildOptions): Promise<BuiltRun> {
  const source = await loadConfigSource(flags, io);
  const credentials = credentialsFromFlags(flags);
  const resolved = options.credentialsOptional
    ? { config: source.config, problems: [] }
    : resolveEndpoints(preObtainedToken(source.config, credentials), flags, source.label);
  const { problems } = resolved;
  const config = withPageConcurrency(resolved.config, flags, problems);
  if (!options.credentialsOptional) {
    problems.push(...credentialProblems(config, credentials));
  }
  if (problems.length > 0) throw new UsageError(problems);
  const warnings = ignoredFlagWarnings(flags, source.config, config, source.label, source.provider?.hooks.groupMembership !== undefined);
  const connector = createScimConnector({
    config,
    credentials,
    provisioning: options.provisioning,
    logger: options.logger,
    ...(source.provider ? { hooks: source.provider.hooks } : {}),
  });
  return { connector, config, label: source.label, warnings };
}
