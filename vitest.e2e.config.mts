import {defineConfig} from 'vitest/config';

/**
 * Browser tests (`npm run test:e2e`): Chromium against the built example site,
 * a `docusaurus start` dev loop and swizzled fixture builds. One file at a
 * time: they start servers and builds that each want the machine's CPUs.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 240_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
