import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadRegistry} from '../../src/data/loadRegistry';

const siteDir = path.join(__dirname, '../fixtures/data/good');

describe('loadRegistry on a complete registry', async () => {
  const registry = await loadRegistry({siteDir, path: 'kpis', maxDataFileBytes: 10_000});

  it('reads areas in their order, with where they are written', () => {
    expect(registry.dir).toBe(path.join(siteDir, 'kpis'));
    expect(registry.areas).toEqual([
      {
        id: 'product-and-services',
        title: 'Product and Services',
        description: 'Build and run the services communities use.',
        owner: 'Product lead',
        order: 0,
        source: {file: 'kpis/areas.yml', line: 2, column: 3},
      },
      {id: 'community', title: 'Community', order: 1, source: {file: 'kpis/areas.yml', line: 6, column: 3}},
    ]);
  });

  it('lists KPIs in area order, then file order', () => {
    expect(registry.kpis.map((kpi) => kpi.id)).toEqual(['delivery-time', 'uptime', 'org-impact', 'community-health', 'donors']);
  });

  it('keeps every field, sorts targets by due date and normalizes months', () => {
    expect(registry.kpis[0]).toEqual({
      id: 'delivery-time',
      area: 'product-and-services',
      title: 'Average delivery time',
      definition: 'Median days from "in progress" to "done" for small features.[^board]',
      footnotes: {board: 'Read from the GitHub project board every month.'},
      unit: 'days',
      direction: 'down',
      tags: ['quantitative', 'lagging'],
      cadence: 'monthly',
      owner: 'Product lead',
      targets: [
        {value: 14, by: '2026-01-01'},
        {value: 10, by: '2027-01-31', label: 'next year'},
      ],
      data: 'data/delivery-time.csv',
      parent: 'org-impact',
      source: {file: 'kpis/product-and-services.yml', line: 3, column: 5},
    });
  });

  it('fills in defaults', () => {
    const uptime = registry.kpis.find((kpi) => kpi.id === 'uptime')!;
    expect(uptime).toMatchObject({direction: 'up', tags: [], cadence: 'monthly', targets: [], footnotes: {}});
    const donors = registry.kpis.find((kpi) => kpi.id === 'donors')!;
    expect(donors.unit).toBe('currency:EUR');
    expect(registry.kpis.find((kpi) => kpi.id === 'org-impact')!.unit).toBe('count');
  });

  it('keeps a hand-set status', () => {
    expect(registry.kpis.find((kpi) => kpi.id === 'community-health')!.status).toEqual({
      level: 'at-risk',
      reasons: ['Two moderators left in March.'],
    });
  });

  it('reads a CSV series with a BOM, CRLF line ends, quoted notes and months', () => {
    expect(registry.series['delivery-time']).toEqual([
      {date: '2025-11-01', value: 18},
      {date: '2025-12-31', value: 15, note: 'Holiday, "slow" month'},
      {date: '2026-01-31', value: 12},
    ]);
  });

  it('reads JSON and YAML series', () => {
    expect(registry.series.uptime).toEqual([
      {date: '2026-01-01', value: 99.5},
      {date: '2026-02-01', value: 99.9, note: 'New load balancer'},
    ]);
    expect(registry.series['org-impact']).toEqual([
      {date: '2025-10-01', value: 120},
      {date: '2026-01-01', value: 135},
    ]);
  });

  it('keeps the values of a qualitative KPI as text', () => {
    expect(registry.series['community-health']).toEqual([
      {date: '2026-01-15', value: 'Healthy'},
      {date: '2026-02-15', value: '3', note: 'Scored by the moderators'},
    ]);
  });

  it('has no series for a KPI without data', () => {
    expect(registry.series).not.toHaveProperty('donors');
  });

  it('accepts an absolute registry path', async () => {
    const again = await loadRegistry({siteDir, path: path.join(siteDir, 'kpis'), maxDataFileBytes: 10_000});
    expect(again).toEqual(registry);
  });
});
