import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildConfigJsonSchema, configJsonSchemaText } from '../../src/config/json-schema.js';

type JsonObject = { [key: string]: unknown };
const committed = readFileSync(new URL('../../config.schema.json', import.meta.url), 'utf8');
const schema = buildConfigJsonSchema() as JsonObject;
const child = (node: JsonObject, key: string): JsonObject => (node.properties as JsonObject)[key] as JsonObject;

describe('config.schema.json', () => {
  it('is the committed output of the zod schema (regenerate with `pnpm --filter @baton-scim/scim build && node packages/scim/scripts/gen-schema.mjs`)', () => {
    expect(committed).toBe(configJsonSchemaText());
  });

  it('requires the keys the docs mark as required', () => {
    expect(schema.required).toEqual(['apiEndpoint', 'hasScimHeader', 'auth', 'user', 'group', 'pagination']);
    expect(child(schema, 'auth').required).toEqual(['authType']);
    expect(child(schema, 'user').required).toEqual(['id', 'userName', 'firstName', 'lastName', 'primaryEmail', 'active']);
    expect(child(schema, 'group').required).toEqual(['id', 'displayName']);
  });

  it('forbids unknown keys at every level, so editors flag typos as the loader does', () => {
    expect(schema.additionalProperties).toBe(false);
    for (const section of ['auth', 'user', 'group', 'pagination', 'provisioning']) {
      expect(child(schema, section).additionalProperties).toBe(false);
    }
    expect(child(child(schema, 'user'), 'roles').additionalProperties).toBe(false);
  });

  it('shows the defaults of the extensions', () => {
    expect(child(child(schema, 'pagination'), 'style').default).toBe('index');
    expect(child(child(schema, 'user'), 'hasGroupsOnUser').default).toBe(false);
    expect(child(child(schema, 'provisioning'), 'roleStrategy').default).toBe('patch');
  });
});
