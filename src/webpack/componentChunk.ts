import path from 'node:path';
import type {Configuration} from 'webpack';

/** The theme components most Markdown pages with a KPI render: cards, references, footnoted definitions. */
const PAGE_COMPONENTS = ['KpiCard', 'KpiStatus', 'KpiChange', 'KpiSparkline', 'KpiReference', 'KpiDefinition'];

/**
 * Puts the components Markdown pages render into one shared chunk. Docusaurus
 * only moves a module into its `common` chunk when more than half of all pages
 * use it; below that, webpack copies the components into the chunk of every
 * page that shows a KPI, so a handbook downloads and its build minifies them
 * once per page. Pages without a KPI do not load the chunk.
 */
export function componentChunkOptimization(themeDir: string): Configuration['optimization'] {
  const folders = PAGE_COMPONENTS.map((name) => path.join(themeDir, name) + path.sep);
  return {
    splitChunks: {
      cacheGroups: {
        kpiComponents: {
          name: 'kpi-components',
          test: (module: {resource?: string; type?: string}) =>
            module.type?.startsWith('javascript/') === true && folders.some((folder) => module.resource?.startsWith(folder) === true),
          chunks: 'async',
          minChunks: 2,
          // Above webpack's defaults, below Docusaurus's `common` (40) and `styles` (50).
          priority: 30,
          // However small the components are, the copies add up over the pages.
          enforce: true,
        },
      },
    },
  };
}
