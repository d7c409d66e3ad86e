// Classifies failures below HTTP (connect, TLS, socket, timeouts, aborts) into SCIM HTTP errors.
import type { ErrorCode } from '@baton-scim/core';
import { ScimHttpError } from './errors.js';

export interface Timeouts {
  readonly connectMs: number;
  readonly headersMs: number;
  readonly bodyMs: number;
  /** Deadline of one attempt, from sending to the last body byte. */
  readonly requestMs: number;
  /** Average body rate required once the body has been arriving for bodyMs; 0 turns the check off. */
  readonly minBytesPerSecond: number;
}

export interface NetworkFailure {
  readonly code: ErrorCode;
  readonly problem: string;
  readonly advice: string;
  /** False when nothing reached the server, so even a POST may be tried again. */
  readonly requestSent: boolean;
  /** True when resolving or connecting failed: the server was not reached at all. */
  readonly connecting?: boolean;
}

/** Raised while resolving or connecting: nothing was sent. */
const BEFORE_SEND = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN']);
const TLS = /^(ERR_TLS|ERR_SSL|CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_)/;
const SLOW = 'the server is slow or hung; retry later or raise';

const failure = (code: ErrorCode, problem: string, advice: string, requestSent: boolean, connecting = false): NetworkFailure => ({
  code,
  problem,
  advice,
  requestSent,
  ...(connecting ? { connecting } : {}),
});

function errorCodeOf(err: unknown): string {
  if (typeof err !== 'object' || err === null) return '';
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' ? code : '';
}

/** The URL that failed and where it is configured, as the advice names them. */
export interface UrlSetting { readonly name: string; readonly keys: string }

const BASE_URL: UrlSetting = { name: 'the base URL', keys: 'apiEndpoint or --api-endpoint' };

export function classifyNetworkFailure(err: unknown, origin: string, t: Timeouts, setting: UrlSetting = BASE_URL): NetworkFailure {
  const code = errorCodeOf(err);
  const message = err instanceof Error ? err.message : String(err);
  // AbortSignal.timeout(requestMs) fired: the overall deadline, whatever phase the request was in.
  if (err instanceof Error && err.name === 'TimeoutError') {
    return failure('deadline-exceeded', `did not complete within ${t.requestMs} ms`, `${SLOW} http.requestTimeoutSeconds`, true);
  }
  switch (code) {
    case 'UND_ERR_CONNECT_TIMEOUT':
      return failure('deadline-exceeded', `could not connect to ${origin} within ${t.connectMs} ms`, 'check the host, network and firewall, or raise http.connectTimeoutSeconds', false, true);
    case 'UND_ERR_HEADERS_TIMEOUT':
      return failure('deadline-exceeded', `got no response headers within ${t.headersMs} ms`, `${SLOW} http.headersTimeoutSeconds`, true);
    case 'UND_ERR_BODY_TIMEOUT':
      return failure('deadline-exceeded', `response body stalled for more than ${t.bodyMs} ms`, `${SLOW} http.bodyTimeoutSeconds`, true);
  }
  if (code === 'ENOTFOUND') {
    return failure('unavailable', `could not resolve the host of ${origin} (${code})`, `check the host name in ${setting.name} (${setting.keys})`, false, true);
  }
  if (BEFORE_SEND.has(code)) {
    return failure('unavailable', `could not reach ${origin} (${code})`, `check ${setting.name} host and port (${setting.keys}), and that the server is up`, false, true);
  }
  if (TLS.test(code)) {
    return failure('failed-precondition', `failed the TLS handshake with ${origin} (${code}: ${message})`, 'check the server certificate, or NODE_EXTRA_CA_CERTS for a private CA', false);
  }
  if (code === '' || code.startsWith('UND_ERR_INVALID')) {
    // Not a network condition but a request undici refused to build: retrying cannot help.
    return failure('internal', `could not be sent (${message})`, 'the connector built an invalid request; please report it', false);
  }
  return failure('unavailable', `lost the connection to ${origin} (${code}: ${message})`, 'retry later; if it persists check proxies between here and the server', true);
}

/** `callerSignal` tells a cancellation by the caller apart from our own timeouts. */
export function networkError(
  err: unknown,
  request: { method: string; path: string; origin: string; timeouts: Timeouts; callerSignal: AbortSignal | undefined },
): ScimHttpError {
  if (err instanceof ScimHttpError) return err;
  const { method, path } = request;
  if (request.callerSignal?.aborted === true) {
    return new ScimHttpError({ code: 'cancelled', method, path, problem: 'was cancelled', advice: 'nothing to do unless the cancellation was unexpected', requestSent: true, cause: err });
  }
  return new ScimHttpError({ ...classifyNetworkFailure(err, request.origin, request.timeouts), method, path, cause: err });
}
