import type {PageLinks} from '../../src/compute/pageData';
import {type ComputedKpi, computeRegistry} from '../../src/compute/registry';
import type {Area, KpiDefinition, Registry} from '../../src/types';

/** A small registry as the loaders produce it: two areas, three KPIs, one of them without data. */
export function sampleRegistry(): Registry {
  const area = (id: string, order: number): Area => ({
    id,
    title: `Area ${id}`,
    order,
    source: {file: 'kpis/areas.yml', line: order * 4 + 1, column: 3},
  });
  const kpi = (id: string, areaId: string, extra: Partial<KpiDefinition> = {}): KpiDefinition => ({
    id,
    area: areaId,
    title: `KPI ${id}`,
    footnotes: {},
    unit: 'count',
    direction: 'up',
    tags: ['quantitative'],
    cadence: 'monthly',
    owner: 'Lead',
    targets: [{value: 100, by: '2027-06-30'}],
    data: `data/${id}.csv`,
    source: {file: `kpis/${areaId}.yml`, line: 3, column: 5},
    ...extra,
  });
  return {
    dir: '/site/kpis',
    areas: [area('product', 0), area('people', 1)],
    kpis: [
      kpi('users', 'product', {definition: 'People who logged in.'}),
      kpi('uptime', 'product', {parent: 'users'}),
      kpi('hires', 'people', {data: undefined}),
    ],
    series: {
      users: [
        {date: '2026-09-30', value: 40},
        {date: '2026-10-31', value: 50, note: '=cmd|calc'},
      ],
      uptime: [{date: '2026-10-31', value: 99}],
    },
  };
}

export function computeSample(registry = sampleRegistry(), baseUrl = '/'): ComputedKpi[] {
  return computeRegistry(registry, {
    asOf: '2026-11-20',
    tolerance: 0.05,
    trendWindow: 6,
    locale: 'en',
    urls: {baseUrl, routeBasePath: 'kpis'},
  });
}

/** `users` has its card on a docs page and is cited by a blog post. */
export const sampleLinks: PageLinks = {
  homes: new Map([['users', {permalink: '/docs/product', title: 'Product'}]]),
  backlinks: new Map([['users', [{permalink: '/blog/update', title: 'Update'}]]]),
};
