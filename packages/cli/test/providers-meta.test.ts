import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { loadScimConfig } from '@baton-scim/scim';
import { describe, expect, it } from 'vitest';
import { FIRST_PARTY_PROVIDERS } from '../src/plugins/known.js';

const providersDir = fileURLToPath(new URL('../../providers/', import.meta.url));
const providers = readdirSync(providersDir).filter((name) => statSync(join(providersDir, name)).isDirectory()).sort();
const read = (id: string, path: string): string => readFileSync(join(providersDir, id, path), 'utf8');

describe('first-party provider packages', () => {
  it('are exactly the providers the CLI knows by name', () => {
    expect(providers).toEqual([...FIRST_PARTY_PROVIDERS].sort());
  });

  describe.each(providers)('%s', (id) => {
    it('has a README with install commands and an Authentication section', () => {
      const readme = read(id, 'README.md');
      expect(readme).toMatch(/^## Authentication$/m);
      expect(readme).toContain(`@baton-scim/provider-${id}`);
      expect(readme).toContain(`--service-provider ${id}`);
      // Until the packages are on npm, the install line is no use without the way to run it from a checkout.
      expect(readme).toContain(`The \`npm install\` line works once the packages are published to npm.`);
      expect(readme).toContain(`\`pnpm baton-scim --service-provider ${id} …\``);
    });

    it('has recorded fixtures and the expected sync result, both valid JSON', () => {
      expect(() => JSON.parse(read(id, 'fixtures/directory.json')) as unknown).not.toThrow();
      const expected = JSON.parse(read(id, 'fixtures/expected.json')) as Record<string, unknown>;
      expect(Object.keys(expected).sort()).toEqual(['grants', 'groups', 'roles', 'users']);
    });

    it('declares itself in package.json with a marker naming its folder, and an entry of its kind', () => {
      const pkg = JSON.parse(read(id, 'package.json')) as { name: string; batonScim?: { provider?: string; apiVersion?: number }; exports?: Record<string, unknown>; files?: string[] };
      expect(pkg.name).toBe(`@baton-scim/provider-${id}`);
      expect(pkg.batonScim).toMatchObject({ provider: id, apiVersion: 1 });
      expect(pkg.exports?.['./package.json']).toBe('./package.json');
      if (!existsSync(join(providersDir, id, 'src'))) {
        // Data only: the CLI declares it from provider.yaml; nothing is built or shipped besides the YAML and README.
        expect(pkg.exports?.['.']).toBe('./provider.yaml');
        expect(pkg.files).toEqual(['provider.yaml', 'README.md']);
        return;
      }
      // The loader resolves the entry with require.resolve, which an import-only export map would refuse.
      expect(pkg.exports?.['.']).toMatchObject({ import: './dist/index.js', default: './dist/index.js' });
      expect(read(id, 'src/index.ts')).toContain(`id: '${id}'`);
    });

    it('ships a provider.yaml whose id is the folder name and that loads with the config schema', () => {
      const text = read(id, 'provider.yaml');
      expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../scim/config.schema.json');
      const config = loadScimConfig(text, { file: `${id}/provider.yaml` });
      expect(config.id).toBe(id);
    });
  });
});

