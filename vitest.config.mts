import {fileURLToPath} from 'node:url';
import {configDefaults, defineConfig} from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    // Theme components import Docusaurus client modules that only exist inside
    // a site's webpack build; unit tests render them against small stand-ins.
    alias: [
      {find: /^@theme\/(.*)$/, replacement: here('./src/theme/$1')},
      {find: 'docusaurus-plugin-kpi/vocabulary', replacement: here('./src/shared/vocabulary.ts')},
      {find: '@docusaurus/Translate', replacement: here('./tests/support/Translate.tsx')},
      {find: '@docusaurus/Link', replacement: here('./tests/support/Link.tsx')},
    ],
  },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // Browser tests need Chromium and a built example site: `npm run test:e2e` (vitest.e2e.config.mts).
    exclude: [...configDefaults.exclude, 'tests/e2e/**'],
    testTimeout: 30_000,
    hookTimeout: 240_000,
    pool: 'forks',
  },
});
