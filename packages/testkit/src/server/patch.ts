// Applies a SCIM PatchOp message (add / remove / replace, RFC 7644 §3.5.2) to a stored resource.
import { isList, isRecord, PATCH_OP_SCHEMA } from '../scim-types.js';
import { container, findKey, parseAttrPath, type AttrPath } from './attr-path.js';
import { matchesFilter } from './filter-eval.js';
import { ScimHttpError } from './http-io.js';
import { parsePatchPath, type PatchPath } from './patch-path.js';

type Op = 'add' | 'remove' | 'replace';

const MULTI_VALUED = new Set(['emails', 'phonenumbers', 'ims', 'photos', 'addresses', 'groups', 'entitlements', 'roles', 'x509certificates', 'members']);

export interface PatchRules {
  /** Attributes a client may not change (`id`, `meta`, and `groups` on users). */
  readOnly: readonly string[];
  /** See `StrictPatchOptions`; undefined on a lenient server. */
  strict?: { readonly rejectValueFilters: readonly string[] } | undefined;
  /** An `add` appends every value, already present or not (the `duplicateMemberAdd` fault). */
  duplicateAdd?: boolean;
}

export function readOperations(body: unknown): Array<{ op: Op; path?: string; value: unknown }> {
  if (!isRecord(body) || !isList(body['schemas']) || !body['schemas'].includes(PATCH_OP_SCHEMA)) {
    throw new ScimHttpError(400, `PATCH body must list "${PATCH_OP_SCHEMA}" in schemas`, 'invalidSyntax');
  }
  const ops = body['Operations'];
  if (!isList(ops) || ops.length === 0) throw new ScimHttpError(400, 'PATCH body needs a non-empty "Operations" array', 'invalidSyntax');
  return ops.map((raw, i) => {
    const op = isRecord(raw) && typeof raw['op'] === 'string' ? raw['op'].toLowerCase() : undefined;
    if (op !== 'add' && op !== 'remove' && op !== 'replace') {
      throw new ScimHttpError(400, `Operations[${i}].op must be add, remove or replace`, 'invalidSyntax');
    }
    const path = isRecord(raw) ? raw['path'] : undefined;
    if (path !== undefined && typeof path !== 'string') throw new ScimHttpError(400, `Operations[${i}].path must be a string`, 'invalidPath');
    return { op, ...(path !== undefined && { path }), value: isRecord(raw) ? raw['value'] : undefined };
  });
}

/** Mutates `resource` in place; the caller validates the result and bumps `meta`. */
export function applyPatch(resource: Record<string, unknown>, body: unknown, rules: PatchRules): void {
  for (const { op, path, value } of readOperations(body)) {
    if (path !== undefined) {
      applyOne(resource, op, parsePatchPath(path), value, rules);
      continue;
    }
    if (op === 'remove') throw new ScimHttpError(400, 'A remove operation needs a "path"', 'noTarget');
    if (!isRecord(value)) throw new ScimHttpError(400, `A ${op} without "path" needs an object "value"`, 'invalidValue');
    for (const [key, v] of Object.entries(value)) {
      applyOne(resource, op, { path: parseAttrPath(key) }, v, rules);
    }
  }
}

