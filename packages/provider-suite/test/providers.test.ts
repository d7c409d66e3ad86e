// The shared suite over every provider package: conformance and declared quirks for each that declares them in
// fixtures/conformance.yaml; a provider with hooks runs its own tests instead, and one of the two must hold.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROVIDERS_DIR, providerIds, readDeclared } from '../src/declared.js';
import { defineProviderSuite } from '../src/suite.js';

/** BATON_PROVIDERS=a,b runs the suite for those providers only (new:provider runs it for the one it made). */
const only = process.env['BATON_PROVIDERS']?.split(',').filter((s) => s !== '');
const ids = providerIds().filter((id) => only === undefined || only.includes(id));
if (only !== undefined && ids.length !== only.length) throw new Error(`BATON_PROVIDERS names ${only.join(', ')}; found only ${ids.join(', ') || 'none'}`);

describe('provider packages', () => {
  it.each(ids)('%s is tested: by the shared suite (fixtures/conformance.yaml) or, having code, by its own tests', (id) => {
    const dir = join(PROVIDERS_DIR, id);
    const ownTests = existsSync(join(dir, 'test')) && readdirSync(join(dir, 'test')).some((f) => f.endsWith('.test.ts'));
    const hasCode = existsSync(join(dir, 'src'));
    expect(existsSync(join(dir, 'fixtures', 'conformance.yaml')) || ownTests, `${id}: declare fixtures/conformance.yaml`).toBe(true);
    // A data-only provider has no test file of its own; its quirks are data, or code in this package.
    if (!hasCode) expect(ownTests, `${id}: a data-only provider's tests belong in packages/provider-suite`).toBe(false);
  });
});

for (const id of ids) {
  const declared = readDeclared(id);
  if (declared) defineProviderSuite(declared);
}
