// Builds real, loaded ScimConfigs for mapping tests from a base mapping plus per-test overrides.
import { stringify } from 'yaml';
import { loadScimConfig } from '../../src/config/load.js';
import type { ScimConfig } from '../../src/config/types.js';

type Tree = { [key: string]: unknown };

export const BASE: Tree = {
  apiEndpoint: 'https://scim.example.test/scim/v2/',
  hasScimHeader: true,
  auth: { authType: 'oauth2' },
  user: {
    id: 'id',
    userName: 'userName',
    firstName: 'name.givenName',
    lastName: 'name.familyName',
    primaryEmail: 'emails[?(@.primary==true)].value',
    firstEmail: 'emails[0].value',
    active: 'active',
  },
  group: { id: 'id', displayName: 'displayName', members: { path: 'members', id: 'value', displayName: 'display' } },
  pagination: { totalResults: 'totalResults', itemsPerPage: 'itemsPerPage', startIndex: 'startIndex' },
};

function merge(base: Tree, patch: Tree): Tree {
  const out: Tree = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    const current = out[key];
    const bothTrees = isTree(current) && isTree(value);
    if (value === undefined) delete out[key];
    else out[key] = bothTrees ? merge(current, value) : value;
  }
  return out;
}

function isTree(value: unknown): value is Tree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Loads BASE with `patch` merged in (a key set to undefined is removed) through the real YAML loader. */
export function configWith(patch: Tree = {}): ScimConfig {
  return loadScimConfig(stringify(merge(BASE, patch)), { file: 'test.yaml' });
}
