import {describe, expect, it} from 'vitest';
import {toKpiCardData} from '../../src/compute/cardData';
import {computeChart} from '../../src/compute/chart';
import {computeKpiValues} from '../../src/compute/values';
import {createValueFormatter} from '../../src/compute/format';
import type {KpiEvent, SeriesPoint} from '../../src/types';

const days = createValueFormatter('days', 'en');

/** Month-end points from Nov 2024, one a month, to Oct 2025. */
function monthEnds(values: number[]): SeriesPoint[] {
  return values.map((value, i) => ({date: new Date(Date.UTC(2024, 11 + i, 0)).toISOString().slice(0, 10), value}));
}

const series = monthEnds([18, 17, 16, 16, 15, 14, 13, 13, 12, 11, 11, 9]);

describe('events on a chart', () => {
  const events: KpiEvent[] = [
    {date: '2024-06-01', label: 'Before the series'},
    {date: '2025-03-15', label: 'New sizing guide'},
    {date: '2025-03-20', label: 'Board change'},
    {date: '2025-10-20', label: 'Late change near the right edge'},
    {date: '2026-06-01', label: 'After the series'},
  ];
  const chart = computeChart(series, [], days, {events})!;

  it('marks only the events within the chart dates, in date order, at their dates', () => {
    expect(chart.events.map((event) => event.label)).toEqual(['New sizing guide', 'Board change', 'Late change near the right edge']);
    const march = chart.points.find((point) => point.date === '2025-03-31')!;
    const february = chart.points.find((point) => point.date === '2025-02-28')!;
    const [sizing] = chart.events;
    expect(sizing!.x).toBeGreaterThan(february.x);
    expect(sizing!.x).toBeLessThan(march.x);
    expect(sizing!.formattedDate).toBe('Mar 15, 2025');
  });

  it('puts a label that would overlap another in the next row, and ends a label left of its marker near the right edge', () => {
    const [sizing, board, late] = chart.events;
    expect(sizing!.labelY).toBeLessThan(board!.labelY);
    expect(sizing!.anchor).toBe('start');
    expect(sizing!.labelX).toBeGreaterThan(sizing!.x);
    expect(late!.anchor).toBe('end');
    expect(late!.labelX).toBeLessThan(late!.x);
    for (const event of chart.events) {
      expect(event.labelY).toBeGreaterThan(chart.plot.top);
      expect(event.labelY).toBeLessThan(chart.plot.bottom);
    }
  });

  it('has no events without any, and shades a highlighted stretch inside the plot', () => {
    const plain = computeChart(series, [], days)!;
    expect(plain.events).toEqual([]);
    expect(plain.highlight).toBeUndefined();
    const shaded = computeChart(series, [], days, {highlight: {from: '2025-07-01', to: '2025-09-30', label: 'Q3 2025'}})!;
    const july = shaded.points.find((point) => point.date === '2025-07-31')!;
    expect(shaded.highlight!.label).toBe('Q3 2025');
    expect(shaded.highlight!.x1).toBeLessThan(july.x);
    expect(shaded.highlight!.x2).toBeGreaterThan(july.x);
    expect(shaded.highlight!.x2).toBeLessThanOrEqual(shaded.plot.right);
  });
});

describe('events on a card', () => {
  it('lists for the sparkline only the events within the dates it draws, dates formatted', () => {
    const kpi = {
      id: 'd',
      area: 'a',
      title: 'D',
      footnotes: {},
      unit: 'days',
      direction: 'down' as const,
      tags: [],
      cadence: 'monthly' as const,
      targets: [],
      events: [
        {date: '2024-01-01', label: 'Too early'},
        {date: '2025-03-15', label: 'New sizing guide'},
      ],
      source: {file: 'kpis/a.yml', line: 1, column: 1},
    };
    const values = computeKpiValues(kpi, series, {asOf: '2025-11-20', tolerance: 0.05, trendWindow: 6});
    const card = toKpiCardData(kpi, values, series, {
      area: {id: 'a', title: 'A', order: 0, source: kpi.source},
      permalink: '/kpis/a/d',
      formatter: days,
    });
    expect(card.events).toEqual([{date: 'Mar 15, 2025', label: 'New sizing guide'}]);
  });
});
