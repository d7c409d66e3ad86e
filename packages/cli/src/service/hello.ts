// Hello: introduces this connector to ConductorOne at startup (with retries) and whenever a hello task asks.
import { BatonError, type Logger } from '@baton-scim/core';
import { backoffMs, HELLO_BACKOFF, sleep } from './backoff.js';
import type { BatonClient } from './client.js';
import type { HelloRequest } from './pb.js';
import { asBatonError, isFatalAtStartup } from './status-codes.js';

export const STARTUP_TIMEOUT_ENV = 'BATON_C1_STARTUP_TIMEOUT_SECONDS';
/** Below a minute, so a wrong or unreachable host is reported while someone is still watching. */
export const DEFAULT_STARTUP_TIMEOUT_SECONDS = 45;

export type HelloPayload = Omit<HelloRequest, 'hostId' | 'taskId'>;

export function startupTimeoutMs(env: NodeJS.ProcessEnv): number {
  const raw = env[STARTUP_TIMEOUT_ENV]?.trim();
  if (!raw) return DEFAULT_STARTUP_TIMEOUT_SECONDS * 1000;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new BatonError('invalid-argument', `${STARTUP_TIMEOUT_ENV} must be a positive number of seconds, got "${raw}"`);
  }
  return seconds * 1000;
}

export interface StartupHelloOptions {
  readonly client: BatonClient;
  readonly payload: HelloPayload;
  readonly authority: string;
  readonly timeoutMs: number;
  readonly signal: AbortSignal;
  readonly logger: Logger;
}

/** Retries outages until the startup deadline; gives up at once on errors retrying cannot fix. */
export async function startupHello(options: StartupHelloOptions): Promise<void> {
  const deadline = AbortSignal.timeout(options.timeoutMs);
  const signal = AbortSignal.any([options.signal, deadline]);
  let last: BatonError | undefined;
  for (let failures = 0; ; ) {
    try {
      await options.client.hello({ ...options.payload, hostId: options.client.hostId, taskId: '' }, { signal });
      options.logger.info({ host: options.authority, host_id: options.client.hostId }, 'connected to ConductorOne');
      return;
    } catch (err) {
      if (options.signal.aborted) throw new BatonError('cancelled', 'stopped before ConductorOne answered Hello');
      const error = asBatonError(err, `Hello to ConductorOne at ${options.authority}`);
      if (isFatalAtStartup(error)) throw new BatonError(error.code, `ConductorOne at ${options.authority} refused this connector: ${error.message}`, { cause: err });
      // The deadline cancels the attempt in flight; the error worth reporting is the one before it.
      if (deadline.aborted) throw unreachable(options, error.code === 'cancelled' && last ? last : error);
      last = error;
      failures++;
      const wait = backoffMs(HELLO_BACKOFF, failures);
      options.logger.warn({ host: options.authority, attempt: failures, retry_in_ms: wait, error: error.message }, 'ConductorOne is not reachable yet; retrying');
      await sleep(wait, signal);
      if (deadline.aborted && !options.signal.aborted) throw unreachable(options, error);
    }
  }
}

function unreachable(options: StartupHelloOptions, last: BatonError): BatonError {
  const seconds = Math.round(options.timeoutMs / 100) / 10;
  return new BatonError(
    'unavailable',
    `cannot reach ConductorOne at ${options.authority} (gave up after ${seconds} s; last error: ${last.message}). ` +
      `Check the tenant host in --client-id, network access to it on port 443, and any proxy CA in NODE_EXTRA_CA_CERTS.`,
    { cause: last },
  );
}
