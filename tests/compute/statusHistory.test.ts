import {describe, expect, it} from 'vitest';
import {lastPeriodEnds, periodEndOnOrBefore, previousPeriodEnd} from '../../src/compute/periods';
import {STATUS_HISTORY_PERIODS, statusHistory} from '../../src/compute/statusHistory';
import {computeKpiStatus, computeKpiValues} from '../../src/compute/values';
import type {KpiDefinition, SeriesPoint} from '../../src/types';

describe('period ends', () => {
  it('finds the latest period end on or before a date, for every cadence', () => {
    expect(periodEndOnOrBefore('2026-11-20', 'daily')).toBe('2026-11-20');
    // 2026-11-20 is a Friday; weeks end on Sunday.
    expect(periodEndOnOrBefore('2026-11-20', 'weekly')).toBe('2026-11-15');
    expect(periodEndOnOrBefore('2026-11-15', 'weekly')).toBe('2026-11-15');
    expect(periodEndOnOrBefore('2026-11-20', 'monthly')).toBe('2026-10-31');
    expect(periodEndOnOrBefore('2026-11-30', 'monthly')).toBe('2026-11-30');
    expect(periodEndOnOrBefore('2026-03-01', 'monthly')).toBe('2026-02-28');
    expect(periodEndOnOrBefore('2026-11-20', 'quarterly')).toBe('2026-09-30');
    expect(periodEndOnOrBefore('2026-09-30', 'quarterly')).toBe('2026-09-30');
    expect(periodEndOnOrBefore('2026-02-10', 'quarterly')).toBe('2025-12-31');
    expect(periodEndOnOrBefore('2026-11-20', 'yearly')).toBe('2025-12-31');
    expect(periodEndOnOrBefore('2026-12-31', 'yearly')).toBe('2026-12-31');
  });

  it('steps back one period at a time, months clamped to their last day', () => {
    expect(previousPeriodEnd('2026-03-31', 'monthly')).toBe('2026-02-28');
    expect(previousPeriodEnd('2024-03-31', 'monthly')).toBe('2024-02-29');
    expect(previousPeriodEnd('2026-01-31', 'monthly')).toBe('2025-12-31');
    expect(previousPeriodEnd('2026-03-31', 'quarterly')).toBe('2025-12-31');
    expect(previousPeriodEnd('2026-11-15', 'weekly')).toBe('2026-11-08');
    expect(previousPeriodEnd('2026-11-15', 'daily')).toBe('2026-11-14');
    expect(lastPeriodEnds('2026-11-20', 'monthly', 3)).toEqual(['2026-08-31', '2026-09-30', '2026-10-31']);
  });
});

const kpi: KpiDefinition = {
  id: 'delivery-time',
  area: 'product',
  title: 'Average delivery time',
  footnotes: {},
  unit: 'days',
  direction: 'down',
  tags: [],
  cadence: 'monthly',
  targets: [{value: 10, by: '2026-12-31'}],
  source: {file: 'kpis/product.yml', line: 3, column: 5},
};

/** Month ends from Jan 2026 to Oct 2026. */
const series: SeriesPoint[] = [30, 28, 26, 24, 22, 20, 14, 12, 10, 9].map((value, i) => ({
  date: new Date(Date.UTC(2026, i + 1, 0)).toISOString().slice(0, 10),
  value,
}));
const options = {asOf: '2026-11-20', tolerance: 0.05, trendWindow: 6};

describe('statusHistory', () => {
  const history = statusHistory(kpi, series, options);

  it('judges the last 12 month ends up to asOf, oldest first', () => {
    expect(history).toHaveLength(STATUS_HISTORY_PERIODS);
    expect(history[0]!.date).toBe('2025-11-30');
    expect(history.at(-1)!.date).toBe('2026-10-31');
  });

  it('says no data before the first point, then what the status rule said on each day', () => {
    expect(history.slice(0, 2).map((entry) => entry.status.level)).toEqual(['no-data', 'no-data']);
    expect(history.at(-1)!.status.level).toBe('achieved');
    expect(history.at(-2)!.status.level).toBe('achieved');
    for (const entry of history) {
      expect(entry.status).toEqual(computeKpiValues(kpi, series, {...options, asOf: entry.date}).status);
    }
    const levels = new Set(history.map((entry) => entry.status.level));
    expect(levels.size).toBeGreaterThan(2);
  });

  it('turns stale when the measurements stop, and keeps a hand-set status every day', () => {
    const stopped = statusHistory(kpi, series.slice(0, 4), options);
    expect(stopped.at(-1)!.status.level).toBe('stale');
    const manual = statusHistory({...kpi, status: {level: 'at-risk', reasons: ['Supplier is late']}}, series, options, 3);
    expect(manual.map((entry) => entry.status.level)).toEqual(['at-risk', 'at-risk', 'at-risk']);
    expect(manual[0]!.status.origin).toBe('manual');
  });

  it('follows the cadence of the KPI', () => {
    const quarterly = statusHistory({...kpi, cadence: 'quarterly'}, series, options, 4);
    expect(quarterly.map((entry) => entry.date)).toEqual(['2025-12-31', '2026-03-31', '2026-06-30', '2026-09-30']);
  });
});

describe('computeKpiStatus', () => {
  const variants: KpiDefinition[] = [
    kpi,
    {...kpi, direction: 'up', targets: [{value: 40, by: '2026-06-30'}]},
    {
      ...kpi,
      direction: 'target',
      targets: [
        {value: 20, by: '2026-08-31'},
        {value: 9, by: '2027-03-31'},
      ],
    },
    {...kpi, targets: []},
    {...kpi, unit: 'text'},
    {...kpi, status: {level: 'at-risk', reasons: ['Supplier is late']}},
  ];
  const days = Array.from({length: 500}, (_, i) => new Date(Date.UTC(2025, 10, 1 + i)).toISOString().slice(0, 10));
  const formats = {formatValue: (value: number) => `<${value}>`, formatDate: (date: string) => `[${date}]`};

  it('is the status computeKpiValues gives, reasons and all, on every day and for every kind of KPI', () => {
    for (const variant of variants) {
      for (const asOf of days) {
        const judging = {...options, ...formats, asOf};
        expect(computeKpiStatus(variant, series, judging)).toEqual(computeKpiValues(variant, series, judging).status);
      }
    }
    const levels = new Set(variants.flatMap((variant) => days.map((asOf) => computeKpiStatus(variant, series, {...options, asOf}).level)));
    expect([...levels].sort()).toEqual(['achieved', 'at-risk', 'no-data', 'no-target', 'off-track', 'on-track', 'stale']);
  });
});
