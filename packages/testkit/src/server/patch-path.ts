// Parses PATCH `path` values: `attr`, `attr.sub`, `urn:…:attr`, `attr[filter]` and `attr[filter].sub` (RFC 7644 §3.5.2).
import { parseAttrPath, type AttrPath } from './attr-path.js';
import { parseFilter, type FilterNode } from './filter-parse.js';
import { ScimHttpError } from './http-io.js';

export interface PatchPath {
  path: AttrPath;
  /** Selects elements of the multi-valued `path.attr`; `path.sub` then names a field of each element. */
  filter?: FilterNode;
}

const NAME = /^[A-Za-z$][\w$-]*$/;
const FILTERED = /^([^[\]]+)\[(.*)\](?:\.([^.[\]]+))?$/s;

function invalidPath(text: string, why: string): ScimHttpError {
  return new ScimHttpError(400, `PATCH path "${text}" ${why}`, 'invalidPath');
}

function checkNames(text: string, path: AttrPath): AttrPath {
  const names = [path.attr, path.sub].filter((n): n is string => n !== undefined && n !== '');
  if (path.urn === undefined && path.attr === '') throw invalidPath(text, 'names no attribute');
  if (!names.every((n) => NAME.test(n))) throw invalidPath(text, 'is not a valid attribute path');
  return path;
}

export function parsePatchPath(text: string): PatchPath {
  const filtered = FILTERED.exec(text);
  if (filtered === null) {
    if (/[[\]]/.test(text)) throw invalidPath(text, 'has unbalanced brackets');
    return { path: checkNames(text, parseAttrPath(text)) };
  }
  const [, attrText = '', filterText = '', sub] = filtered;
  const base = parseAttrPath(attrText);
  if (base.sub !== undefined) throw invalidPath(text, 'puts a filter on a sub-attribute; filter the multi-valued attribute itself');
  let filter: FilterNode;
  try {
    filter = parseFilter(filterText);
  } catch (err) {
    throw invalidPath(text, `has a bad value filter: ${(err as Error).message}`);
  }
  return { path: checkNames(text, { ...base, ...(sub !== undefined && { sub }) }), filter };
}
