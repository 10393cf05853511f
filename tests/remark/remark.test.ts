import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {compile} from '@mdx-js/mdx';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import remarkKpi from '../../src/remark';
import {readExpected} from '../support/fixtures';

const fixtures = join(__dirname, 'fixtures');

function transform(markdown: string, path = 'docs/page.md'): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkDirective)
      .use(remarkGfm)
      .use(remarkKpi)
      .use(remarkMdx)
      .use(remarkStringify)
      .processSync(new VFile({value: markdown, path})),
  );
}

describe('remarkKpi fixtures (input.md → output.mdx)', () => {
  for (const name of readdirSync(fixtures)) {
    it(name, () => {
      const input = readFileSync(join(fixtures, name, 'input.md'), 'utf8');
      const expectedPath = join(fixtures, name, 'output.mdx');
      const actual = transform(input);
      expect(actual).toBe(readExpected(expectedPath, actual));
    });
  }
});

describe('remarkKpi errors', () => {
  const failure = (markdown: string) => {
    try {
      transform(markdown);
    } catch (error) {
      return error as {message: string; line?: number; column?: number};
    }
    throw new Error('expected the transform to fail');
  };

  it('rejects a card without an id, at its position', () => {
    const error = failure('Intro\n\n:::kpi\nBody\n:::\n');
    expect(error.message).toContain('KPI block without an id');
    expect(error.message).toContain('`:::kpi{#<kpi-id>}`');
    expect(error.line).toBe(3);
    expect(error.column).toBe(1);
  });

  it('rejects an unknown attribute with a suggestion', () => {
    const error = failure('::kpi{#a ids=b}\n');
    expect(error.message).toContain('unknown attribute `ids` on `kpi`');
    expect(error.message).toContain('did you mean "id"?');
  });

  it('rejects an unknown show value', () => {
    const error = failure('It is :kpi[a]{show=valeu}.\n');
    expect(error.message).toContain('unknown value `show=valeu`');
    expect(error.message).toContain('did you mean "value"?');
    expect(error.column).toBe(7);
  });

  it('rejects an inline reference without id', () => {
    expect(failure('See :kpi[]{show=value}.\n').message).toContain('inline KPI reference without an id');
  });

  it('rejects kpi-index used inline', () => {
    expect(failure('See :kpi-index[x].\n').message).toContain('`kpi-index` must be a leaf directive');
  });

  it('rejects an objective card without an id, or written as a block', () => {
    const error = failure('Intro\n\n::objective\n');
    expect(error.message).toContain('objective card without an id');
    expect(error.message).toContain('`::objective{#<objective-id>}`');
    expect(error.line).toBe(3);
    expect(failure(':::objective{#a}\nBody\n:::\n').message).toContain('`objective` must be a leaf directive');
  });

  it('rejects an unknown card variant and a grid holding anything but cards, at the position of the mistake', () => {
    const variant = failure('# Page\n\n::kpi{#a variant=big}\n');
    expect(variant.message).toContain('unknown value `variant=big` on the card of `a` (expected one of full, compact)');
    expect([variant.line, variant.column]).toEqual([3, 1]);
    const stray = failure('::::kpi-grid\n::kpi{#a}\n\n## A heading\n::::\n');
    expect(stray.message).toContain('a `kpi-grid` holds only KPI cards, not a heading');
    expect([stray.line, stray.column]).toEqual([4, 1]);
    expect(failure(':::kpi{#a}\n::::kpi-grid\n::kpi{#b}\n::::\n:::\n').message).toContain('`kpi-grid` is nested');
  });

  it('rejects a KPI block nested in another', () => {
    const error = failure('::::kpi{#a}\n:::kpi{#b}\n:::\n::::\n');
    expect(error.message).toContain('KPI block `b` is nested inside another KPI block');
    expect(error.line).toBe(2);
  });
});

describe('remarkKpi heading levels: one below the heading a card or index follows', () => {
  const levels = (markdown: string) =>
    [...transform(markdown).matchAll(/<(KpiCard|KpiIndex|KpiObjective) [^>]*headingLevel=\{(\d)\}/g)].map(
      (match) => `${match[1]}:${match[2]}`,
    );

  it('gives h2 titles at the top of the page and right after the page title', () => {
    expect(levels('::kpi{#a}\n')).toEqual(['KpiCard:2']);
    expect(levels('# Organisation\n\n::kpi{#a}\n\n::kpi-index\n')).toEqual(['KpiCard:2', 'KpiIndex:2']);
  });

  it('gives objective cards their level the same way', () => {
    expect(levels('# Organisation\n\n::objective{#a}\n\n## Later\n\n::objective{#b}\n')).toEqual(['KpiObjective:2', 'KpiObjective:3']);
  });

  it('follows the last heading before the block, up and down the outline', () => {
    const markdown = [
      '# Page',
      '::kpi{#a}',
      '## Section',
      ':::kpi{#b}\n### Heading in the body\n:::',
      '::kpi{#c}',
      '### Sub-section',
      '::kpi-index{area=people}',
      '## Back up',
      '::kpi{#d}',
    ].join('\n\n');
    expect(levels(markdown)).toEqual(['KpiCard:2', 'KpiCard:3', 'KpiCard:3', 'KpiIndex:4', 'KpiCard:3']);
  });

  it('never goes deeper than h6', () => {
    expect(levels('###### Deep\n\n::kpi{#a}\n')).toEqual(['KpiCard:6']);
    expect(levels('##### Five\n\n::kpi{#a}\n')).toEqual(['KpiCard:6']);
  });

  it('counts headings nested in other containers and MDX headings', () => {
    expect(levels(':::note\n### In a note\n:::\n\n::kpi{#a}\n')).toEqual(['KpiCard:4']);
    expect(levels('<h4>Raw heading</h4>\n\n::kpi{#a}\n')).toEqual(['KpiCard:5']);
  });
});

describe('remarkKpi with the MDX compiler', () => {
  it('compiles to an element of the theme component with its data imported', async () => {
    const output = String(await compile(':::kpi{#delivery-time}\nBody\n:::\n', {remarkPlugins: [remarkDirective, remarkKpi]}));
    expect(output).toContain('import KpiCard from "@theme/KpiCard";');
    expect(output).toContain('import __kpi0 from "@generated/docusaurus-plugin-kpi/default/kpi/delivery-time.json";');
    expect(output).toMatch(/_jsx\(KpiCard, \{\s*data: __kpi0,\s*headingLevel: 2,\s*children: _jsx\(_components\.p/);
  });

  it('uses the data of another plugin instance when asked', async () => {
    const output = String(await compile('::kpi{#x}\n', {remarkPlugins: [remarkDirective, [remarkKpi, {pluginId: 'finance'}]]}));
    expect(output).toContain('@generated/docusaurus-plugin-kpi/finance/kpi/x.json');
  });

  it('leaves a page without KPI directives exactly as without the plugin', async () => {
    const page = readFileSync(join(fixtures, 'untouched', 'input.md'), 'utf8');
    const withPlugin = await compile(page, {remarkPlugins: [remarkDirective, remarkGfm, remarkKpi]});
    const without = await compile(page, {remarkPlugins: [remarkDirective, remarkGfm]});
    expect(String(withPlugin)).toBe(String(without));
  });
});
