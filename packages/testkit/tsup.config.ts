import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/cli.ts', 'src/conformance/index.ts'],
  format: ['esm'],
  dts: { entry: ['src/index.ts', 'src/conformance/index.ts'] },
  sourcemap: true,
  clean: true,
  target: 'node20',
});
