// Hello: introduces this connector to ConductorOne at startup (with retries) and whenever a hello task asks.
// As in Go's SDK, the startup Hello is retried with backoff (1 s doubling to 5 min) for as long as it takes:
// an outage of the control plane at start must not kill a long-lived connector. Only the errors retrying
// cannot fix (credentials, configuration, a missing service) end it.
import { BatonError, type Logger } from '@baton-scim/core';
import { backoffMs, HELLO_BACKOFF, sleep, type Backoff } from './backoff.js';
import type { BatonClient } from './client.js';
import type { HelloRequest } from './pb.js';
import { asBatonError, isFatalAtStartup } from './status-codes.js';

/** Optional: give up after this many seconds without an answer (default: never). */
export const STARTUP_TIMEOUT_ENV = 'BATON_C1_STARTUP_TIMEOUT_SECONDS';

export type HelloPayload = Omit<HelloRequest, 'hostId' | 'taskId'>;

/** The startup deadline in ms, or undefined to retry for as long as it takes. */
export function startupTimeoutMs(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env[STARTUP_TIMEOUT_ENV]?.trim();
  if (!raw) return undefined;
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
  /** undefined: no deadline. */
  readonly timeoutMs: number | undefined;
  readonly signal: AbortSignal;
  readonly logger: Logger;
  readonly backoff?: Backoff;
  /** Said once when the first attempt fails, so a person at a terminal knows why nothing happens. */
  readonly hint?: string;
}

/** Retries outages until connected (or the optional deadline); gives up at once on errors retrying cannot fix. */
export async function startupHello(options: StartupHelloOptions): Promise<void> {
  const deadline = options.timeoutMs === undefined ? undefined : AbortSignal.timeout(options.timeoutMs);
  const signal = deadline ? AbortSignal.any([options.signal, deadline]) : options.signal;
  const backoff = options.backoff ?? HELLO_BACKOFF;
  let last: BatonError | undefined;
  for (let failures = 0; ; ) {
    try {
      await options.client.hello({ ...options.payload, hostId: options.client.hostId, taskId: '' }, { signal });
      options.logger.info({ host: options.authority, host_id: options.client.hostId, attempts: failures + 1 }, 'connected to ConductorOne');
      return;
    } catch (err) {
      if (options.signal.aborted) throw new BatonError('cancelled', 'stopped before ConductorOne answered Hello');
      const error = asBatonError(err, `Hello to ConductorOne at ${options.authority}`);
      if (isFatalAtStartup(error)) throw new BatonError(error.code, `ConductorOne at ${options.authority} refused this connector: ${error.message}`, { cause: err });
      // The deadline cancels the attempt in flight; the error worth reporting is the one before it.
      if (deadline?.aborted) throw unreachable(options, error.code === 'cancelled' && last ? last : error);
      last = error;
      failures++;
      const wait = backoffMs(backoff, failures);
      options.logger.warn(
        { host: options.authority, attempt: failures, retry_in_ms: wait, error: error.message, ...(failures === 1 && options.hint ? { hint: options.hint } : {}) },
        'ConductorOne is not reachable yet; retrying',
      );
      await sleep(wait, signal);
      if (deadline?.aborted && !options.signal.aborted) throw unreachable(options, error);
    }
  }
}

function unreachable(options: StartupHelloOptions, last: BatonError): BatonError {
  const seconds = Math.round((options.timeoutMs ?? 0) / 100) / 10;
  return new BatonError(
    'unavailable',
    `cannot reach ConductorOne at ${options.authority} (gave up after ${seconds} s, ${STARTUP_TIMEOUT_ENV}; last error: ${last.message}). ` +
      `Check the tenant host in --client-id, network access to it on port 443, HTTPS_PROXY/NO_PROXY, and any proxy CA in SSL_CERT_FILE or NODE_EXTRA_CA_CERTS.`,
    { cause: last },
  );
}
