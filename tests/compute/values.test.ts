import {describe, expect, it} from 'vitest';
import {computeChange, computeKpiValues, computeProgress, isStale, shortfall, targetInForce} from '../../src/compute/values';
import type {KpiDefinition, SeriesPoint} from '../../src/types';

const options = {asOf: '2026-11-20', tolerance: 0.05, trendWindow: 6};

function kpi(overrides: Partial<KpiDefinition> = {}): KpiDefinition {
  return {
    id: 'delivery-time',
    area: 'product-and-services',
    title: 'Average delivery time',
    footnotes: {},
    unit: 'days',
    direction: 'down',
    tags: [],
    cadence: 'monthly',
    targets: [],
    source: {file: 'kpis/p.yml', line: 1, column: 1},
    ...overrides,
  };
}

/** Monthly points on the first of each month, ending at `end` (YYYY-MM). */
function monthly(values: number[], end = '2026-11'): SeriesPoint[] {
  const [year, month] = end.split('-').map(Number) as [number, number];
  return values.map((value, i) => {
    const date = new Date(Date.UTC(year, month - 1 - (values.length - 1 - i), 1));
    return {date: date.toISOString().slice(0, 10), value};
  });
}

describe('targetInForce', () => {
  const targets = [
    {value: 14, by: '2026-01-31'},
    {value: 10, by: '2027-01-31'},
  ];
  it('is the earliest target not yet due', () => {
    expect(targetInForce(targets, '2025-06-01')).toEqual(targets[0]);
    expect(targetInForce(targets, '2026-01-31')).toEqual(targets[0]);
    expect(targetInForce(targets, '2026-02-01')).toEqual(targets[1]);
  });
  it('is the last target once all are due', () => {
    expect(targetInForce(targets, '2030-01-01')).toEqual(targets[1]);
  });
  it('is undefined without targets', () => {
    expect(targetInForce([], '2026-01-01')).toBeUndefined();
  });
});

describe('computeChange', () => {
  it('gives absolute and relative change', () => {
    expect(computeChange(9, 12, 'down', undefined)).toEqual({absolute: -3, relative: -0.25, sentiment: 'better'});
    expect(computeChange(9, 12, 'up', undefined)).toEqual({absolute: -3, relative: -0.25, sentiment: 'worse'});
  });
  it('has no relative change from zero', () => {
    expect(computeChange(5, 0, 'up', undefined)).toEqual({absolute: 5, relative: null, sentiment: 'better'});
  });
  it('uses the magnitude of a negative previous value', () => {
    expect(computeChange(-5, -10, 'up', undefined).relative).toBe(0.5);
  });
  it('is unchanged when equal', () => {
    expect(computeChange(4, 4, 'down', undefined).sentiment).toBe('unchanged');
  });
  it('judges direction target by the distance to the target', () => {
    const target = {value: 80, by: '2027-01-01'};
    expect(computeChange(78, 90, 'target', target).sentiment).toBe('better');
    expect(computeChange(70, 78, 'target', target).sentiment).toBe('worse');
    expect(computeChange(70, 78, 'target', undefined).sentiment).toBe('unchanged');
  });
});

describe('shortfall and progress', () => {
  it('measures shortfall relative to the target', () => {
    expect(shortfall(8, 10, 'up', 0.05)).toBeCloseTo(0.2);
    expect(shortfall(12, 10, 'down', 0.05)).toBeCloseTo(0.2);
    expect(shortfall(10.4, 10, 'target', 0.05)).toBeLessThanOrEqual(0);
    expect(shortfall(11, 10, 'target', 0.05)).toBeCloseTo(0.05);
  });
  it('handles a zero target', () => {
    expect(shortfall(2, 0, 'down', 0.05)).toBe(2);
  });
  it('goes from the baseline to the target', () => {
    expect(computeProgress(20, 15, 10, 'down', 0.05)).toBeCloseTo(0.5);
    expect(computeProgress(0, 30, 120, 'up', 0.05)).toBeCloseTo(0.25);
    expect(computeProgress(20, 25, 10, 'down', 0.05)).toBe(0);
    expect(computeProgress(20, 9, 10, 'down', 0.05)).toBe(1);
    expect(computeProgress(60, 70, 80, 'target', 0.05)).toBeCloseTo(0.5);
  });
});

