import {describe, expect, it} from 'vitest';
import {computeObjectives} from '../src/compute/objectives';
import {toKpisJson} from '../src/output/kpisJson';
import {buildAllRoutes, buildPageDataFiles} from '../src/routes';
import type {
  KpiIndexData,
  KpiPageData,
  ObjectiveCardData,
  ObjectiveDefinition,
  ObjectivePageData,
  ObjectivesPageData,
  Registry,
} from '../src/types';
import type {KpiDirectiveUse, SourcePage} from '../src/checks/scan';
import {computeSample, sampleLinks, sampleRegistry} from './support/registry';

const objective = (id: string, label: string, from: string, to: string, extra: Partial<ObjectiveDefinition> = {}): ObjectiveDefinition => ({
  id,
  title: `Objective ${id}`,
  period: {label, from, to},
  owner: 'Lead',
  footnotes: {},
  impact: [{kpi: 'users', to: 80}],
  source: {file: 'kpis/objectives.yml', line: 1, column: 3},
  ...extra,
});

function withObjectives(): Registry {
  return {
    ...sampleRegistry(),
    objectives: [
      objective('older', '2026-Q2', '2026-04-01', '2026-06-30'),
      objective('now', '2026-Q4', '2026-10-01', '2026-12-31', {area: 'product', description: 'Grow *users*.'}),
      objective('later', '2027', '2027-01-01', '2027-12-31'),
      objective('last', '2026-Q3', '2026-07-01', '2026-09-30', {impact: [{kpi: 'users', to: 30}]}),
    ],
  };
}

const input = (baseUrl = '/', registry = withObjectives()) => {
  const urls = {baseUrl, routeBasePath: 'kpis'};
  const options = {asOf: '2026-11-20', tolerance: 0.05, trendWindow: 6, locale: 'en', urls};
  return {
    registry,
    computed: computeSample(registry, baseUrl),
    links: sampleLinks,
    urls,
    asOf: '2026-11-20',
    locale: 'en',
    objectives: computeObjectives(registry, options),
  };
};

describe('objective routes', () => {
  it('adds /kpis/objectives and one page per objective after the KPI pages, under the baseUrl', () => {
    const {routes, dataFiles} = buildAllRoutes(input('/handbook/'));
    expect(routes.slice(6).map((route) => [route.path, route.component, route.modules.data])).toEqual([
      ['/handbook/kpis/objectives', '@theme/KpiObjectivesPage', 'objectives.json'],
      ['/handbook/kpis/objectives/older', '@theme/KpiObjectivePage', 'objective-page/older.json'],
      ['/handbook/kpis/objectives/now', '@theme/KpiObjectivePage', 'objective-page/now.json'],
      ['/handbook/kpis/objectives/later', '@theme/KpiObjectivePage', 'objective-page/later.json'],
      ['/handbook/kpis/objectives/last', '@theme/KpiObjectivePage', 'objective-page/last.json'],
    ]);
    expect(dataFiles.map((file) => file.name)).toEqual(routes.map((route) => route.modules.data));
    const page = dataFiles.find((file) => file.name === 'objective-page/now.json')!.data as ObjectivePageData;
    expect(page).toMatchObject({
      indexPermalink: '/handbook/kpis',
      objectivesPermalink: '/handbook/kpis/objectives',
      description: 'Grow users.',
    });
    expect(page.card.area).toEqual({id: 'product', title: 'Area product', permalink: '/handbook/kpis/product'});
  });

  it('lists the current objectives first, then the upcoming ones, then the past ones, the latest first', () => {
    const list = buildAllRoutes(input()).dataFiles.find((file) => file.name === 'objectives.json')!.data as ObjectivesPageData;
    const ids = (cards: ObjectiveCardData[]) => cards.map((card) => card.id);
    expect([ids(list.current), ids(list.upcoming), ids(list.past)]).toEqual([['now'], ['later'], ['last', 'older']]);
    // Q3 is judged on its last day with its one point; Q2 has no measurement at all.
    expect(list.past.map((card) => card.status.level)).toEqual(['achieved', 'no-data']);
  });

  it('links the objectives page from the index, and lists on each KPI page the objectives aiming at it', () => {
    const {dataFiles} = buildAllRoutes(input());
    expect((dataFiles[0]!.data as KpiIndexData).objectivesPermalink).toBe('/kpis/objectives');
    const users = dataFiles.find((file) => file.name === 'page/users.json')!.data as KpiPageData;
    expect(users.objectives!.map((link) => [link.id, link.period, link.expected])).toEqual([
      ['older', '2026-Q2', '80'],
      ['now', '2026-Q4', '80'],
      ['later', '2027', '80'],
      ['last', '2026-Q3', '30'],
    ]);
    const hires = dataFiles.find((file) => file.name === 'page/uptime.json')!.data as KpiPageData;
    expect(hires.objectives).toBeUndefined();
  });

  it('has no objective page, and no link to one, without objectives', () => {
    const {routes, dataFiles} = buildAllRoutes(input('/', sampleRegistry()));
    expect(routes.map((route) => route.path).filter((path) => path.includes('objectives'))).toEqual([]);
    expect((dataFiles[0]!.data as KpiIndexData).objectivesPermalink).toBeUndefined();
  });

  it('writes the card module of each objective, and a missing card for an unknown id cited by a page', () => {
    const page: SourcePage = {filePath: '/s/docs/a.md', file: 'docs/a.md', permalink: '/docs/a', title: 'A', kind: 'docs'};
    const use = (kind: KpiDirectiveUse['kind'], target: string): KpiDirectiveUse => ({page, kind, target, line: 1, column: 1});
    const {computed, objectives} = input();
    const files = buildPageDataFiles(computed, objectives, [use('objective', 'now'), use('objective', 'nope'), use('card', 'users')]);
    expect(files.map((file) => file.name).filter((name) => name.startsWith('objective/'))).toEqual([
      'objective/older.json',
      'objective/now.json',
      'objective/later.json',
      'objective/last.json',
      'objective/nope.json',
    ]);
    expect((files.at(-1)!.data as ObjectiveCardData).missing).toBe(true);
    // An objective id is never taken for a KPI without a card.
    expect(files.map((file) => file.name)).not.toContain('kpi/now.json');
  });

  it('puts the objectives with their outcome in kpis.json', () => {
    const {registry, computed, objectives} = input();
    const json = toKpisJson(registry, computed, sampleLinks, {
      asOf: '2026-11-20',
      siteUrl: 'https://h.example.org',
      trailingSlash: true,
      objectives,
    });
    const now = json.objectives.find((entry) => entry.id === 'now')!;
    expect(Object.keys(now)).toEqual([
      'id',
      'title',
      'period',
      'owner',
      'area',
      'description',
      'footnotes',
      'phase',
      'status',
      'impacts',
      'url',
    ]);
    expect(now).toMatchObject({phase: 'current', area: 'product', url: 'https://h.example.org/kpis/objectives/now/'});
    expect(now.impacts).toEqual([
      expect.objectContaining({
        kpi: 'users',
        to: 80,
        by: null,
        baseline: {date: '2026-09-30', value: 40},
        expected: 80,
        current: {date: '2026-10-31', value: 50},
      }),
    ]);
    expect(now.impacts[0]!.progress).toBeCloseTo(0.25);
  });
});
