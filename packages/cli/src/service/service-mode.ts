// Service mode: connect to ConductorOne with the client credentials and carry out its tasks until stopped.
import type { Logger as PinoLogger } from 'pino';
import { BatonError } from '@baton-scim/core';
import { buildRun } from '../connector/build.js';
import { secretValues } from '../connector/credentials.js';
import { loggerErrorWriter, reportError } from '../commands/handle.js';
import { EXIT, type CliIo } from '../io.js';
import type { ResolvedFlags } from '../options/resolve.js';
import { UsageError } from '../options/usage-error.js';
import { scrubText } from '../output/logger.js';
import { openChannel } from './channel.js';
import { BatonClient } from './client.js';
import { parseClientCredentials } from './credentials.js';
import { resolveEndpoint } from './endpoint.js';
import { startHealthServer, type HealthServer } from './health.js';
import { startupHello, startupTimeoutMs, type HelloPayload } from './hello.js';
import { buildInfo, hostId, osInfo } from './host-info.js';
import { connectorMetadata } from './metadata.js';
import { proxyFor } from './proxy.js';
import { runTask } from './task-dispatch.js';
import { taskScopedLogger } from './task-log-scope.js';
import { DEFAULT_TASK_CONCURRENCY, runTasks } from './task-runner.js';
import type { ServiceSettings } from './task-context.js';
import { TokenSource } from './token-source.js';
import { trustedCertificates } from './trust.js';

/** Long enough for the running task's FinishTask while stopping. */
const SHUTDOWN_GRACE_MS = 5_000;
export interface ServiceModeOptions {
  readonly flags: ResolvedFlags;
  readonly io: CliIo;
  readonly logger: PinoLogger;
  readonly version: string;
  /** Whether the logger writes JSON: then every line, the final error included, is JSON. */
  readonly json: boolean;
}

/** Runs until stopped; every outcome, failures included, is reported here in the log's own format. */
export async function runServiceMode(options: ServiceModeOptions): Promise<number> {
  const { io, logger, flags } = options;
  const secrets = secretValues(flags);
  // A long-lived service has no summary at the end: on a terminal its log is what it has to say.
  if (flags.source('log-level') === undefined && logger.levelVal > logger.levels.values.info!) logger.level = 'info';
  const stop = io.stop;
  if (stop) {
    stop.announce = (signal) => logger.warn({ signal }, `stopping (${signal}): running tasks are handed back to ConductorOne; send it again to quit at once`);
  }
  try {
    return await serve(options, secrets);
  } catch (err) {
    if (err instanceof Error) err.message = scrubText(err.message, secrets);
    if (!options.json) return reportError(io, err);
    return reportError(io, err, loggerErrorWriter(logger));
  }
}

