// Builds the JSON Schema that editors use for provider YAML files, from the zod schema.
import { z } from 'zod';
import { scimConfigSchema } from './schema.js';

/** The committed `config.schema.json`; it describes the YAML as written, so defaults stay optional. */
export function buildConfigJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(scimConfigSchema, { io: 'input', target: 'draft-2020-12' });
}

/** The file text of `config.schema.json`, byte-for-byte as the generator writes it. */
export function configJsonSchemaText(): string {
  return `${JSON.stringify(buildConfigJsonSchema(), null, 2)}\n`;
}
