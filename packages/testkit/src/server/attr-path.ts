// Attribute paths (`name.givenName`, `urn:…:User:department`) and case-insensitive lookup (RFC 7644 §3.10).
import { isList, ENTERPRISE_SCHEMA, GROUP_SCHEMA, USER_SCHEMA, isRecord } from '../scim-types.js';

export interface AttrPath {
  /** Extension schema URN when the attribute lives under one; core attributes have none. */
  urn?: string;
  /** Empty when the path names a whole extension object. */
  attr: string;
  sub?: string;
}

const CORE_URNS = [USER_SCHEMA, GROUP_SCHEMA].map((u) => u.toLowerCase());
const KNOWN_URNS = [USER_SCHEMA, GROUP_SCHEMA, ENTERPRISE_SCHEMA];

export function parseAttrPath(text: string): AttrPath {
  let urn: string | undefined;
  let rest = text;
  if (text.toLowerCase().startsWith('urn:')) {
    const known = KNOWN_URNS.find((u) => text.toLowerCase() === u.toLowerCase() || text.toLowerCase().startsWith(`${u.toLowerCase()}:`));
    const cut = known !== undefined ? known.length : text.lastIndexOf(':');
    urn = text.slice(0, cut);
    rest = text.slice(cut + 1);
    if (CORE_URNS.includes(urn.toLowerCase())) urn = undefined;
  }
  const dot = rest.indexOf('.');
  const attr = dot < 0 ? rest : rest.slice(0, dot);
  const sub = dot < 0 ? undefined : rest.slice(dot + 1);
  return { ...(urn !== undefined && { urn }), attr, ...(sub !== undefined && { sub }) };
}

export function findKey(obj: Record<string, unknown>, name: string): string | undefined {
  if (name in obj) return name;
  const lower = name.toLowerCase();
  return Object.keys(obj).find((k) => k.toLowerCase() === lower);
}

export function getAttr(obj: unknown, name: string): unknown {
  if (!isRecord(obj)) return undefined;
  const key = findKey(obj, name);
  return key === undefined ? undefined : obj[key];
}

/** The object that holds `path.attr`: the resource itself, or its extension object. */
export function container(resource: Record<string, unknown>, path: AttrPath, create = false): Record<string, unknown> | undefined {
  if (path.urn === undefined) return resource;
  const existing = getAttr(resource, path.urn);
  if (isRecord(existing)) return existing;
  if (!create) return undefined;
  const made: Record<string, unknown> = {};
  resource[path.urn] = made;
  const schemas = resource['schemas'];
  if (isList(schemas) && !schemas.includes(path.urn)) schemas.push(path.urn);
  return made;
}

/** Every leaf value the path reaches, with multi-valued attributes flattened. */
export function resolveValues(resource: Record<string, unknown>, path: AttrPath): unknown[] {
  const top = getAttr(container(resource, path), path.attr);
  const tops = isList(top) ? top : [top];
  const leaves = path.sub === undefined ? tops : tops.flatMap((t) => {
    const v = getAttr(t, path.sub ?? '');
    return isList(v) ? v : [v];
  });
  return leaves.filter((v) => v !== undefined);
}

/** Ids and references compare exactly; everything else in SCIM's core schemas is caseExact=false. */
export function isCaseExact(path: AttrPath, parent?: string): boolean {
  const leaf = (path.sub ?? path.attr).toLowerCase();
  if (leaf === 'id' || leaf === 'externalid' || leaf === '$ref') return true;
  const owner = (path.sub === undefined ? parent : path.attr)?.toLowerCase();
  return leaf === 'value' && (owner === 'members' || owner === 'groups' || owner === 'manager');
}
