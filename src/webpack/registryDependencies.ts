import type {RuleSetRule} from 'webpack';

/**
 * A pass-through loader before the MDX loader that makes every Markdown page
 * depend on the published KPI definitions, so that webpack's persistent cache
 * and `docusaurus start` recompile pages when a definition they show changes.
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