describe('isStale', () => {
  it('is stale after two cadence periods', () => {
    expect(isStale({date: '2026-09-20', value: 1}, {cadence: 'monthly'}, '2026-11-20')).toBe(false);
    expect(isStale({date: '2026-09-19', value: 1}, {cadence: 'monthly'}, '2026-11-20')).toBe(true);
    expect(isStale({date: '2026-11-06', value: 1}, {cadence: 'weekly'}, '2026-11-20')).toBe(false);
    expect(isStale({date: '2026-02-15', value: 1}, {cadence: 'quarterly'}, '2026-11-20')).toBe(true);
  });
});

describe('computeKpiValues status rule', () => {
  const targets = [{value: 10, by: '2027-01-31'}];

  it('has no data without points', () => {
    expect(computeKpiValues(kpi({targets}), undefined, options).status.level).toBe('no-data');
    expect(computeKpiValues(kpi({targets}), [], options).status.level).toBe('no-data');
  });

  it('ignores points after asOf', () => {
    const values = computeKpiValues(kpi(), [...monthly([12, 11], '2026-10'), {date: '2026-12-01', value: 3}], options);
    expect(values.latest?.value).toBe(11);
  });

  it('is stale when the latest point is old, whatever the target', () => {
    const values = computeKpiValues(kpi({targets}), monthly([12, 9], '2026-05'), options);
    expect(values.stale).toBe(true);
    expect(values.status.level).toBe('stale');
    expect(values.status.reasons[0]).toContain('2026-05-01');
  });

  it('has no target without targets', () => {
    expect(computeKpiValues(kpi(), monthly([12, 11]), options).status.level).toBe('no-target');
  });

  it('is achieved when the latest value meets the target', () => {
    const values = computeKpiValues(kpi({targets}), monthly([14, 12, 9.5]), options);
    expect(values.status.level).toBe('achieved');
    expect(values.progress).toBe(1);
  });

  it('is on track when the trend reaches the target by its due date', () => {
    // Falling about one day a month: 12 in Nov 2026, reaching 10 by the end of January.
    const values = computeKpiValues(kpi({targets}), monthly([17, 16, 15, 14, 13, 12]), options);
    expect(values.status.level).toBe('on-track');
    expect(values.projected).toBeLessThanOrEqual(10);
  });

  it('is at risk when the projection misses by at most the tolerance', () => {
    const values = computeKpiValues(kpi({targets}), monthly([10.6, 10.6, 10.55, 10.55, 10.5, 10.5]), options);
    expect(values.status.level).toBe('at-risk');
  });

  it('is off track when the trend goes the wrong way', () => {
    const values = computeKpiValues(kpi({targets}), monthly([11, 12, 13, 14, 15, 16]), options);
    expect(values.status.level).toBe('off-track');
    expect(values.status.reasons[0]).toMatch(/projects/);
  });

  it('is off track when the due date has passed unmet', () => {
    const values = computeKpiValues(kpi({targets: [{value: 5, by: '2026-06-30'}]}), monthly([9, 8]), options);
    expect(values.status.level).toBe('off-track');
    expect(values.status.reasons[0]).toMatch(/passed/);
  });

  it('projects a single point as it stands', () => {
    const values = computeKpiValues(kpi({targets}), monthly([12]), options);
    expect(values.change).toBeUndefined();
    expect(values.projected).toBe(12);
    expect(values.status.level).toBe('off-track');
  });

  it('uses a hand-set status over the computed one', () => {
    const status = {level: 'at-risk' as const, reasons: ['Survey response rate fell.']};
    const values = computeKpiValues(kpi({targets, status}), monthly([14, 12, 9]), options);
    expect(values.status).toEqual({...status, origin: 'manual'});
  });

  it('keeps text values and does not judge them', () => {
    const qualitative = kpi({unit: 'text', direction: 'up'});
    const values = computeKpiValues(qualitative, [{date: '2026-10-01', value: 'Mostly yes'}], options);
    expect(values.latest?.value).toBe('Mostly yes');
    expect(values.status.level).toBe('no-target');
  });

  it('follows the target in force as targets change over time', () => {
    const changing = [
      {value: 14, by: '2026-01-31'},
      {value: 10, by: '2027-01-31'},
    ];
    const series = monthly([16, 15, 13, 13, 13, 13], '2026-01');
    expect(computeKpiValues(kpi({targets: changing}), series, {...options, asOf: '2026-01-15'}).status.level).toBe('achieved');
    expect(computeKpiValues(kpi({targets: changing}), series, options).target?.value).toBe(10);
  });
});