async function serve({ flags, io, logger, version }: ServiceModeOptions, secrets: readonly string[]): Promise<number> {
  const credentials = parseClientCredentials(flags.string('client-id') ?? '', flags.string('client-secret') ?? '');
  const endpoint = resolveEndpoint(credentials.tenantHost, io.env);
  const ca = trustedCertificates(io.env);
  const proxy = proxyFor(endpoint, io.env);
  const concurrency = taskConcurrency(flags);
  const timeoutMs = startupTimeoutMs(io.env);
  const health = healthSettings(flags);
  const provisioning = flags.bool('provisioning');
  const run = await buildRun(flags, io, { logger: taskScopedLogger(logger), provisioning });
  const { connector } = run;
  const syncResourceTypes = resourceTypesFlag(flags, connector.resourceSyncers().map((s) => s.resourceType.id ?? ''));
  const userAgent = `${credentials.clientName} baton-scim/${version}`;
  const tokens = new TokenSource({ credentials, endpoint, ca, userAgent, proxy });
  const channel = openChannel({ endpoint, ca, userAgent, proxy });
  const client = new BatonClient(channel, tokens, hostId(io.env), endpoint.authority);
  const hello: HelloPayload = { buildInfo: buildInfo(version), osInfo: osInfo(), connectorMetadata: connectorMetadata(connector) };
  const settings: ServiceSettings = {
    provisioning, skipFullSync: flags.bool('skip-full-sync'), tmpDir: flags.path('c1z-temp-dir'), syncResourceTypes, secrets,
    uploadBackoff: io.serviceTiming?.uploadBackoff,
  };
  for (const warning of run.warnings) logger.warn({}, warning);
  warnIgnoredFlags(flags, logger);
  // A signal ends service mode cleanly (as Go's runner does): the running task is reported cancelled and
  // retryable, which needs a FinishTask call (2 s budget while stopping) before the process may leave.
  if (io.stop) {
    io.stop.signalSetsExitCode = false;
    io.stop.graceMs = Math.max(io.stop.graceMs, SHUTDOWN_GRACE_MS);
  }
  let healthServer: HealthServer | undefined;
  try {
    logger.info({
      host: endpoint.authority, provisioning, skip_full_sync: settings.skipFullSync, task_concurrency: concurrency,
      ...(proxy ? { proxy: proxy.url, proxy_from: proxy.variable } : {}),
      ...(syncResourceTypes.length > 0 ? { sync_resource_types: syncResourceTypes } : {}),
    }, 'starting service mode');
    if (health) healthServer = await startHealthServer(health, connector, logger, io.signal, secrets);
    await startupHello({
      client, payload: hello, authority: endpoint.authority, timeoutMs, signal: io.signal, logger,
      ...(io.serviceTiming?.helloBackoff ? { backoff: io.serviceTiming.helloBackoff } : {}),
      hint: `retrying until ConductorOne answers${timeoutMs === undefined ? '' : ` or ${timeoutMs / 1000} s have passed`}; check the tenant host in --client-id, network access to ${endpoint.authority}, HTTPS_PROXY/NO_PROXY and SSL_CERT_FILE`,
    });
    if (healthServer) healthServer.state.ready = true;
    await runTasks({
      client, concurrency, logger, signal: io.signal,
      run: (task, heartbeatMs) => runTask({ task, client, connector, settings, hello, heartbeatMs, logger, signal: io.signal }),
    });
    logger.info({}, 'service mode stopped');
    return EXIT.ok;
  } catch (err) {
    // A stop requested while still connecting is a clean exit too.
    if (io.signal.aborted && err instanceof BatonError && err.code === 'cancelled') {
      logger.info({}, 'service mode stopped');
      return EXIT.ok;
    }
    throw err;
  } finally {
    if (healthServer) healthServer.state.ready = false;
    channel.close();
    await Promise.allSettled([tokens.close(), healthServer?.close(), connector.close?.()]);
  }
}

/** One-shot flags mean nothing to a long-lived connector; saying so beats silently dropping them. */
const ONE_SHOT_FLAGS = ['file', 'grant-entitlement', 'grant-principal', 'grant-principal-type', 'revoke-grant'];

function warnIgnoredFlags(flags: ResolvedFlags, logger: PinoLogger): void {
  const given = ONE_SHOT_FLAGS.filter((name) => { const s = flags.source(name); return s !== undefined && s !== 'default'; });
  if (given.length > 0) logger.warn({ flags: given.map((n) => `--${n}`) }, 'ignored in service mode: each task says what to do');
}

function taskConcurrency(flags: ResolvedFlags): number {
  const raw = flags.string('task-concurrency');
  if (raw === undefined) return DEFAULT_TASK_CONCURRENCY;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 100) {
    throw new UsageError([`--task-concurrency (BATON_TASK_CONCURRENCY): expected a whole number from 1 to 100, got "${raw}"`]);
  }
  return n;
}

/** --health-check with its port (1-65535, or 0 for any free port) and bind address. */
function healthSettings(flags: ResolvedFlags): { bindAddress: string; port: number } | undefined {
  if (!flags.bool('health-check')) return undefined;
  const raw = flags.string('health-check-port') ?? '8081';
  const port = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
  if (!(port >= 0 && port <= 65535)) {
    throw new UsageError([`--health-check-port (BATON_HEALTH_CHECK_PORT): expected a port number from 1 to 65535, got "${raw}"`]);
  }
  return { bindAddress: flags.string('health-check-bind-address') ?? '127.0.0.1', port };
}

/** --sync-resource-types, checked against the connector's resource types before anything connects. */
function resourceTypesFlag(flags: ResolvedFlags, known: readonly string[]): string[] {
  const raw = flags.string('sync-resource-types');
  if (raw === undefined) return [];
  const ids = [...new Set(raw.split(',').map((s) => s.trim()).filter((s) => s !== ''))];
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    throw new UsageError([`--sync-resource-types (BATON_SYNC_RESOURCE_TYPES): unknown resource type ${unknown.map((u) => `"${u}"`).join(', ')}; this connector has ${known.join(', ')}`]);
  }
  return ids;
}
