import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {createProcessorUncached} from '@docusaurus/mdx-loader/lib/processor.js';
import {DEFAULT_MARKDOWN_CONFIG} from '@docusaurus/core/lib/server/configValidation.js';
import {describe, expect, it} from 'vitest';
import remarkKpi from '../../src/remark';

const corpus = join(__dirname, 'corpus');

/** Docusaurus's own MDX processor, as a docs plugin configures it, with or without our plugin. */
async function compile(file: string, withPlugin: boolean): Promise<string> {
  const format = file.endsWith('.mdx') ? 'mdx' : 'md';
  const processor = await createProcessorUncached({
    format,
    options: {
      markdownConfig: DEFAULT_MARKDOWN_CONFIG,
      admonitions: true,
      siteDir: corpus,
      staticDirs: [],
      remarkPlugins: withPlugin ? [remarkKpi] : [],
      rehypePlugins: [],
    },
  });
  const content = readFileSync(join(corpus, file), 'utf8').replace(/^---[\s\S]*?---\n/, '');
  const result = await processor.process({content, filePath: join(corpus, file), frontMatter: {}, compilerName: 'server'});
  return result.content;
}

describe('pages without KPI directives compile byte-identically with and without the plugin', () => {
  for (const file of readdirSync(corpus)) {
    it(file, async () => {
      const without = await compile(file, false);
      const withPlugin = await compile(file, true);
      expect(withPlugin).toBe(without);
      expect(without.length).toBeGreaterThan(200);
    });
  }
});
