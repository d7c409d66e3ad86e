// One try of a SCIM request: authenticate, wait for a slot, exchange, and replay once after a 401 with a fresh token.
import type { Logger } from '@baton-scim/core';
import type { Authenticator } from './auth.js';
import type { Limiter } from './limiter.js';
import { networkError, type Timeouts } from './network-errors.js';
import type { Redactor } from './redact.js';
import { toScimResponse, type ScimResponse } from './response.js';
import type { Exchange, OutgoingRequest, Transport } from './transport.js';
import { displayPath } from './url.js';

export interface AttemptDeps {
  readonly origin: string;
  readonly auth: Authenticator;
  readonly transport: Transport;
  readonly limiter: Limiter;
  readonly timeouts: Timeouts;
  readonly now: () => number;
  readonly logger: Logger;
  readonly redactor: Redactor;
  readonly retryOn403Reasons: readonly string[];
}

async function exchange(
  deps: AttemptDeps,
  request: OutgoingRequest,
  signal: AbortSignal | undefined,
): Promise<Exchange> {
  const deadline = AbortSignal.timeout(deps.timeouts.requestMs);
  const combined = signal === undefined ? deadline : AbortSignal.any([signal, deadline]);
  try {
    return await deps.limiter.run(() => deps.transport.exchange(request, combined), combined);
  } catch (err) {
    throw networkError(err, {
      method: request.method,
      path: displayPath(request.target),
      origin: deps.origin,
      timeouts: deps.timeouts,
      callerSignal: signal,
    });
  }
}

export async function attempt(
  deps: AttemptDeps,
  base: OutgoingRequest,
  signal: AbortSignal | undefined,
): Promise<ScimResponse> {
  const path = displayPath(base.target);
  for (let replayed = false; ; replayed = true) {
    const authorization = await deps.auth.authorization();
    const headers = authorization === undefined ? base.headers : { ...base.headers, authorization };
    const started = deps.now();
    const ex = await exchange(deps, { ...base, headers }, signal);
    deps.logger.debug({ method: base.method, path, status: ex.status, ms: deps.now() - started }, 'SCIM request');
    if (ex.status === 401 && !replayed && deps.auth.renew(authorization)) {
      deps.logger.info({ method: base.method, path }, 'SCIM server refused the access token; obtaining a new one');
      continue;
    }
    return toScimResponse({ method: base.method, path, now: deps.now(), redactor: deps.redactor, retryOn403Reasons: deps.retryOn403Reasons }, ex);
  }
}
