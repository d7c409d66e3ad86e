// The one place gRPC status codes and the project's error codes are mapped onto each other.
import { status } from '@grpc/grpc-js';
import { BatonError, errorCode, type ErrorCode } from '@baton-scim/core';

const FROM_GRPC: ReadonlyMap<status, ErrorCode> = new Map<status, ErrorCode>([
  [status.CANCELLED, 'cancelled'],
  [status.INVALID_ARGUMENT, 'invalid-argument'],
  [status.DEADLINE_EXCEEDED, 'deadline-exceeded'],
  [status.NOT_FOUND, 'not-found'],
  [status.ALREADY_EXISTS, 'already-exists'],
  [status.PERMISSION_DENIED, 'permission-denied'],
  [status.RESOURCE_EXHAUSTED, 'rate-limited'],
  [status.FAILED_PRECONDITION, 'failed-precondition'],
  // An aborted transaction on the server side is worth another attempt, like an outage.
  [status.ABORTED, 'unavailable'],
  [status.UNIMPLEMENTED, 'unimplemented'],
  [status.UNAVAILABLE, 'unavailable'],
  [status.UNAUTHENTICATED, 'unauthenticated'],
]);

const TO_GRPC: Readonly<Record<ErrorCode, status>> = {
  'unavailable': status.UNAVAILABLE,
  'deadline-exceeded': status.DEADLINE_EXCEEDED,
  'rate-limited': status.RESOURCE_EXHAUSTED,
  'not-found': status.NOT_FOUND,
  'unauthenticated': status.UNAUTHENTICATED,
  'permission-denied': status.PERMISSION_DENIED,
  'invalid-argument': status.INVALID_ARGUMENT,
  'already-exists': status.ALREADY_EXISTS,
  'failed-precondition': status.FAILED_PRECONDITION,
  'unimplemented': status.UNIMPLEMENTED,
  'cancelled': status.CANCELLED,
  'invalid-data': status.DATA_LOSS,
  'internal': status.UNKNOWN,
};

export function codeFromGrpc(code: status): ErrorCode {
  return FROM_GRPC.get(code) ?? 'internal';
}

export function grpcStatusOf(err: unknown): status {
  return TO_GRPC[errorCode(err)];
}

/** Startup gives up at once on these: retrying cannot fix credentials, configuration or a missing service. */
export const FATAL_AT_STARTUP: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'unauthenticated', 'permission-denied', 'invalid-argument', 'unimplemented', 'failed-precondition', 'not-found',
]);

export function isFatalAtStartup(err: unknown): boolean {
  return FATAL_AT_STARTUP.has(errorCode(err));
}

export function asBatonError(err: unknown, what: string): BatonError {
  if (err instanceof BatonError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new BatonError(errorCode(err), `${what}: ${message}`, { cause: err });
}
