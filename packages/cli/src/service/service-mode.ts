// Service mode: connect to ConductorOne with the client credentials and carry out its tasks until stopped.
import type { Logger as PinoLogger } from 'pino';
import { BatonError } from '@baton-scim/core';
import { buildConnector } from '../connector/build.js';
import { EXIT, type CliIo } from '../io.js';
import type { ResolvedFlags } from '../options/resolve.js';
import { UsageError } from '../options/usage-error.js';
import { openChannel } from './channel.js';
import { BatonClient } from './client.js';
import { parseClientCredentials } from './credentials.js';
import { resolveEndpoint } from './endpoint.js';
import { startupHello, startupTimeoutMs, type HelloPayload } from './hello.js';
import { buildInfo, hostId, osInfo } from './host-info.js';
import { connectorMetadata } from './metadata.js';
import { runTask } from './task-dispatch.js';
import { taskScopedLogger } from './task-log-scope.js';
import { DEFAULT_TASK_CONCURRENCY, runTasks } from './task-runner.js';
import { TokenSource } from './token-source.js';
import { trustedCertificates } from './trust.js';

/** Long enough for the running task's FinishTask while stopping. */
const SHUTDOWN_GRACE_MS = 5_000;
export interface ServiceModeOptions {
  readonly flags: ResolvedFlags;
  readonly io: CliIo;
  readonly logger: PinoLogger;
  readonly version: string;
}

export async function runServiceMode({ flags, io, logger, version }: ServiceModeOptions): Promise<number> {
  const credentials = parseClientCredentials(flags.string('client-id') ?? '', flags.string('client-secret') ?? '');
  const endpoint = resolveEndpoint(credentials.tenantHost, io.env);
  const ca = trustedCertificates(io.env);
  const concurrency = taskConcurrency(flags);
  const timeoutMs = startupTimeoutMs(io.env);
  const provisioning = flags.bool('provisioning');
  const connector = await buildConnector(flags, io, { logger: taskScopedLogger(logger), provisioning });
  const userAgent = `${credentials.clientName} baton-scim/${version}`;
  const tokens = new TokenSource({ credentials, endpoint, ca, userAgent });
  const channel = openChannel({ endpoint, ca, userAgent });
  const client = new BatonClient(channel, tokens, hostId(io.env), endpoint.authority);
  const hello: HelloPayload = { buildInfo: buildInfo(version), osInfo: osInfo(), connectorMetadata: connectorMetadata(connector) };
  const settings = { provisioning, skipFullSync: flags.bool('skip-full-sync'), tmpDir: flags.path('c1z-temp-dir') };
  warnIgnoredFlags(flags, logger);
  // A signal ends service mode cleanly (as Go's runner does): the running task is reported cancelled and
  // retryable, which needs a FinishTask call (2 s budget while stopping) before the process may leave.
  if (io.stop) {
    io.stop.signalSetsExitCode = false;
    io.stop.graceMs = Math.max(io.stop.graceMs, SHUTDOWN_GRACE_MS);
  }
  try {
    logger.info({ host: endpoint.authority, provisioning, skip_full_sync: settings.skipFullSync, task_concurrency: concurrency }, 'starting service mode');
    await startupHello({ client, payload: hello, authority: endpoint.authority, timeoutMs, signal: io.signal, logger });
    await runTasks({
      client, concurrency, logger, signal: io.signal,
      run: (task, heartbeatMs) => runTask({ task, client, connector, settings, hello, heartbeatMs, logger, signal: io.signal }),
    });
    logger.info({}, 'service mode stopped');
    return EXIT.ok;
  } catch (err) {
    // A stop requested while still connecting is a clean exit too.
    if (io.signal.aborted && err instanceof BatonError && err.code === 'cancelled') return EXIT.ok;
    throw err;
  } finally {
    channel.close();
    await connector.close?.();
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
