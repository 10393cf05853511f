import {renderToStaticMarkup} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import KpiIndex from '@theme/KpiIndex';
import type {KpiIndexData} from 'docusaurus-plugin-kpi';

const data: KpiIndexData = {
  asOf: '2026-11-20',
  areas: [
    {
      id: 'people',
      title: 'People',
      permalink: '/kpis/people',
      kpis: [{id: 'team-health', title: 'Team health', permalink: '/kpis/people/team-health', status: 'at-risk', tags: [], children: []}],
    },
    {id: 'product', title: 'Product', permalink: '/kpis/product', kpis: []},
  ],
};

describe('KpiIndex', () => {
  it('titles each area with a heading of the level it is given', () => {
    for (const level of [2, 3, 4, 5, 6] as const) {
      const html = renderToStaticMarkup(<KpiIndex data={data} headingLevel={level} />);
      const headings = [...html.matchAll(/<h(\d) id="kpi-index-(\w+)"/g)].map((match) => `${match[2]}:h${match[1]}`);
      expect(headings).toEqual([`people:h${level}`, `product:h${level}`]);
      expect(html).not.toMatch(new RegExp(`<h(?!${level})\\d`));
    }
  });

  it('defaults to h3, as a Markdown page below an h2 would give it', () => {
    expect(renderToStaticMarkup(<KpiIndex data={data} area="people" />)).toMatch(
      /^<div class="kpi-index"><section[^>]*><h3 id="kpi-index-people"/,
    );
  });
});
