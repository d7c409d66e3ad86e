import { defineConfig } from 'vitest/config';
import { firstPartyDefine } from './scripts/first-party.mjs';

export default defineConfig({
  define: firstPartyDefine(),
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
