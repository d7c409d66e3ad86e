#!/usr/bin/env node
// Writes config.schema.json from the zod schema in the built package (run `pnpm --filter @baton-scim/scim build` first).
import { existsSync, writeFileSync } from 'node:fs';

const dist = new URL('../dist/index.js', import.meta.url);
if (!existsSync(dist)) {
  console.error('dist/index.js is missing: run `pnpm --filter @baton-scim/scim build`, then this script again.');
  process.exit(1);
}
const { configJsonSchemaText } = await import(dist.href);
const target = new URL('../config.schema.json', import.meta.url);
writeFileSync(target, configJsonSchemaText());
console.log(`wrote ${target.pathname}`);