function applyOne(resource: Record<string, unknown>, op: Op, { path, filter }: PatchPath, value: unknown, rules: PatchRules): void {
  if (path.urn === undefined && rules.readOnly.includes(path.attr.toLowerCase())) {
    throw new ScimHttpError(400, `Attribute "${path.attr}" is read-only`, 'mutability');
  }
  if (path.attr === '' && path.urn !== undefined) return applyToExtension(resource, op, path.urn, value, rules);
  const holder = container(resource, path, op !== 'remove');
  if (holder === undefined) return;
  const key = findKey(holder, path.attr) ?? path.attr;
  if (filter !== undefined) {
    if (rules.strict?.rejectValueFilters.includes(path.attr.toLowerCase())) {
      throw new ScimHttpError(400, `Value filters are not supported in PATCH paths on "${path.attr}"`, 'invalidPath');
    }
    const list = holder[key];
    const hits = isList(list) ? list.filter((el): el is Record<string, unknown> => isRecord(el) && matchesFilter(el, filter, path.attr)) : [];
    if (op === 'remove') return removeElements(holder, key, hits, path.sub);
    if (hits.length === 0) throw new ScimHttpError(400, `No "${path.attr}" value matches the filter`, 'noTarget');
    for (const el of hits) setInto(el, path.sub, value);
    return;
  }
  if (op === 'remove') return removePlain(holder, key, path, rules.strict === undefined ? value : undefined);
  const current = holder[key];
  if (path.sub !== undefined) {
    if (isList(current)) throw new ScimHttpError(400, `"${path.attr}" is multi-valued; select elements with a filter`, 'invalidPath');
    const sub: Record<string, unknown> = isRecord(current) ? current : {};
    sub[findKey(sub, path.sub) ?? path.sub] = value;
    holder[key] = sub;
    return;
  }
  // RFC 7644 §3.5.2.1/3: add appends to multi-valued attributes, replace swaps the list, and both merge complex ones.
  const multi = MULTI_VALUED.has(path.attr.toLowerCase()) || isList(current) || isList(value);
  if (multi && op === 'add' && rules.duplicateAdd === true) holder[key] = [...asList(current), ...asList(value)];
  else if (multi) holder[key] = op === 'add' ? appendUnique(current, value) : asList(value);
  else if (isRecord(current) && isRecord(value)) Object.assign(current, value);
  else holder[key] = value;
}

/** A path naming a whole extension (`urn:…:enterprise:2.0:User`) patches each attribute in `value`. */
function applyToExtension(resource: Record<string, unknown>, op: Op, urn: string, value: unknown, rules: PatchRules): void {
  if (op === 'remove') {
    delete resource[findKey(resource, urn) ?? urn];
    return;
  }
  if (!isRecord(value)) throw new ScimHttpError(400, `A ${op} of "${urn}" needs an object value`, 'invalidValue');
  for (const [k, v] of Object.entries(value)) applyOne(resource, op, { path: { urn, ...parseAttrPath(k) } }, v, rules);
}

function setInto(el: Record<string, unknown>, sub: string | undefined, value: unknown): void {
  if (sub !== undefined) el[findKey(el, sub) ?? sub] = value;
  else if (isRecord(value)) Object.assign(el, value);
  else throw new ScimHttpError(400, 'A filtered add/replace without a sub-attribute needs an object value', 'invalidValue');
}

/** Removing a value that is not there is a no-op, so retried removes stay idempotent. */
function removeElements(holder: Record<string, unknown>, key: string, hits: Record<string, unknown>[], sub: string | undefined): void {
  const list = holder[key];
  if (!isList(list)) return;
  if (sub !== undefined) hits.forEach((el) => delete el[findKey(el, sub) ?? sub]);
  else holder[key] = list.filter((el) => !hits.includes(el as Record<string, unknown>));
}

/** A strict server passes no `value`: a remove naming the attribute drops every value (RFC 7644 §3.5.2.2). */
function removePlain(holder: Record<string, unknown>, key: string, path: AttrPath, value: unknown): void {
  const current = holder[key];
  if (isList(current) && value !== undefined && path.sub === undefined) {
    const doomed = asList(value);
    holder[key] = current.filter((el) => !doomed.some((d) => sameElement(el, d)));
  } else if (path.sub !== undefined) {
    const targets = isList(current) ? current : [current];
    targets.filter(isRecord).forEach((el) => delete el[findKey(el, path.sub ?? '') ?? '']);
  } else delete holder[key];
}

function asList(value: unknown): unknown[] {
  return isList(value) ? value : value === undefined || value === null ? [] : [value];
}

function appendUnique(current: unknown, value: unknown): unknown[] {
  const out = asList(current).slice();
  for (const item of asList(value)) if (!out.some((el) => sameElement(el, item))) out.push(item);
  return out;
}

/** Multi-valued complex values are identified by their `value`; anything else by its JSON. */
function sameElement(a: unknown, b: unknown): boolean {
  if (isRecord(a) && isRecord(b) && 'value' in a && 'value' in b) return a['value'] === b['value'];
  return JSON.stringify(a) === JSON.stringify(b);
}
