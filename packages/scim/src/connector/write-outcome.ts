// Reads what a failed write means: already done (idempotent success), a form the server rejects, or a conflict.
import { ScimHttpError } from '../http/errors.js';

function scimError(err: unknown): ScimHttpError | undefined {
  return err instanceof ScimHttpError ? err : undefined;
}

/** An add of a value the server already holds: 409, or 400 uniqueness. Confirm by reading before trusting it. */
export function mayBeAlreadyPresent(err: unknown): boolean {
  const e = scimError(err);
  return e !== undefined && (e.status === 409 || (e.status === 400 && e.scimType === 'uniqueness'));
}

/** A remove whose filter matched nothing (RFC 7644 §3.5.2.2): the value is already absent. */
export function isNoTarget(err: unknown): boolean {
  const e = scimError(err);
  return e !== undefined && e.status === 400 && e.scimType?.toLowerCase() === 'notarget';
}

/** The server does not take a value-filter path (better-auth for roles) or the operation form at all. */
export function rejectsFilterPath(err: unknown): boolean {
  const e = scimError(err);
  if (e === undefined) return false;
  const type = e.scimType?.toLowerCase();
  return e.status === 501 || (e.status === 400 && (type === 'invalidpath' || type === 'invalidfilter'));
}

/** 412: the resource changed since it was read (If-Match mismatch). */
export function isVersionConflict(err: unknown): boolean {
  return scimError(err)?.status === 412;
}
