// Every provider's tests in one vitest run (`npm test`): one process and one worker pool for all of them,
// instead of a vitest start-up per provider. Each provider's own vitest.config.ts still defines its tests.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { projects: ['packages/providers/*/vitest.config.ts'] },
});
