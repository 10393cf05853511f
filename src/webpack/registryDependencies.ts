import path from 'node:path';
import type {RuleSetRule} from 'webpack';
import type {Registry} from '../types';

/** Absolute paths of the registry's YAML files (areas and area files). */
export function registryYamlFiles(siteDir: string, registry: Registry): string[] {
  const files = [...registry.areas.map((area) => area.source.file), ...registry.kpis.map((kpi) => kpi.source.file)];
  return [...new Set(files)].sort().map((file) => path.resolve(siteDir, file));
}

/**
 * A pass-through loader before the MDX loader that makes every Markdown page
 * depend on the registry's YAML files, so that webpack's persistent cache and
 * `docusaurus start` recompile pages when a definition they show changes.
 * `test` is a function: a RegExp would make Docusaurus's fallback MDX rule
 * collect an `include: undefined` from it and fail webpack's validation.
 */
export function registryDependencyRule(files: readonly string[]): RuleSetRule {
  return {
    test: (resource: string) => /\.mdx?$/.test(resource),
    enforce: 'pre',
    use: [{loader: require.resolve('./dependencyLoader'), options: {files}}],
  };
}
