import {describe, expect, it} from 'vitest';
import {type SourcePage, scanText} from '../../src/checks/scan';

const page: SourcePage = {filePath: '/site/docs/org.md', file: 'docs/org.md', permalink: '/docs/org', title: 'Org', kind: 'docs'};

const problems = (markdown: string) => scanText(page, markdown).problems;

describe('card variants and grids, as kpi:check and the build read them', () => {
  it('accepts compact cards and a grid of cards, and counts the cards as uses', () => {
    const result = scanText(page, '# Org\n\n::kpi{#a variant=compact}\n\n::::kpi-grid\n::kpi{#b}\n:::kpi{#c}\n:::\n::::\n');
    expect(result.problems).toEqual([]);
    expect(result.uses.map((use) => `${use.kind}:${use.target}@${use.line}${use.compact ? ' compact' : ''}`)).toEqual([
      'card:a@3 compact',
      'card:b@6 compact',
      'card:c@7 compact',
    ]);
    expect(scanText(page, '::kpi{#a variant=full}\n').uses[0]!.compact).toBeUndefined();
  });

  it('reports an unknown variant at the card, with the variants and a suggestion', () => {
    expect(problems('Text\n\n  ::kpi{#a variant=compcat}\n')).toEqual([
      {
        file: 'docs/org.md',
        line: 3,
        column: 3,
        message: 'unknown value `variant=compcat` on the card of `a`',
        expected: 'one of full, compact',
        hint: 'did you mean "compact"?',
      },
    ]);
  });

  it('reports what is not a card inside a grid at that child, not at the grid', () => {
    const [problem, ...rest] = problems('::::kpi-grid\n::kpi{#a}\n\nSome text.\n::::\n');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      file: 'docs/org.md',
      line: 4,
      column: 1,
      message: 'a `kpi-grid` holds only KPI cards, not a paragraph',
      expected: '`::kpi{#<kpi-id>}` lines, one per card',
    });
    expect(problems('::::kpi-grid\n::kpi-index\n::::\n')[0]).toMatchObject({
      line: 2,
      column: 1,
      message: expect.stringContaining('not `kpi-index`'),
    });
  });

  it('reports an empty grid, a leaf grid, an attribute on a grid and a compact card with a body', () => {
    expect(problems('::::kpi-grid\n::::\n')[0]).toMatchObject({line: 1, message: 'empty `kpi-grid`'});
    expect(problems('::kpi-grid\n')[0]).toMatchObject({line: 1, message: '`kpi-grid` must be a container directive'});
    expect(problems('::::kpi-grid{cols=3}\n::kpi{#a}\n::::\n')[0]).toMatchObject({
      message: 'unknown attribute `cols` on `kpi-grid`',
      expected: 'no attributes',
    });
    expect(problems(':::kpi{#a variant=compact}\nBody\n:::\n')[0]).toMatchObject({
      line: 1,
      message: 'the compact card of `a` has a body, which a compact card does not show',
    });
  });
});
