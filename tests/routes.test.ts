import {describe, expect, it} from 'vitest';
import {buildAllRoutes, buildCardDataFiles} from '../src/routes';
import type {KpiAreaPageData, KpiCardData, KpiIndexData, KpiPageData} from '../src/types';
import {computeSample, sampleLinks, sampleRegistry} from './support/registry';

const input = (baseUrl = '/') => ({
  registry: sampleRegistry(),
  computed: computeSample(sampleRegistry(), baseUrl),
  links: sampleLinks,
  urls: {baseUrl, routeBasePath: 'kpis'},
  asOf: '2026-11-20',
  locale: 'en',
});

describe('buildAllRoutes', () => {
  it('plans the index, one page per area and one per KPI, each with its own data file', () => {
    const {routes, dataFiles} = buildAllRoutes(input());
    expect(routes.map((route) => [route.path, route.component, route.modules.data])).toEqual([
      ['/kpis', '@theme/KpiIndexPage', 'index.json'],
      ['/kpis/product', '@theme/KpiAreaPage', 'area/product.json'],
      ['/kpis/people', '@theme/KpiAreaPage', 'area/people.json'],
      ['/kpis/product/users', '@theme/KpiPage', 'page/users.json'],
      ['/kpis/product/uptime', '@theme/KpiPage', 'page/uptime.json'],
      ['/kpis/people/hires', '@theme/KpiPage', 'page/hires.json'],
    ]);
    expect(routes.every((route) => route.exact)).toBe(true);
    expect(dataFiles.map((file) => file.name)).toEqual(routes.map((route) => route.modules.data));
  });

  it('puts the baseUrl in every path and in the links the pages carry', () => {
    const {routes, dataFiles} = buildAllRoutes(input('/handbook/'));
    expect(routes.map((route) => route.path).every((path) => path.startsWith('/handbook/kpis'))).toBe(true);
    const area = dataFiles.find((file) => file.name === 'area/product.json')!.data as KpiAreaPageData;
    expect(area.indexPermalink).toBe('/handbook/kpis');
    expect(area.cards.map((card) => card.id)).toEqual(['users', 'uptime']);
    const page = dataFiles.find((file) => file.name === 'page/uptime.json')!.data as KpiPageData;
    expect(page.indexPermalink).toBe('/handbook/kpis');
    expect(page.parent).toEqual({permalink: '/handbook/kpis/product/users', title: 'KPI users'});
  });

  it('gives the index its areas in registry order, with home pages, and is the same for the same input', () => {
    const first = buildAllRoutes(input());
    const index = first.dataFiles[0]!.data as KpiIndexData;
    expect(index.areas.map((area) => area.id)).toEqual(['product', 'people']);
    expect(index.areas[0]!.home).toEqual({permalink: '/docs/product', title: 'Product'});
    expect(JSON.stringify(buildAllRoutes(input()))).toBe(JSON.stringify(first));
  });
});

describe('buildCardDataFiles', () => {
  it('writes a card and a reference module per KPI, and a missing card once per unknown id', () => {
    const files = buildCardDataFiles(computeSample(), ['users', 'nope', 'nope']);
    expect(files.map((file) => file.name)).toEqual([
      'kpi/users.json',
      'reference/users.json',
      'kpi/uptime.json',
      'reference/uptime.json',
      'kpi/hires.json',
      'reference/hires.json',
      'kpi/nope.json',
      'reference/nope.json',
    ]);
    expect((files[6]!.data as KpiCardData).missing).toBe(true);
    expect(Object.keys(files[1]!.data).length).toBeLessThan(Object.keys(files[0]!.data).length);
  });
});
