import { defineConfig } from 'tsup';
import { firstPartyDefine } from './scripts/first-party.mjs';

export default defineConfig({
  entry: ['src/index.ts', 'src/bin.ts'],
  format: ['esm'],
  dts: { entry: 'src/index.ts' },
  sourcemap: true,
  clean: true,
  target: 'node20',
  define: firstPartyDefine(),
});
