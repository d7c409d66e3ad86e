// Reads one multi-valued attribute of a resource fresh: what a provisioning change starts from and is checked against.
import { BatonError } from '@baton-scim/core';
import { isJsonObject, type JsonObject, type JsonValue } from '../http/json.js';
import { clientFor, type ConnectorContext } from './context.js';
import { etagAdvertised, versionTag } from './etag.js';

export interface AttributeState {
  /** The attribute's key as the server spells it (SCIM names are case-insensitive). */
  readonly key: string;
  readonly elements: readonly JsonValue[];
  /** The resource version for If-Match, when the server versions resources. */
  readonly tag: string | undefined;
}

/**
 * Never cached: a stale list would put back values removed since, or drop ones added since. Only the one
 * attribute is asked for (`attributes=`) unless `provisioning.readWholeResource` says the server's narrowed
 * reads cannot be trusted; a server that ignores the parameter still answers correctly.
 */
export async function readAttribute(ctx: ConnectorContext, path: string, attribute: string, signal: AbortSignal): Promise<AttributeState> {
  const supported = await etagAdvertised(ctx, signal);
  const client = await clientFor(ctx, 'provisioningReads');
  const query = ctx.config.provisioning.readWholeResource ? undefined : { attributes: attribute };
  const res = await client.get(path, query, { signal });
  if (!isJsonObject(res.body)) {
    throw new BatonError('invalid-data', `GET ${path} did not return a SCIM resource object, so the change cannot be checked`);
  }
  const key = keyOf(res.body, attribute);
  return { key, elements: listAt(res.body, key), tag: versionTag(res, supported) };
}

/** SCIM attribute names are case-insensitive (RFC 7643 §2.1). */
export function keyOf(resource: JsonObject, attribute: string): string {
  const lower = attribute.toLowerCase();
  return Object.keys(resource).find((k) => k.toLowerCase() === lower) ?? attribute;
}

export function listAt(resource: JsonObject, key: string): JsonValue[] {
  const value = resource[key];
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The element's id under `valuePath`, compared as text. */
export function elementId(element: JsonValue, valuePath: string): string | undefined {
  if (!isJsonObject(element)) return typeof element === 'string' ? element : undefined;
  const value = element[valuePath];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/**
 * A read that cannot be understood: elements of the list carry no id, so what the list holds is unknown. It is
 * never taken as "not there" (a revoke would send nothing and report success) nor as "nothing else there".
 */
export class UnusableRead extends BatonError {
  constructor(
    readonly detail: string,
    readonly advice: string,
  ) {
    super('failed-precondition', `${detail}. ${advice}`);
    this.name = 'UnusableRead';
  }
}

/** Fails with UnusableRead when any element of the list read for `operation` has no id under `valuePath`. */
export function requireIds(
  ctx: ConnectorContext,
  read: { readonly path: string; readonly attribute: string; readonly operation: string; readonly valuePath: string },
  elements: readonly JsonValue[],
): void {
  const missing = elements.filter((el) => elementId(el, read.valuePath) === undefined).length;
  if (missing === 0) return;
  const how = ctx.config.provisioning.readWholeResource ? read.path : `${read.path}?attributes=${read.attribute}`;
  throw new UnusableRead(
    `GET ${how} returned ${missing} of ${elements.length} "${read.attribute}" elements without "${read.valuePath}", so what ` +
      `"${read.attribute}" holds cannot be known (some servers drop sub-attributes on reads with attributes=)`,
    `Set provisioning.readWholeResource: true in ${ctx.config.file} to read the whole resource instead, or ` +
      `provisioning.${read.operation}.valuePath to the sub-attribute that holds the id`,
  );
}

/** The distinct ids of a list, in order; elements without an id are not compared. */
export function idsOf(elements: readonly JsonValue[], valuePath: string): string[] {
  const out = new Set<string>();
  for (const el of elements) {
    const id = elementId(el, valuePath);
    if (id !== undefined) out.add(id);
  }
  return [...out];
}
