import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {beforeAll, describe, expect, it} from 'vitest';
import remarkKpi from '../../src/remark';
import {type KpiDefinitionSource, parseDefinition} from '../../src/compute/definitions/parse';
import {publishDefinitions} from '../../src/remark/definitionStore';
import {readExpected} from '../support/fixtures';

const fixtures = join(__dirname, 'footnote-fixtures');

beforeAll(() => {
  const sources: KpiDefinitionSource[] = [
    {
      id: 'delivery-time',
      title: 'Average delivery time',
      permalink: '/kpis/product/delivery-time',
      definition: 'Median days from *in progress* to `done`.[^board]',
      footnotes: {board: 'Read from the [project board](https://github.com/orgs/example/projects/1).'},
    },
    {id: 'renewal-rate', title: 'Renewal rate', permalink: '/kpis/bd/renewal-rate', footnotes: {}},
    {
      id: 'hiring-plan',
      title: 'Hiring plan',
      permalink: '/kpis/people/hiring-plan',
      definition: [
        'People hired against the [plan](https://example.org/plan):',
        '',
        '- offers accepted',
        '- start dates set',
        '',
        '| stage | counted |',
        '| --- | --- |',
        '| offer | yes |',
      ].join('\n'),
      footnotes: {},
    },
  ];
  publishDefinitions('fixtures', process.cwd(), sources.map(parseDefinition));
});

function transform(markdown: string): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkDirective)
      .use(remarkGfm)
      .use(remarkKpi, {pluginId: 'fixtures'})
      .use(remarkMdx)
      .use(remarkStringify)
      .processSync(new VFile({value: markdown, path: 'docs/page.md'})),
  );
}

describe('remarkKpi footnote fixtures (input.md → output.mdx)', () => {
  for (const name of readdirSync(fixtures)) {
    it(name, () => {
      const expectedPath = join(fixtures, name, 'output.mdx');
      const actual = transform(readFileSync(join(fixtures, name, 'input.md'), 'utf8'));
      expect(actual).toBe(readExpected(expectedPath, actual));
    });
  }
});

describe('parseDefinition', () => {
  const parse = (definition: string, footnotes: Record<string, string> = {}) =>
    parseDefinition({id: 'x', title: 'X', permalink: '/kpis/a/x', definition, footnotes});

  it('keeps inline Markdown: emphasis, code and links', () => {
    const tree = parse('*Median* of `days`, see [the board](https://example.org).');
    expect(tree.definition.map((node) => node.type)).toEqual(['emphasis', 'text', 'inlineCode', 'text', 'link', 'text']);
  });

  it('turns raw HTML into literal text', () => {
    const tree = parse('Days <img src=x onerror=alert(1)> and <script>alert(1)</script>.');
    expect(tree.definition.every((node) => node.type === 'text')).toBe(true);
    expect(tree.definition.map((node) => ('value' in node ? node.value : '')).join('')).toContain('<script>');
  });

  it('drops links and images with unsafe schemes but keeps their text', () => {
    const tree = parse('[click](javascript:alert(1)) ![x](data:text/html,evil) [ok](/docs/a) [mail](mailto:a@b.org)');
    const links = tree.definition.filter((node) => node.type === 'link').map((node) => (node.type === 'link' ? node.url : ''));
    expect(links).toEqual(['/docs/a', 'mailto:a@b.org']);
    expect(tree.definition.some((node) => node.type === 'image')).toBe(false);
    const text = tree.definition.map((node) => ('value' in node ? node.value : '')).join('');
    expect(text).toContain('click');
    expect(text).not.toContain('javascript');
  });

  it('keeps lists, tables, quotes and code as blocks, and headings as bold paragraphs', () => {
    const tree = parse('## Scope\n\nIntro.\n\n1. one\n2. two\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n> quoted\n\n---\n\n<div>raw</div>');
    expect(tree.blocks.map((node) => node.type)).toEqual(['paragraph', 'paragraph', 'list', 'table', 'blockquote', 'paragraph']);
    expect(tree.blocks[0]).toMatchObject({children: [{type: 'strong', children: [{type: 'text', value: 'Scope'}]}]});
    expect(tree.blocks[5]).toMatchObject({children: [{type: 'text', value: '<div>raw</div>'}]});
  });

  it('makes links inside lists and tables safe too', () => {
    const tree = parse('- [bad](javascript:alert(1))\n- [good](https://example.org)');
    const urls: string[] = [];
    JSON.stringify(tree.blocks, (key, value: unknown) => {
      if (key === 'url') urls.push(String(value));
      return value;
    });
    expect(urls).toEqual(['https://example.org']);
  });

  it('reads footnotes, cited or not, and joins paragraphs', () => {
    const tree = parse('First.[^a]\n\nSecond.', {a: 'Note *a*.', b: 'Unused.'});
    expect(tree.footnotes.map((note) => note.identifier)).toEqual(['a', 'b']);
    expect(tree.definition.some((node) => node.type === 'footnoteReference')).toBe(true);
  });
});
